import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { COLD_TARGETS, coldGrowth, coldSummary } from './cold-report'
import { ALL_METRICS, statsOf } from './numbers'
import type { ReportInput } from './report'

/** Writes every run's numbers, and each metric's summary, to `file` as JSON. */
export function writeRawNumbers(file: string, input: ReportInput) {
  const raw = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg(),
    chromium: input.chromium,
    options: input.options,
    floorJs: input.floorJs,
    coldTargets: COLD_TARGETS,
    coldGrowth: coldGrowth(input.results) ?? null,
    datasets: input.results.map(({ plan, build, js, warmUp, runs, downloads }) => ({
      label: plan.label,
      quotes: plan.quotes,
      jsonBytes: plan.json.length,
      searches: plan.searches,
      filter: plan.filter,
      pages: plan.pages,
      coldViews: plan.cold.views,
      cold: coldSummary({ plan, runs }),
      build,
      js,
      summary: Object.fromEntries(
        Object.entries(ALL_METRICS).map(([group, metrics]) => [
          group,
          Object.fromEntries(metrics.map((metric) => [metric.label, statsOf(runs, metric)])),
        ]),
      ),
      downloads,
      warmUp,
      runs,
    })),
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`)
}
