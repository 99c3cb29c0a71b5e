import type { Run } from './run'

type NumericKey = { [K in keyof Run]: Run[K] extends number ? K : never }[keyof Run]

/** A row of the report: one number of every run, summarised per dataset. */
export type Metric = { key: NumericKey; label: string; target?: number; decimals?: number }

export const METRICS: Metric[] = [
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
  return stats(runs.map((run) => run[metric.key]))
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
