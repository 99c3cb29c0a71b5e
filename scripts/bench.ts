/**
 * Performance benchmark of the production build, on the shipped dataset and on large
 * synthetic ones:
 *
 *   npm run bench -- [--runs 5] [--sizes 0,10000,50000] [--json out.json]
 *
 * Builds the app into .bench/dist, then for each dataset (0 means the shipped one) serves a
 * copy of the build with that dataset as data/quotes.json and drives headless Chromium, a fresh
 * context per run, measuring time to the first quote, search and filter latency, long tasks,
 * DOM size and JS heap. Also compares the gzip size of the JS that `/` loads first with a floor:
 * an empty app on the same libraries (tests/fixtures/floor-app). Prints one table.
 *
 * The parts, in scripts/bench/: options, plan (datasets and the counts to expect), run (one
 * run in the browser, through page-steps and bench-page.js), report and raw-numbers (--json).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { cleanUp, cleanUpOnSignals, onCleanUp, wasInterrupted } from './bench/cleanups'
import { format, kB } from './bench/numbers'
import { readBenchOptions } from './bench/options'
import { makePlan, type Plan } from './bench/plan'
import { writeRawNumbers } from './bench/raw-numbers'
import { report, type DatasetResult } from './bench/report'
import { runOnce, type Run } from './bench/run'
import { fetchedJs, type FetchedJs, type SizeReport } from './bench/sizes'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { initialJs } from './lib/js-size'
import { startPreview } from './lib/preview-server'
import { REPO_ROOT } from './lib/repo'
import { buildAppInto, buildFloorInto } from './lib/size-budget'

const WORK_DIR = path.join(REPO_ROOT, '.bench')
const APP_DIST = path.join(WORK_DIR, 'dist')
const FLOOR_DIST = path.join(WORK_DIR, 'floor-dist')

function log(message: string) {
  process.stderr.write(`${message}\n`)
}

/** A copy of the built app with the plan's dataset as its data/quotes.json. */
function siteFor(size: number, plan: Plan): string {
  const site = path.join(WORK_DIR, 'sites', size === 0 ? 'shipped' : String(size))
  cpSync(APP_DIST, site, { recursive: true })
  mkdirSync(path.join(site, 'data'), { recursive: true })
  writeFileSync(path.join(site, 'data', 'quotes.json'), plan.json)
  return site
}

async function main(): Promise<number> {
  const commandLine = readBenchOptions()
  if (!commandLine.ok) return commandLine.exitCode
  const options = commandLine.options
  const started = Date.now()
  const elapsed = () => `${format((Date.now() - started) / 1000, 0)} s`

  log('bench: building the app and the floor app')
  rmSync(path.join(WORK_DIR, 'sites'), { recursive: true, force: true })
  await buildAppInto(APP_DIST)
  await buildFloorInto(FLOOR_DIST)
  const app = initialJs(APP_DIST)
  const floor = initialJs(FLOOR_DIST)

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const closeBrowser = onCleanUp(() => browser.close())

  const results: DatasetResult[] = []
  let fetched: FetchedJs = { files: [], gzipBytes: 0 }
  for (const size of options.sizes) {
    const plan = makePlan(size)
    const site = siteFor(size, plan)
    const server = await startPreview({ outDir: site })
    const stopServer = onCleanUp(() => server.stop())
    log(
      `bench: ${plan.label} quotes, ${kB(plan.json.length)} of JSON, at ${server.origin} (${elapsed()})`,
    )
    // One warm-up run, not counted: the first load after the server starts pays for cold
    // caches (files, compression, the browser's code cache) that real visitors mostly do not.
    const warmUp = await runOnce(browser, server.origin, plan)
    log(`  warm-up: first quote ${format(warmUp.firstQuoteMs)} ms (${elapsed()})`)
    const runs: Run[] = []
    for (let i = 0; i < options.runs; i++) {
      const run = await runOnce(browser, server.origin, plan)
      runs.push(run)
      log(
        `  run ${i + 1}/${options.runs}: first quote ${format(run.firstQuoteMs)} ms, search ${format(run.searchRareMs)}/${format(run.searchCommonMs)} ms, filter ${format(run.filterMs)} ms (${elapsed()})`,
      )
    }
    if (results.length === 0) fetched = fetchedJs(site, runs[0]?.scripts ?? [])
    await stopServer()
    results.push({ plan, warmUp, runs })
  }
  const chromiumVersion = browser.version()
  await closeBrowser()

  const sizes: SizeReport = {
    chromium: chromiumVersion,
    app,
    floor,
    ratio: app.gzipBytes / floor.gzipBytes,
    fetched,
  }
  console.log(report(results, sizes, options))
  log(`bench: done in ${elapsed()}`)

  if (options.json) {
    writeRawNumbers(options.json, options, sizes, results)
    log(`bench: raw numbers in ${path.relative(process.cwd(), options.json)}`)
  }
  return 0
}

cleanUpOnSignals()
try {
  process.exitCode = await main()
} catch (error) {
  // After Ctrl-C, the failure is only the browser going away under a run.
  if (!wasInterrupted()) {
    console.error('bench: failed:', error instanceof Error ? (error.stack ?? error.message) : error)
  }
  process.exitCode = 1
} finally {
  await cleanUp()
}
