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
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { buildDatasetIndex, type DatasetIndex } from '../src/data/dataset-index'
import { searchTextOf } from '../src/data/search-text'
import { explore } from '../src/data/explore'
import type { ExplorerFilters } from '../src/lib/explorer-params'
import type { Dataset } from '../src/data/schema'
import { validateDataset } from '../src/data/validate-dataset'
import { plural } from '../src/lib/labels'
import { SEARCH_TERMS, generateDataset, serializeDataset } from './generate-dataset'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { buildAppInto, buildFloorInto } from './lib/size-budget'
import { initialJs, type InitialJs } from './lib/js-size'
import { startPreview } from './lib/preview-server'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'

type Frame = { raf: number; painted: number }
type Measure = { expected: string; input: number | null; raf: number | null; painted: number }

/** scripts/lib/bench-page.js, as the page sees it. */
type BenchPage = {
  state: { firstQuote: Frame | null }
  findStatus(): string | null
  statusText(): string | null
  arm(expected: string): void
  measured(): Measure | null
  longestTask(from: number, to: number): number
  longestFrame(from: number, to: number): number
  figures(): number
  settle(frames?: number): Promise<number>
  scripts(): string[]
}

declare global {
  interface Window {
    __bench?: BenchPage
  }
}

const WORK_DIR = path.join(REPO_ROOT, '.bench')
const APP_DIST = path.join(WORK_DIR, 'dist')
const FLOOR_DIST = path.join(WORK_DIR, 'floor-dist')
const PAGE_SCRIPT = readFileSync(new URL('./lib/bench-page.js', import.meta.url), 'utf8')

const SEED = 1
const VIEWPORT = { width: 1280, height: 900 }
/** Milliseconds between keystrokes: a fast typist. */
const TYPING_DELAY = 60
/** Longest wait for any one step; a 50,000-quote page can take a while. */
const STEP_TIMEOUT = 120_000

const USAGE = `Usage: npm run bench -- [--runs N] [--sizes 0,10000,50000] [--json out.json]

  --runs N       runs per dataset, each in a fresh browser context (default 5)
  --sizes LIST   datasets: 0 is the shipped one, any other number that many synthetic quotes
                 (default 0,10000,50000)
  --json FILE    also write every raw number to FILE`

// ---------------------------------------------------------------------------------------------
// Options

type Options = { runs: number; sizes: number[]; json: string | undefined }

/** The options, or undefined for --help. */
function parseOptions(args: readonly string[]): Options | undefined {
  const options: Options = { runs: 5, sizes: [0, 10_000, 50_000], json: undefined }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const value = args[i + 1]
    if (arg === '--help' || arg === '-h') {
      return undefined
    } else if (arg === '--runs' && value !== undefined) {
      options.runs = Number(value)
      i++
    } else if (arg === '--sizes' && value !== undefined) {
      options.sizes = value.split(',').map((size) => Number(size.trim()))
      i++
    } else if (arg === '--json' && value !== undefined) {
      options.json = path.resolve(value)
      i++
    } else {
      throw new UsageError(`unknown or incomplete option ${arg ?? ''}`)
    }
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new UsageError('--runs: give a whole number >= 1')
  }
  if (options.sizes.length === 0 || options.sizes.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new UsageError('--sizes: give whole numbers >= 0, separated by commas')
  }
  return options
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Clean-up: servers and browsers go away on success, error, Ctrl-C or SIGTERM.

const cleanups: (() => Promise<unknown>)[] = []
let interrupted = false

async function cleanUp() {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()
    await cleanup?.().catch(() => undefined)
  }
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    interrupted = true
    console.error(`\nbench: ${signal}, cleaning up`)
    void cleanUp().finally(() => process.exit(code))
  })
}

// ---------------------------------------------------------------------------------------------
// Datasets and what the page should show for them

type Plan = {
  label: string
  quotes: number
  dataset: Dataset
  json: string
  unfiltered: string
  searches: { kind: 'rare' | 'common'; term: string; prefix: string; final: string }[]
  filter: { driverId: string; final: string }
}

function loadDataset(size: number): { dataset: Dataset; json: string } {
  if (size === 0) {
    const json = readFileSync(SHIPPED_DATASET, 'utf8')
    const result = validateDataset(JSON.parse(json))
    if (!result.ok) throw new Error(`the shipped dataset is invalid: ${result.problems[0]}`)
    return { dataset: result.dataset, json }
  }
  const dataset = generateDataset({ quotes: size, seed: SEED })
  return { dataset, json: serializeDataset(dataset) }
}

function makePlan(size: number): Plan {
  const { dataset, json } = loadDataset(size)
  const index = buildDatasetIndex(dataset)
  const total = index.quotes.length
  const countText = (filters: ExplorerFilters) => {
    const shown = explore(index, filters).results.length
    return `${plural(shown, 'quote')} of ${total.toLocaleString('en-GB')}`
  }
  const terms =
    size === 0
      ? pickTerms(index)
      : { rare: SEARCH_TERMS.rare.term, common: SEARCH_TERMS.common.term }
  const searches = (['rare', 'common'] as const).map((kind) => {
    const term = terms[kind]
    const prefix = countText({ q: term.slice(0, -1) })
    const final = countText({ q: term })
    if (prefix === final) {
      throw new Error(`"${term}": its last keystroke does not change the count (${final})`)
    }
    return { kind, term, prefix, final }
  })
  const driverId = busiestDriver(index)
  return {
    label: size === 0 ? `shipped (${total})` : total.toLocaleString('en-GB'),
    quotes: total,
    dataset,
    json,
    unfiltered: plural(total, 'quote'),
    searches,
    filter: { driverId, final: countText({ q: '', driver: driverId }) },
  }
}

/**
 * Search terms for a dataset we did not plant terms in: among its words of 3 letters or more
 * whose last letter changes the result count, the one in the fewest quotes and the one in the
 * most.
 */
function pickTerms(index: DatasetIndex): { rare: string; common: string } {
  const words = new Set<string>()
  for (const entry of index.entries) {
    for (const word of searchTextOf(entry).match(/[\p{L}\p{N}]{3,}/gu) ?? []) words.add(word)
  }
  const found = (q: string) => explore(index, { q }).results.length
  const candidates = [...words]
    .filter((word) => found(word.slice(0, -1)) !== found(word))
    .map((word) => ({ word, count: found(word) }))
    .sort((a, b) => a.count - b.count || a.word.localeCompare(b.word, 'en'))
  const rare = candidates[0]
  const common = candidates.findLast((c) => c.count === candidates.at(-1)?.count)
  if (!rare || !common) throw new Error('no searchable words in the shipped dataset')
  return { rare: rare.word, common: common.word }
}

/** The driver with the most quotes (said or about): the biggest change a filter makes. */
function busiestDriver(index: DatasetIndex): string {
  const [best] = [...index.quotesByDriver].sort(
    ([a, quotesA], [b, quotesB]) => quotesB.length - quotesA.length || a.localeCompare(b),
  )
  if (!best) throw new Error('the dataset has no quotes with drivers to filter by')
  return best[0]
}

// ---------------------------------------------------------------------------------------------
// Building

async function buildApp() {
  await buildAppInto(APP_DIST)
}

async function buildFloor() {
  await buildFloorInto(FLOOR_DIST)
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh context, load, search twice, filter once

type Run = {
  firstQuoteMs: number
  /** Taken at the requestAnimationFrame itself, before that frame's style, layout and paint. */
  firstQuoteRafMs: number
  searchRareMs: number
  searchCommonMs: number
  filterMs: number
  /** The same, at the rAF before the frame's layout and paint. */
  searchRareRafMs: number
  searchCommonRafMs: number
  filterRafMs: number
  longTaskLoadMs: number
  longTaskTypingMs: number
  longFrameLoadMs: number
  longFrameTypingMs: number
  quoteElements: number
  heapLoadMb: number
  heapSearchMb: number
  scripts: string[]
}

type Measured = { ms: number; rafMs: number; longTaskMs: number; longFrameMs: number }

async function waitFor(page: Page, what: string, predicate: string) {
  try {
    await page.waitForFunction(predicate, undefined, { timeout: STEP_TIMEOUT, polling: 50 })
  } catch (error) {
    const status = await page.evaluate(() => window.__bench?.statusText() ?? null).catch(() => '?')
    throw new Error(`timed out waiting for ${what} (status shows ${JSON.stringify(status)})`, {
      cause: error,
    })
  }
}

async function waitForStatus(page: Page, text: string) {
  await waitFor(page, `"${text}"`, `window.__bench?.statusText() === ${JSON.stringify(text)}`)
  await page.evaluate(() => window.__bench?.settle())
}

async function waitForMeasure(page: Page, what: string): Promise<Measure> {
  await waitFor(page, what, 'window.__bench?.measured() != null')
  const measure = await page.evaluate(() => window.__bench?.measured() ?? null)
  if (!measure || measure.input === null || measure.raf === null) {
    throw new Error(`${what}: the final count appeared with no input event before it`)
  }
  return measure
}

/** The latency of a measure, and the longest task from `from` to its frame. */
async function measured(page: Page, from: number, measure: Measure): Promise<Measured> {
  const input = measure.input ?? 0
  // Long-task entries are delivered some time after their task: let the page go idle first.
  await page.evaluate(() => window.__bench?.settle())
  const [longTaskMs, longFrameMs] = await page.evaluate(
    ([start, end]) => [
      window.__bench?.longestTask(start, end) ?? 0,
      window.__bench?.longestFrame(start, end) ?? 0,
    ],
    [from, measure.painted] as const,
  )
  return {
    ms: measure.painted - input,
    rafMs: (measure.raf ?? measure.painted) - input,
    longTaskMs,
    longFrameMs,
  }
}

/** JS heap in use after a full garbage collection, in MB (10^6 bytes). */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize')
  return used / 1e6
}

/**
 * Types the term letter by letter; once the count for all but its last letter shows, types the
 * last letter and times it. Long tasks count from the first keystroke.
 */
async function search(page: Page, search: Plan['searches'][number]): Promise<Measured> {
  const box = page.getByLabel('Search quotes')
  await box.focus()
  const start = await page.evaluate(() => performance.now())
  await page.keyboard.type(search.term.slice(0, -1), { delay: TYPING_DELAY })
  await waitForStatus(page, search.prefix)
  await page.evaluate((text) => window.__bench?.arm(text), search.final)
  await page.keyboard.type(search.term.slice(-1))
  return measured(page, start, await waitForMeasure(page, `"${search.term}"`))
}

async function clearSearch(page: Page, plan: Plan) {
  await page.getByLabel('Search quotes').fill('')
  await waitForStatus(page, plan.unfiltered)
}

async function runOnce(browser: Browser, origin: string, plan: Plan): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    await context.addInitScript({ content: PAGE_SCRIPT })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')

    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
    await waitFor(page, 'the first quote', 'window.__bench?.state.firstQuote != null')
    const loaded = await page.evaluate(() => window.__bench?.settle())
    const load = await page.evaluate(
      (end) => ({
        firstQuote: window.__bench?.state.firstQuote ?? null,
        status: window.__bench?.findStatus() ?? null,
        figures: window.__bench?.figures() ?? 0,
        longTask: window.__bench?.longestTask(0, end) ?? 0,
        longFrame: window.__bench?.longestFrame(0, end) ?? 0,
        scripts: window.__bench?.scripts() ?? [],
      }),
      loaded ?? Infinity,
    )
    if (!load.firstQuote) throw new Error('the first quote was not recorded')
    if (load.status !== plan.unfiltered) {
      throw new Error(`the result count shows ${JSON.stringify(load.status)}, not the total`)
    }
    const heapLoadMb = await heapMb(cdp)

    const [rareSearch, commonSearch] = plan.searches
    if (!rareSearch || !commonSearch) throw new Error('two searches expected')
    const rare = await search(page, rareSearch)
    await clearSearch(page, plan)
    const common = await search(page, commonSearch)
    const heapSearchMb = await heapMb(cdp)
    await clearSearch(page, plan)

    const filterStart = await page.evaluate(() => performance.now())
    await page.evaluate((text) => window.__bench?.arm(text), plan.filter.final)
    await page.getByLabel('Driver', { exact: true }).selectOption(plan.filter.driverId)
    const filter = await measured(page, filterStart, await waitForMeasure(page, 'the filter'))

    return {
      firstQuoteMs: load.firstQuote.painted,
      firstQuoteRafMs: load.firstQuote.raf,
      searchRareMs: rare.ms,
      searchCommonMs: common.ms,
      filterMs: filter.ms,
      searchRareRafMs: rare.rafMs,
      searchCommonRafMs: common.rafMs,
      filterRafMs: filter.rafMs,
      longTaskLoadMs: load.longTask,
      longTaskTypingMs: Math.max(rare.longTaskMs, common.longTaskMs),
      longFrameLoadMs: load.longFrame,
      longFrameTypingMs: Math.max(rare.longFrameMs, common.longFrameMs),
      quoteElements: load.figures,
      heapLoadMb,
      heapSearchMb,
      scripts: load.scripts,
    }
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Summaries and the report

type NumericKey = { [K in keyof Run]: Run[K] extends number ? K : never }[keyof Run]
type Metric = { key: NumericKey; label: string; target?: number; decimals?: number }

const METRICS: Metric[] = [
  { key: 'firstQuoteMs', label: 'First quote painted (ms)', target: 1500 },
  { key: 'searchRareMs', label: 'Search, rare term (ms)', target: 100 },
  { key: 'searchCommonMs', label: 'Search, common term (ms)', target: 100 },
  { key: 'filterMs', label: 'Filter by driver (ms)', target: 100 },
  { key: 'longTaskLoadMs', label: 'Longest task, load (ms)' },
  { key: 'longTaskTypingMs', label: 'Longest task, typing (ms)', target: 200 },
  { key: 'quoteElements', label: 'Quote elements after load', target: 200 },
  { key: 'heapLoadMb', label: 'JS heap after load (MB)', target: 150, decimals: 1 },
  { key: 'heapSearchMb', label: 'JS heap after search (MB)', target: 150, decimals: 1 },
]

type Stats = { median: number; min: number; max: number }

function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN }
}

function format(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
}

function kB(bytes: number): string {
  return `${format(bytes / 1000, 1)} kB`
}

type Result = { plan: Plan; warmUp: Run; runs: Run[] }

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? []
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('   ')
      .trimEnd()
  const [head, ...body] = rows
  const rule = widths.map((width) => '-'.repeat(width)).join('   ')
  return [line(head ?? []), rule, ...body.map(line)].join('\n')
}

function report(results: readonly Result[], sizes: SizeReport, options: Options): string {
  const largest = results.reduce<Result | undefined>(
    (best, result) => (!best || result.plan.quotes > best.plan.quotes ? result : best),
    undefined,
  )
  const verdictLabel = largest ? `at ${largest.plan.label}` : ''
  const rows: string[][] = [['Metric', ...results.map((r) => r.plan.label), 'Target', verdictLabel]]
  for (const metric of METRICS) {
    const cells = results.map((result) => {
      const { median, min, max } = stats(result.runs.map((run) => run[metric.key]))
      const d = metric.decimals
      return `${format(median, d)} (${format(min, d)}–${format(max, d)})`
    })
    const target = metric.target
    let verdict = ''
    if (target !== undefined && largest) {
      verdict = stats(largest.runs.map((run) => run[metric.key])).median <= target ? 'pass' : 'FAIL'
    }
    rows.push([metric.label, ...cells, target === undefined ? '' : `<= ${format(target)}`, verdict])
  }

  const lines = [
    `Paddock Quotes benchmark: median (min–max) of ${options.runs} run${options.runs === 1 ? '' : 's'} per dataset, headless Chromium ${sizes.chromium}, ${VIEWPORT.width}x${VIEWPORT.height}, ${os.cpus().length} CPUs`,
    '',
    table(rows),
    '',
    'Search terms and filter:',
    ...results.map(({ plan }) => {
      const [rare, common] = plan.searches
      return `  ${plan.label}: rare "${rare?.term}" -> ${rare?.final}; common "${common?.term}" -> ${common?.final}; driver "${plan.filter.driverId}" -> ${plan.filter.final}`
    }),
    '',
    'Initial JS of / (index.html entry + modulepreload, gzip -9):',
    `  app    ${kB(sizes.app.gzipBytes)} (${kB(sizes.app.bytes)} raw) in ${sizes.app.files.map((f) => `${f.file} ${kB(f.gzipBytes)}`).join(', ')}`,
    `  floor  ${kB(sizes.floor.gzipBytes)} (${kB(sizes.floor.bytes)} raw): react, react-dom, react-router-dom data router, @tanstack/react-query useQuery`,
    `  ratio  app/floor = ${format(sizes.ratio, 2)} (target <= 1.10) ${sizes.ratio <= 1.1 ? 'pass' : 'FAIL'}`,
    `  JS the browser fetched for / (${results[0]?.plan.label ?? '-'}): ${kB(sizes.fetched.gzipBytes)} gzip in ${sizes.fetched.files.length} file(s)`,
    '',
    'Notes: times are from performance.now() in the page. First quote: navigation start to the first',
    'frame after a `figure` appears in `main` (measured after that frame: a task queued from its',
    'requestAnimationFrame). Search/filter: last input event to that same point for the frame whose',
    'result count shows the final number. Heap: JSHeapUsedSize after a forced GC (CDP).',
    'Each dataset gets one uncounted warm-up run first. Raw numbers, including the latencies',
    'taken at the requestAnimationFrame itself, go to --json.',
  ]
  return lines.join('\n')
}

type SizeReport = {
  chromium: string
  app: InitialJs
  floor: InitialJs
  ratio: number
  fetched: { files: { file: string; gzipBytes: number }[]; gzipBytes: number }
}

function fetchedJs(site: string, urls: readonly string[]): SizeReport['fetched'] {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(path.join(site, file)), { level: 9 }).length,
  }))
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) }
}

// ---------------------------------------------------------------------------------------------

function log(message: string) {
  process.stderr.write(`${message}\n`)
}

async function main(): Promise<number> {
  let options: Options | undefined
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`bench: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (!options) {
    console.log(USAGE)
    return 0
  }
  const started = Date.now()
  const elapsed = () => `${format((Date.now() - started) / 1000, 0)} s`

  log('bench: building the app and the floor app')
  rmSync(path.join(WORK_DIR, 'sites'), { recursive: true, force: true })
  await buildApp()
  await buildFloor()
  const app = initialJs(APP_DIST)
  const floor = initialJs(FLOOR_DIST)

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const closeBrowser = () => browser.close()
  cleanups.push(closeBrowser)

  const results: Result[] = []
  let fetched: SizeReport['fetched'] = { files: [], gzipBytes: 0 }
  for (const size of options.sizes) {
    const plan = makePlan(size)
    const site = path.join(WORK_DIR, 'sites', size === 0 ? 'shipped' : String(size))
    cpSync(APP_DIST, site, { recursive: true })
    mkdirSync(path.join(site, 'data'), { recursive: true })
    writeFileSync(path.join(site, 'data', 'quotes.json'), plan.json)

    const server = await startPreview({ outDir: site })
    const stopServer = () => server.stop()
    cleanups.push(stopServer)
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
    cleanups.splice(cleanups.indexOf(stopServer), 1)
    await server.stop()
    results.push({ plan, warmUp, runs })
  }
  const chromiumVersion = browser.version()
  cleanups.splice(cleanups.indexOf(closeBrowser), 1)
  await browser.close()

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
    const raw = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      options,
      sizes,
      datasets: results.map(({ plan, warmUp, runs }) => ({
        label: plan.label,
        quotes: plan.quotes,
        jsonBytes: plan.json.length,
        searches: plan.searches,
        filter: plan.filter,
        summary: Object.fromEntries(
          METRICS.map((metric) => [metric.key, stats(runs.map((run) => run[metric.key]))]),
        ),
        warmUp,
        runs,
      })),
    }
    mkdirSync(path.dirname(options.json), { recursive: true })
    writeFileSync(options.json, `${JSON.stringify(raw, null, 2)}\n`)
    log(`bench: raw numbers in ${path.relative(process.cwd(), options.json)}`)
  }
  return 0
}

try {
  process.exitCode = await main()
} catch (error) {
  // After Ctrl-C, the failure is only the browser going away under a run.
  if (!interrupted) {
    console.error('bench: failed:', error instanceof Error ? (error.stack ?? error.message) : error)
  }
  process.exitCode = 1
} finally {
  await cleanUp()
}
