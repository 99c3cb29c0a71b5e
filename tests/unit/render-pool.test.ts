import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderInThreads, pageTasks, type RenderJob } from '../../scripts/lib/render-pool'
import type { PageData } from '../../src/page-data/page-data'

// The pool that spreads the build's pages over threads (site-build.ts runs it with the real
// page writer; tests/unit/site-build.test.ts checks the pages it writes). Here a stand-in writer
// that speaks the same messages writes one line a page, so what the pool does with the work is
// plain: every page written once, in every language, and a page that fails stops the build.

const dir = mkdtempSync(path.join(tmpdir(), 'paddock-render-pool-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const WORKER = path.join(dir, 'stand-in-writer.mjs')
writeFileSync(
  WORKER,
  `import { parentPort, workerData, threadId } from 'node:worker_threads'
import { writeFileSync } from 'node:fs'
parentPort.on('message', (task) => {
  if (task === 'end') return parentPort.postMessage({ kind: 'ended' })
  if (task.kind === 'notFound') {
    writeFileSync(workerData.outDir + '/' + task.lang + '-not-found', String(threadId))
    return parentPort.postMessage({ kind: 'done', pages: 1 })
  }
  for (const page of task.pages) {
    if (page.path === '/drivers/broken') {
      return parentPort.postMessage({ kind: 'failed', error: 'Error: ' + page.path + ' threw' })
    }
    writeFileSync(workerData.outDir + '/' + task.lang + '-' + page.key.replace('/', '-'), String(threadId))
  }
  parentPort.postMessage({ kind: 'done', pages: task.pages.length })
})
`,
)

// The stand-in reads only the output folder; the rest of the job is the real writer's.
const job = (outDir: string): RenderJob => ({
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  heads: {} as RenderJob['heads'],
  template: '',
  languages: ['en', 'nl'],
  siteUrl: undefined,
  base: '/',
  outDir,
})
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions
const NO_DATA = {} as PageData
const pages = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ path: `/drivers/d-${i}`, data: NO_DATA }))

describe('the build’s page-writing threads', () => {
  it('write every page once in every language, and each language’s 404 page, over the threads', async () => {
    const outDir = mkdtempSync(path.join(dir, 'site-'))
    const tasks = pageTasks(pages(1_234), ['en', 'nl'], NO_DATA)
    await renderInThreads(WORKER, job(outDir), tasks, 3)
    const written = readdirSync(outDir)
    expect(written).toHaveLength(2 * 1_234 + 2)
    for (const lang of ['en', 'nl']) {
      expect(written).toContain(`${lang}-not-found`)
      for (let i = 0; i < 1_234; i++) expect(written).toContain(`${lang}-drivers-d-${i}`)
    }
    // The work was shared: more than one thread wrote pages.
    const threads = new Set(written.map((file) => readFileSync(path.join(outDir, file), 'utf8')))
    expect(threads.size).toBeGreaterThan(1)
  })

  it('stop at the first page that fails, with its error', async () => {
    const outDir = mkdtempSync(path.join(dir, 'site-'))
    const broken = [...pages(600), { path: '/drivers/broken', data: NO_DATA }]
    const tasks = pageTasks(broken, ['en'], NO_DATA)
    await expect(renderInThreads(WORKER, job(outDir), tasks, 2)).rejects.toThrow(
      'a page did not render: Error: /drivers/broken threw',
    )
  })

  it('stop when a thread dies, rather than wait for it', async () => {
    const outDir = mkdtempSync(path.join(dir, 'site-'))
    const dying = path.join(dir, 'dying-writer.mjs')
    writeFileSync(dying, 'process.exit(3)\n')
    const tasks = pageTasks(pages(10), ['en'], NO_DATA)
    await expect(renderInThreads(dying, job(outDir), tasks, 2)).rejects.toThrow('exit code 3')
  })
})
