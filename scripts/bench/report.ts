import os from 'node:os'
import { METRICS, format, kB, statsOf } from './numbers'
import type { BenchOptions } from './options'
import type { Plan } from './plan'
import { VIEWPORT, type Run } from './run'
import type { SizeReport } from './sizes'

/** One dataset's plan and runs: the warm-up, then the counted ones. */
export type DatasetResult = { plan: Plan; warmUp: Run; runs: Run[] }

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

/** The metrics table: median (min–max) per dataset, and the verdict at the largest one. */
function metricsTable(results: readonly DatasetResult[]): string {
  const largest = results.reduce<DatasetResult | undefined>(
    (best, result) => (!best || result.plan.quotes > best.plan.quotes ? result : best),
    undefined,
  )
  const verdictLabel = largest ? `at ${largest.plan.label}` : ''
  const rows: string[][] = [['Metric', ...results.map((r) => r.plan.label), 'Target', verdictLabel]]
  for (const metric of METRICS) {
    const cells = results.map((result) => {
      const { median, min, max } = statsOf(result.runs, metric)
      const d = metric.decimals
      return `${format(median, d)} (${format(min, d)}–${format(max, d)})`
    })
    const target = metric.target
    let verdict = ''
    if (target !== undefined && largest) {
      verdict = statsOf(largest.runs, metric).median <= target ? 'pass' : 'FAIL'
    }
    rows.push([metric.label, ...cells, target === undefined ? '' : `<= ${format(target)}`, verdict])
  }
  return table(rows)
}

/** The report the benchmark prints. */
export function report(
  results: readonly DatasetResult[],
  sizes: SizeReport,
  options: BenchOptions,
): string {
  const lines = [
    `Paddock Quotes benchmark: median (min–max) of ${options.runs} run${options.runs === 1 ? '' : 's'} per dataset, headless Chromium ${sizes.chromium}, ${VIEWPORT.width}x${VIEWPORT.height}, ${os.cpus().length} CPUs`,
    '',
    metricsTable(results),
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
