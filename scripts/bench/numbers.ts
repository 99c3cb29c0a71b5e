import type { Load } from './load'
import { PAGE_NAMES, type PageName } from './plan'
import type { ProfileName } from './profiles'
import type { Run } from './run'

/**
 * A row of the report: one number of every run, summarised per dataset. The target holds at
 * every dataset, or only at the largest one.
 */
export type Metric = {
  label: string
  value: (run: Run) => number
  target?: number
  scope?: 'all' | 'largest'
  decimals?: number
  /** A cell other than "median (min–max)". */
  cell?: (runs: readonly Run[]) => string
}

export const PAGE_LABELS: Record<PageName, string> = {
  explorer: '/',
  driver: 'driver page',
  quote: 'quote page',
}

const PROFILE_NAMES: readonly ProfileName[] = ['desktop', 'phone']

const eachLoad = (make: (profile: ProfileName, page: PageName) => Metric | undefined) =>
  PROFILE_NAMES.flatMap((profile) => PAGE_NAMES.map((page) => make(profile, page))).filter(
    (metric): metric is Metric => metric !== undefined,
  )

const load = (profile: ProfileName, page: PageName) => (run: Run) => run.loads[profile][page]
const ms = (value: number) => format(value)

/** First quote painted, as a ratio to the static one-quote page's in the same run. */
export const FIRST_QUOTE: Metric[] = [
  ...eachLoad((profile, page) => ({
    label: `${profile} ${PAGE_LABELS[page]}`,
    value: (run) => load(profile, page)(run).firstQuoteMs / run.floor[profile].firstQuoteMs,
    target: 1.5,
    scope: 'all',
    cell: (runs) => {
      const ratio = stats(
        runs.map((r) => load(profile, page)(r).firstQuoteMs / r.floor[profile].firstQuoteMs),
      )
      const { median } = stats(runs.map((r) => load(profile, page)(r).firstQuoteMs))
      return `${format(ratio.median, 2)}x (${ms(median)} ms)`
    },
  })),
  ...PROFILE_NAMES.map((profile) => ({
    label: `${profile} static one-quote page (ms)`,
    value: (run: Run) => run.floor[profile].firstQuoteMs,
  })),
]

/** Response bytes as sent before the first quote painted, in kB. */
export const BYTES_BEFORE_QUOTE: Metric[] = eachLoad((profile, page) => ({
  label: `${profile} ${PAGE_LABELS[page]}`,
  value: (run) => load(profile, page)(run).bytesBeforeQuote / 1000,
  decimals: 1,
}))

/** The app's first commit (hydration) and the longest task from navigation until idle. */
export const HYDRATION: Metric[] = PROFILE_NAMES.flatMap((profile) =>
  PAGE_NAMES.flatMap((page): Metric[] => {
    const of = (key: keyof Load) => (run: Run) => run.loads[profile][page][key]
    const label = `${profile} ${PAGE_LABELS[page]}`
    // The target is the desktop's: a phone's CPU, 4x slower, has none of its own.
    const target = profile === 'desktop' ? { target: 50, scope: 'largest' as const } : {}
    return [
      { label: `${label}: hydrated (ms)`, value: of('hydratedMs') },
      { label: `${label}: longest task (ms)`, value: of('longTaskMs'), ...target },
    ]
  }),
)

const steps = (key: keyof Run['explorer']) => (run: Run) => run.explorer[key]

export const EXPLORER: Metric[] = [
  { label: 'First filter, cold: to its count (ms)', value: steps('coldFilterMs') },
  { label: '  input to the worker requesting the index (ms)', value: steps('coldFetchStartMs') },
  { label: '  the index start-up file (ms)', value: steps('coldFetchMs') },
  { label: '  then lists, records, render (ms)', value: steps('coldAfterFetchMs') },
  { label: '  longest task (ms)', value: steps('coldFilterLongTaskMs') },
  { label: 'Search, rare term (ms)', value: steps('searchRareMs'), target: 100 },
  { label: 'Search, common term (ms)', value: steps('searchCommonMs'), target: 100 },
  { label: 'Filter by driver, warm (ms)', value: steps('filterMs'), target: 100 },
  { label: 'Longest task, typing (ms)', value: steps('longTaskTypingMs'), target: 200 },
  { label: 'Quote elements after load', value: steps('quoteElements'), target: 200 },
  { label: 'JS heap after load (MB)', value: steps('heapLoadMb'), target: 150, decimals: 1 },
  { label: 'JS heap after search (MB)', value: steps('heapSearchMb'), target: 150, decimals: 1 },
]

export const ALL_METRICS = { FIRST_QUOTE, BYTES_BEFORE_QUOTE, HYDRATION, EXPLORER }

export type Stats = { median: number; min: number; max: number }

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN }
}

/** `metric` over `runs`: median, min and max. */
export function statsOf(runs: readonly Run[], metric: Metric): Stats {
  return stats(runs.map(metric.value))
}

export function format(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
}

export function kB(bytes: number): string {
  return `${format(bytes / 1000, 1)} kB`
}

export function MB(bytes: number): string {
  return `${format(bytes / 1e6, 1)} MB`
}

/** Rows as a plain-text table: the first column left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
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
