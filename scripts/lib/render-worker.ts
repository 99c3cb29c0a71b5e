import { parentPort, workerData } from 'node:worker_threads'
import { createPageRenderer } from '../../src/app/render-page'
import { withoutRecord } from '../../src/page-data/quote-pages'
import type { BootData } from '../../src/page-data/boot-data'
import { fileWriter } from './file-writer'
import { htmlFileOf, pageDocument } from './page-document'
import { pageHeadsFrom } from './page-head'
import { pageLanguage } from './page-languages'
import type { RenderJob, RenderReply, RenderTask } from './render-pool'

// One of the build's page writers (render-pool.ts), in a worker thread: the prerenderer's bundle
// builds this file beside src/app/render-page.tsx (site-build.ts), so the thread runs plain
// JavaScript, with the same modules as the pages it renders (their words and locale are its own).
// It renders each page it is given, in its language, and writes its document and data file.

if (!parentPort) throw new Error('render-worker.js runs in a worker thread (render-pool.ts)')
const port = parentPort
// The job the pool starts each thread with, as it sent it.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions
const job = workerData as RenderJob
const heads = pageHeadsFrom(job.heads)
const write = fileWriter(job.outDir)
const languages = new Map<string, ReturnType<typeof pageLanguage>>()

function language(lang: string) {
  let found = languages.get(lang)
  if (!found) {
    found = pageLanguage(lang, {
      ...{ languages: job.languages, siteUrl: job.siteUrl, base: job.base, heads },
      ...{ template: job.template, renderer: createPageRenderer },
    })
    languages.set(lang, found)
  }
  return found
}

async function run(task: RenderTask): Promise<void> {
  const { prefix, template, renderPage, headIn } = language(task.lang)
  if (task.kind === 'notFound') {
    const notFound = await renderPage('/404', task.data)
    const boot: BootData = { key: null, data: task.data, notFound: true }
    await write(`${prefix}404.html`, pageDocument(template, notFound, boot, heads.notFound))
    return
  }
  for (const { path, key, data } of task.pages) {
    const rendered = await renderPage(path, data)
    // A quote's record is in the index's blocks, not in its page's data (quote-pages.ts).
    const boot: BootData = { key, data: withoutRecord(data), notFound: false }
    const head = headIn(path, data)
    await write(prefix + htmlFileOf(path), pageDocument(template, rendered, boot, head))
    if (task.withData && !data.quoteAt) await write(`data/pages/${key}.json`, JSON.stringify(data))
  }
}

/** One task at a time, in the order sent: a renderer renders one page at a time. */
let queue = Promise.resolve()

port.on('message', (task: RenderTask | 'end') => {
  queue = queue.then(async () => {
    let reply: RenderReply
    try {
      if (task === 'end') {
        reply = { kind: 'ended' }
      } else {
        await run(task)
        reply = { kind: 'done', pages: task.kind === 'pages' ? task.pages.length : 1 }
      }
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
      reply = { kind: 'failed', error: text }
    }
    port.postMessage(reply)
  })
})
