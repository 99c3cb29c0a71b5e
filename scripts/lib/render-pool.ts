import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { pageDataKey, type PageData } from '../../src/page-data/page-data'
import type { HeadParts } from './page-head'

// The build renders and writes its pages in worker threads, one a core: rendering 100,000 pages
// (50,000 quotes in two languages) is most of a large build, and each page is rendered alone.
// Each thread runs render-worker.ts, built into the prerenderer's bundle (site-build.ts); the
// pages go to whichever thread is free, a batch at a time, so a thread never waits while another
// has work.

/** What every thread is started with: how to make a page's document, and where to write it. */
export type RenderJob = {
  heads: HeadParts
  /** index.html with the app's head, in English (page-languages.ts makes each language's). */
  template: string
  languages: readonly string[]
  siteUrl: string | undefined
  base: string
  outDir: string
}

export type RenderedPageInput = { path: string; key: string; data: PageData }

/** A batch of pages in one language (with their data files, for the first), or its 404 page. */
export type RenderTask =
  | { kind: 'pages'; lang: string; withData: boolean; pages: RenderedPageInput[] }
  | { kind: 'notFound'; lang: string; data: PageData }

export type RenderReply =
  { kind: 'done'; pages: number } | { kind: 'ended' } | { kind: 'failed'; error: string }

/** Pages a message: enough that sending costs little, few enough that threads end together. */
const BATCH = 250
/** Tasks sent ahead to a thread, so it starts the next as soon as it ends one. */
const AHEAD = 2

/** The threads a build uses: one a core, at most 8 (each holds React and the app: ~60 MB). */
export const renderThreads = () => Math.max(1, Math.min(availableParallelism(), 8))

/**
 * The tasks that write `pages` (compile-site.ts's) in each language, each with the name of its
 * data file, and each language's 404 page.
 */
export function pageTasks(
  sitePages: readonly { path: string; data: PageData }[],
  languages: readonly string[],
  notFoundData: PageData,
): RenderTask[] {
  const pages = sitePages.map(({ path, data }): RenderedPageInput => {
    const key = pageDataKey(path)
    if (key === undefined) throw new Error(`${path}: no data file name for this page`)
    return { path, key, data }
  })
  return languages.flatMap((lang, index): RenderTask[] => [
    ...Array.from({ length: Math.ceil(pages.length / BATCH) }, (_, batch) => ({
      kind: 'pages' as const,
      lang,
      withData: index === 0,
      pages: pages.slice(batch * BATCH, (batch + 1) * BATCH),
    })),
    { kind: 'notFound', lang, data: notFoundData },
  ])
}

/**
 * Runs `tasks` on `threads` worker threads of `workerFile`, each started with `job`; resolves
 * once every thread has written all it was given, or rejects with the first failure (a page
 * that does not render, a file not written), having stopped every thread.
 */
export function renderInThreads(
  workerFile: string,
  job: RenderJob,
  tasks: readonly RenderTask[],
  threads = renderThreads(),
): Promise<void> {
  const queue = [...tasks]
  const workers: Worker[] = []
  return new Promise<void>((resolve, reject) => {
    let running = 0
    let failed = false
    const fail = (error: Error) => {
      if (failed) return
      failed = true
      for (const worker of workers) void worker.terminate()
      reject(error)
    }
    const start = () => {
      const worker = new Worker(workerFile, { workerData: job })
      workers.push(worker)
      running += 1
      let sent = 0
      let ended = false
      const feed = () => {
        while (sent < AHEAD && queue.length) {
          worker.postMessage(queue.shift())
          sent += 1
        }
        if (sent === 0) worker.postMessage('end')
      }
      worker.on('message', (reply: RenderReply) => {
        if (reply.kind === 'failed') return fail(new Error(`a page did not render: ${reply.error}`))
        if (reply.kind === 'done') {
          sent -= 1
          return feed()
        }
        ended = true
        void worker.terminate()
        running -= 1
        if (running === 0 && !failed) resolve()
      })
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (!ended) fail(new Error(`a page-writing thread stopped (exit code ${code})`))
      })
      feed()
    }
    const count = Math.max(1, Math.min(threads, queue.length))
    for (let i = 0; i < count; i++) start()
  })
}
