/**
 * Performance benchmark of the prerendered site, on the shipped dataset and on large synthetic
 * ones:
 *
 *   npm run bench -- [--runs 5] [--sizes 0,10000,50000] [--json out.json]
 *
 * For each dataset (0 means the shipped one), builds its site as a data author does
 * (`npm run build -- --data`, timed, its dist/ measured), serves it with `vite preview`, and drives
 * headless Chromium, a fresh context per page load, on desktop and on a throttled phone: the
 * first quote painted on `/`, a driver page and a quote page, against a static one-quote page
 * served the same way; the bytes before it; hydration and the longest task; then the explorer's
 * first (cold) filter, searches and a warm filter; then, on both profiles, `/` and five filtered
 * explorer views opened cold (a driver, a race with a team, a rare word, a common word in a
 * period, a driver with a word and a sort) until each shows its right count: time and bytes
 * beyond `/`'s, against issue 22's targets. Also compares all the JS `/` requests with the
 * floor app's (tests/fixtures/floor-app), and lists what each view downloads at the largest
 * dataset. Prints the tables. The synthetic datasets are the generator's archive shape.
 *
 * The parts, in scripts/bench/: options, plan (datasets, pages and the counts to expect; cold-plan
 * the filtered views), site (the build), run (one run, through load, explorer-steps, page-steps,
 * cold-loads and bench-page.js), downloads, report (cold-report) and raw-numbers (--json).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cleanUp, cleanUpOnSignals, onCleanUp, wasInterrupted } from './bench/cleanups'
import type { ColdRun } from './bench/cold-loads'
import { measureDownloads } from './bench/downloads'
import { writeFloorPage } from './bench/floor-page'
import { format, kB, MB } from './bench/numbers'
import { readBenchOptions } from './bench/options'
import { makePlan } from './bench/plan'
import { writeRawNumbers } from './bench/raw-numbers'
import { report, type DatasetResult, type ReportInput } from './bench/report'
import { runOnce, type Origins, type Run } from './bench/run'
import { timedSiteBuild } from './bench/site'
import { startHarness } from './lib/harness'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'
import { buildFloorInto, jsOfHome, waitForFloor } from './lib/size-budget'

const WORK_DIR = path.join(REPO_ROOT, '.bench')
const FLOOR_APP = path.join(WORK_DIR, 'floor-app')
const FLOOR_PAGE = path.join(WORK_DIR, 'floor-page')

function log(message: string) {
  process.stderr.write(`${message}\n`)
}

function summary(run: Run): string {
  const d = run.loads.desktop
  const p = run.loads.phone
  const ms = (value: number) => format(value)
  return [
    `first quote desktop ${ms(d.explorer.firstQuoteMs)}/${ms(d.driver.firstQuoteMs)}/${ms(d.quote.firstQuoteMs)} (floor ${ms(run.floor.desktop.firstQuoteMs)})`,
    `phone ${ms(p.explorer.firstQuoteMs)}/${ms(p.driver.firstQuoteMs)}/${ms(p.quote.firstQuoteMs)} (floor ${ms(run.floor.phone.firstQuoteMs)}) ms`,
    `cold filter ${ms(run.explorer.coldFilterMs)} ms, search ${ms(run.explorer.searchRareMs)}/${ms(run.explorer.searchCommonMs)} ms`,
    `cold views desktop ${coldTimes(run.cold.desktop)}, phone ${coldTimes(run.cold.phone)} ms`,
  ].join(', ')
}

/** "/ 310; 1,200/.../2,300": `/` to its count, then each cold view to its count. */
function coldTimes(cold: ColdRun): string {
  const views = Object.values(cold.views).map((view) => format(view.countMs))
  return `/ ${format(cold.home.countMs)}; ${views.join('/')}`
}

async function main(): Promise<number> {
  const commandLine = readBenchOptions()
  if (!commandLine.ok) return commandLine.exitCode
  const options = commandLine.options
  const started = Date.now()
  const elapsed = () => `${format((Date.now() - started) / 1000, 0)} s`

  log('bench: building the floor app and the static one-quote page')
  rmSync(path.join(WORK_DIR, 'sites'), { recursive: true, force: true })
  await buildFloorInto(FLOOR_APP)
  writeFloorPage(FLOOR_PAGE, makePlan(0).dataset)

  const harness = await startHarness()
  const closeHarness = onCleanUp(() => harness.close())
  const { browser } = harness
  const floorApp = await harness.serve(FLOOR_APP)
  const floorJs = await jsOfHome(browser, floorApp.origin, FLOOR_APP, waitForFloor)
  await floorApp.stop()
  const floorPage = await harness.serve(FLOOR_PAGE)

  const results: DatasetResult[] = []
  const largest = Math.max(...options.sizes)
  for (const size of options.sizes) {
    const plan = makePlan(size)
    const name = size === 0 ? 'shipped' : String(size)
    let dataFile = SHIPPED_DATASET
    if (size !== 0) {
      dataFile = path.join(WORK_DIR, 'data', `${name}.json`)
      mkdirSync(path.dirname(dataFile), { recursive: true })
      writeFileSync(dataFile, plan.json)
    }
    const site = path.join(WORK_DIR, 'sites', name)
    log(`bench: ${plan.label} quotes, ${kB(plan.json.length)} of JSON: building (${elapsed()})`)
    const build = await timedSiteBuild(dataFile, site, (line) => log(`  ${line}`))
    log(
      `  built in ${format(build.seconds, 1)} s: ${format(build.dist.files)} files, ${MB(build.dist.bytes)} (${elapsed()})`,
    )
    const app = await harness.serve(site)
    const origins: Origins = { app: app.origin, floor: floorPage.origin }
    const js = await jsOfHome(browser, app.origin, site)
    // One warm-up run, not counted: the first load after the server starts pays for cold
    // caches (files, compression, the browser's code cache) that real visitors mostly do not.
    const warmUp = await runOnce(browser, origins, plan)
    log(`  warm-up: ${summary(warmUp)} (${elapsed()})`)
    const runs: Run[] = []
    for (let i = 0; i < options.runs; i++) {
      const run = await runOnce(browser, origins, plan)
      runs.push(run)
      log(`  run ${i + 1}/${options.runs}: ${summary(run)} (${elapsed()})`)
    }
    const downloads =
      size === largest ? await measureDownloads(browser, app.origin, site, plan) : undefined
    await app.stop()
    results.push({ plan, build, js, warmUp, runs, downloads })
  }
  const chromiumVersion = browser.version()
  await closeHarness()

  const input: ReportInput = { results, floorJs, chromium: chromiumVersion, options }
  console.log(report(input))
  log(`bench: done in ${elapsed()}`)

  if (options.json) {
    writeRawNumbers(options.json, input)
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
