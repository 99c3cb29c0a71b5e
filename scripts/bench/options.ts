import path from 'node:path'
import { UsageError, readCommandLine, type ParsedCommandLine } from '../lib/command-line'

export type BenchOptions = { runs: number; sizes: number[]; json: string | undefined }

const USAGE = `Usage: npm run bench -- [--runs N] [--sizes 0,10000,50000] [--json out.json]

  --runs N       runs per dataset, each in a fresh browser context (default 5)
  --sizes LIST   datasets: 0 is the shipped one, any other number that many synthetic quotes,
                 a 25-year archive (npm run generate -- --shape archive) (default 0,10000,50000)
  --json FILE    also write every raw number to FILE`

const OPTIONS = {
  runs: { type: 'string' },
  sizes: { type: 'string' },
  json: { type: 'string' },
} as const

/** The benchmark's options from process.argv, or the exit code to stop with. */
export function readBenchOptions() {
  return readCommandLine({ name: 'bench', usage: USAGE, options: OPTIONS }, toBenchOptions)
}

function toBenchOptions({ values }: ParsedCommandLine<typeof OPTIONS>): BenchOptions {
  const runs = Number(values.runs ?? 5)
  const sizes = values.sizes?.split(',').map((size) => Number(size.trim())) ?? [0, 10_000, 50_000]
  if (!Number.isInteger(runs) || runs < 1) {
    throw new UsageError('--runs: give a whole number >= 1')
  }
  if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new UsageError('--sizes: give whole numbers >= 0, separated by commas')
  }
  return { runs, sizes, json: values.json === undefined ? undefined : path.resolve(values.json) }
}
