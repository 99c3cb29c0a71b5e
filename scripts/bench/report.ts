import os from 'node:os'
import type { JsFiles } from '../lib/js-size'
import { coldTables } from './cold-report'
import { KINDS, type Transfer, type ViewDownloads } from './downloads'
import {
  BYTES_BEFORE_QUOTE,
  EXPLORER,
  FIRST_QUOTE,
  HYDRATION,
  MB,
  format,
  kB,
  statsOf,
  table,
  type Metric,
} from './numbers'
import type { BenchOptions } from './options'
import type { Plan } from './plan'
import { DESKTOP, PHONE } from './profiles'
import type { Run } from './run'
import type { SiteBuild } from './site'
import { MAX_RATIO_TO_FLOOR } from '../lib/size-budget'

/** One dataset: its plan, its build, the JS of `/`, the runs (warm-up first), the downloads. */
export type DatasetResult = {
  plan: Plan
  build: SiteBuild
  js: JsFiles
  warmUp: Run
  runs: Run[]
  downloads: ViewDownloads[] | undefined
}

export type ReportInput = {
  results: readonly DatasetResult[]
  floorJs: JsFiles
  chromium: string
  options: BenchOptions
}

/** Build time target at the largest dataset, in seconds. */
const BUILD_TARGET_S = 120
/** Bytes before the first quote, largest dataset over smallest. */
const BYTES_GROWTH_TARGET = 1.2

const largestOf = (results: readonly DatasetResult[]) =>
  results.reduce<DatasetResult | undefined>(
    (best, result) => (!best || result.plan.quotes > best.plan.quotes ? result : best),
    undefined,
  )

const smallestOf = (results: readonly DatasetResult[]) =>
  results.reduce<DatasetResult | undefined>(
    (best, result) => (!best || result.plan.quotes < best.plan.quotes ? result : best),
    undefined,
  )

/** "pass", or "FAIL" with the datasets that miss the target when it holds at all of them. */
function verdict(metric: Metric, results: readonly DatasetResult[]): string {
  const { target } = metric
  if (target === undefined) return ''
  const checked = metric.scope === 'all' ? results : [largestOf(results)].filter((r) => !!r)
  const failing = checked.filter((r) => !(statsOf(r.runs, metric).median <= target))
  if (failing.length === 0) return 'pass'
  return metric.scope === 'all' ? `FAIL (${failing.map((r) => r.plan.label).join(', ')})` : 'FAIL'
}

/** A metrics table: median (min–max) per dataset, the target and the verdict. */
function metricsTable(metrics: readonly Metric[], results: readonly DatasetResult[]): string {
  const rows: string[][] = [['', ...results.map((r) => r.plan.label), 'Target', '']]
  for (const metric of metrics) {
    const cells = results.map((result) => {
      if (metric.cell) return metric.cell(result.runs)
      const { median, min, max } = statsOf(result.runs, metric)
      const d = metric.decimals
      return `${format(median, d)} (${format(min, d)}–${format(max, d)})`
    })
    const { target } = metric
    const where = metric.scope === 'all' ? '' : ' at largest'
    const targetCell =
      target === undefined ? '' : `<= ${format(target, target < 10 ? 2 : 0)}${where}`
    rows.push([metric.label, ...cells, targetCell, verdict(metric, results)])
  }
  return table(rows)
}

function buildTable(results: readonly DatasetResult[]): string {
  const largest = largestOf(results)
  const rows: string[][] = [['', ...results.map((r) => r.plan.label), 'Target', '']]
  const seconds = results.map((r) => r.build.seconds)
  const largestSeconds = largest?.build.seconds ?? NaN
  rows.push([
    'build, as npm run build -- --data (s)',
    ...seconds.map((s) => format(s, 1)),
    `<= ${BUILD_TARGET_S} at largest`,
    largestSeconds <= BUILD_TARGET_S ? 'pass' : 'FAIL',
  ])
  rows.push(['dist/ files', ...results.map((r) => format(r.build.dist.files))])
  rows.push(['dist/ size (bytes of files)', ...results.map((r) => MB(r.build.dist.bytes))])
  rows.push(['dist/ size on disk (blocks)', ...results.map((r) => MB(r.build.dist.diskBytes))])
  return table(rows)
}

function bytesTable(results: readonly DatasetResult[]): string {
  const [largest, smallest] = [largestOf(results), smallestOf(results)]
  const rows: string[][] = [
    ['', ...results.map((r) => `${r.plan.label} (kB)`), 'largest/smallest', 'Target', ''],
  ]
  for (const metric of BYTES_BEFORE_QUOTE) {
    const median = (r: DatasetResult | undefined) => (r ? statsOf(r.runs, metric).median : NaN)
    const growth = median(largest) / median(smallest)
    rows.push([
      metric.label,
      ...results.map((r) => format(median(r), 1)),
      `${format(growth, 2)}x`,
      `<= ${format(BYTES_GROWTH_TARGET, 2)}`,
      growth <= BYTES_GROWTH_TARGET ? 'pass' : 'FAIL',
    ])
  }
  return table(rows)
}

function jsTable(input: ReportInput): string {
  const { floorJs } = input
  const rows: string[][] = [
    ['', 'gzip', 'files', 'ratio to floor', 'Target', ''],
    ['floor app', kB(floorJs.gzipBytes), format(floorJs.files.length)],
  ]
  for (const { plan, js } of input.results) {
    const ratio = js.gzipBytes / floorJs.gzipBytes
    rows.push([
      `app, ${plan.label}`,
      kB(js.gzipBytes),
      format(js.files.length),
      `${format(ratio, 3)}x`,
      `<= ${MAX_RATIO_TO_FLOOR}`,
      ratio <= MAX_RATIO_TO_FLOOR ? 'pass' : 'FAIL',
    ])
  }
  return table(rows)
}

function biggestFiles(js: JsFiles | undefined): string {
  const files = [...(js?.files ?? [])].sort((a, b) => b.gzipBytes - a.gzipBytes)
  return files.map((f) => `${f.file} ${format(f.gzipBytes / 1000, 1)}`).join(', ')
}

function downloadsTable(downloads: readonly ViewDownloads[]): string {
  const kb = (bytes: number) => format(bytes / 1000, 1)
  const cell = (t: Transfer | null) =>
    !t || t.files === 0 ? '-' : `${kb(t.bytes)} / ${kb(t.sentBytes)}`
  const rows: string[][] = [
    ['View', 'address', ...KINDS, 'total', 'files', 'client move', 'ready (ms)'],
  ]
  for (const d of downloads) {
    rows.push([
      d.view.label,
      d.view.path,
      ...KINDS.map((kind) => cell(d.byKind[kind])),
      cell(d.total),
      format(d.total.files),
      cell(d.navData),
      format(d.readyMs),
    ])
  }
  return table(rows)
}

/** The report the benchmark prints. */
export function report(input: ReportInput): string {
  const { results, options } = input
  const largest = largestOf(results)
  const n = options.runs
  const lines = [
    `Paddock Quotes benchmark: median (min–max) of ${n} run${n === 1 ? '' : 's'} per dataset, headless Chromium ${input.chromium}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => format(l, 1))
      .join(' ')}`,
    `Profiles: desktop ${DESKTOP.summary}; phone ${PHONE.summary} (Lighthouse's mobile throttling, applied by CDP).`,
    `Pages: / (the explorer), the busiest driver's page, the first quote's page; every dataset's site built as npm run build -- --data builds it.`,
    `Synthetic datasets: npm run generate -- --shape archive --seed 1 (25 years, 2,400 sources, 1,000 drivers, Zipf-distributed words).`,
    '',
    'Build:',
    buildTable(results),
    '',
    'First quote painted, ratio to the static one-quote page in the same run (median of per-run ratios; median ms):',
    metricsTable(FIRST_QUOTE, results),
    '',
    'Bytes fetched before the first quote painted (Resource Timing transferSize, as sent: vite preview gzips; median, kB):',
    bytesTable(results),
    '',
    'Load until idle: the app’s first commit (hydration), the longest main-thread task from navigation:',
    metricsTable(HYDRATION, results),
    '',
    'Explorer on / (desktop), after its load: the first filter starts the worker (download and index), then warm:',
    metricsTable(EXPLORER, results),
    '',
    'JS requested by / until the network is idle (gzip -9 of the files, as npm run size measures):',
    jsTable(input),
    `  files (kB, ${input.results[0]?.plan.label}): ${biggestFiles(input.results[0]?.js)}`,
    `  floor app: react, react-dom, react-router-dom's data router, @tanstack/react-query's useQuery`,
    '',
    ...coldTables(results),
    '',
    ...(largest?.downloads
      ? [
          `What each view downloads at ${largest.plan.label}, in kB: file size / as sent (vite preview gzips, level 6, as deploy/nginx.conf does).`,
          'Desktop, fresh context, until ready (hydrated, or showing its count; "ready": when, in one load)',
          'and the network is idle. "client move": its data/pages/<key>.json, what moving to it in the app',
          'fetches instead of its HTML.',
          downloadsTable(largest.downloads),
          '',
        ]
      : []),
    'Search terms and filter:',
    ...results.map(({ plan }) => {
      const [rare, common] = plan.searches
      return `  ${plan.label}: rare "${rare?.term}" -> ${rare?.final}; common "${common?.term}" -> ${common?.final}; driver "${plan.filter.driverId}" -> ${plan.filter.final}; pages ${Object.values(plan.pages).join(', ')}`
    }),
    '',
    'Notes: times are performance.now() in the page, from navigation start. First quote: when the',
    'browser painted the text of the first `figure` in `main` (Element Timing renderTime; the frame-',
    'based time is in --json). Bytes before it: every response done by then, and a share of one',
    'still arriving, in proportion to its time. Hydrated: the app’s first commit (the mark it sets',
    'on #root then, seen when that task ends). Longest task: Long Tasks API, navigation to idle after',
    'network idle. Search/filter: last input event to the frame whose count shows the final number.',
    'Heap: the page’s JSHeapUsedSize after a forced GC (the worker’s heap is not in it). Each dataset',
    'gets one uncounted warm-up run first; raw numbers, rAF-time variants included, go to --json.',
  ]
  return lines.join('\n')
}
