/**
 * What the service worker costs a first visit (docs/offline.md): the shipped site built once,
 * and a copy of it without register-sw.js (no worker), each loaded cold in Chromium, alternately,
 * RUNS times. For each load: the first contentful paint and the largest (the first quote is on
 * the first paint: it is in the prerendered HTML), the bytes transferred before that paint, and
 * the bytes and requests of the page until its load event; then, with the worker, the bytes its
 * install fetched (its precache), which come after the load event.
 *
 *   npx tsx scripts/offline-cost.ts [-- --runs 9] [-- --data file]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startHarness } from './lib/harness'
import { SHIPPED_DATASET } from './lib/repo'
import { buildSite } from './lib/site-build'
import { copyWithoutWorker } from './lib/without-worker'

const { values } = parseArgs({ options: { runs: { type: 'string' }, data: { type: 'string' } } })
const RUNS = Number(values.runs ?? 9)

type Load = {
  fcp: number
  lcp: number
  bytesBeforeLcp: number
  loadBytes: number
  requests: number
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-offline-cost-'))
const harness = await startHarness()
try {
  const withDir = path.join(work, 'with')
  const withoutDir = path.join(work, 'without')
  await buildSite({ datasetFile: values.data ?? SHIPPED_DATASET, outDir: withDir })
  copyWithoutWorker(withDir, withoutDir)
  const sites = { with: await harness.serve(withDir), without: await harness.serve(withoutDir) }
  const results: Record<keyof typeof sites, Load[]> = { with: [], without: [] }
  const precache: number[] = []
  for (let run = 0; run < RUNS; run++) {
    for (const name of ['without', 'with'] as const) {
      const context = await harness.browser.newContext()
      const page = await context.newPage()
      let swBytes = 0
      context.on('requestfinished', (request) => {
        if (!request.serviceWorker()) return
        void request.sizes().then((sizes) => (swBytes += sizes.responseBodySize))
      })
      await page.goto(`${sites[name].origin}/`, { waitUntil: 'load' })
      const load = await page.evaluate(async () => {
        const lcp = await new Promise<number>((done) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries()
            done(entries[entries.length - 1]?.startTime ?? 0)
          }).observe({ type: 'largest-contentful-paint', buffered: true })
        })
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
        // The document's own entry first: a navigation entry is a resource entry too.
        const all = [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ].filter((entry) => entry instanceof PerformanceResourceTiming)
        const nav = all[0]
        const loadEnd = nav instanceof PerformanceNavigationTiming ? nav.loadEventStart : Infinity
        const before = all.filter((entry) => entry.responseEnd <= lcp)
        const untilLoad = all.filter((entry) => entry.responseEnd <= loadEnd)
        return {
          fcp,
          lcp,
          bytesBeforeLcp: before.reduce((total, entry) => total + entry.transferSize, 0),
          loadBytes: untilLoad.reduce((total, entry) => total + entry.transferSize, 0),
          requests: untilLoad.length,
        }
      })
      results[name].push(load)
      if (name === 'with') {
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
        await page.waitForLoadState('networkidle')
        precache.push(swBytes)
      }
      await context.close()
    }
  }
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  console.log(`/ of the shipped site, cold, ${RUNS} runs each (medians):`)
  for (const name of ['without', 'with'] as const) {
    const loads = results[name]
    const pick = (key: keyof Load) => median(loads.map((load) => load[key]))
    console.log(
      `  ${name.padEnd(7)} worker: first paint ${pick('fcp').toFixed(0)} ms, largest ${pick('lcp').toFixed(0)} ms, ${kB(pick('bytesBeforeLcp'))} before it; ${kB(pick('loadBytes'))} in ${pick('requests')} requests by the load event`,
    )
  }
  console.log(`  the worker's install, after the load event: ${kB(median(precache))} fetched`)
} finally {
  await harness.close()
  rmSync(work, { recursive: true, force: true })
}
