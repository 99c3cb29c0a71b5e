import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { METRICS, statsOf } from './numbers'
import type { BenchOptions } from './options'
import type { DatasetResult } from './report'
import type { SizeReport } from './sizes'

/** Writes every run's numbers, and each metric's summary, to `file` as JSON. */
export function writeRawNumbers(
  file: string,
  options: BenchOptions,
  sizes: SizeReport,
  results: readonly DatasetResult[],
) {
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
      summary: Object.fromEntries(METRICS.map((metric) => [metric.key, statsOf(runs, metric)])),
      warmUp,
      runs,
    })),
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`)
}
