/** Speed, memory and size of one search contender: the numbers of the search-library bench. */
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSize } from '../lib/js-size'
import { REPO_ROOT } from '../lib/repo'
import { SEARCH_TERMS } from '../generate-dataset'
import type { Dataset } from '../../src/dataset/schema'
import type { Contender, Searcher } from './search-contenders'

const { rare, common } = SEARCH_TERMS

/** The timed queries: planted terms of known frequency, short prefixes, pairs, a phrase, a -word. */
export const BENCH_QUERIES: readonly string[] = [
  rare.term,
  common.term,
  common.term.slice(0, 1),
  common.term.slice(0, 2),
  common.term.slice(0, 3),
  't',
  'tr',
  `${common.term} ${rare.term}`,
  `driver ${common.term}`,
  '"grand race"',
  `${common.term} -${common.decoy}`,
]

export type Speed = {
  buildMs: number
  /** Heap held after indexing, above what was held before (the dataset itself). */
  heapMB: number
  medianMs: number
  p95Ms: number
  /** Median per query, in BENCH_QUERIES order. */
  perQuery: number[]
}

const MB = 1024 * 1024

function heapUsed(): number {
  const { gc } = globalThis
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:search does)')
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

const median = (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

/**
 * Builds the contender's index and times its queries: `rounds` rounds through the list after a
 * warm-up round, never the same query twice in a row (the engine keeps its last answer).
 */
export function measureSpeed(
  contender: Contender,
  dataset: Dataset,
  docs: readonly string[],
  rounds: number,
): { speed: Speed; searcher: Searcher } {
  const before = heapUsed()
  const started = performance.now()
  const searcher = contender.build(dataset, docs)
  const buildMs = performance.now() - started
  const heapMB = (heapUsed() - before) / MB
  const times: number[][] = BENCH_QUERIES.map(() => [])
  for (let round = 0; round <= rounds; round++) {
    BENCH_QUERIES.forEach((q, i) => {
      const t = performance.now()
      searcher.count(q)
      if (round > 0) times[i]?.push(performance.now() - t)
    })
  }
  const all = times.flat().sort((a, b) => a - b)
  return {
    searcher,
    speed: {
      buildMs,
      heapMB,
      medianMs: quantile(all, 0.5),
      p95Ms: quantile(all, 0.95),
      perQuery: times.map(median),
    },
  }
}

/** Bytes after gzip (level 9) of the contender's entry, bundled and minified for the browser. */
export async function bundleGzipBytes(contender: Contender): Promise<number> {
  const result = await build({
    stdin: { contents: contender.bundleEntry, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error(`${contender.name}: esbuild wrote nothing`)
  return gzipSize(Buffer.from(output.contents))
}

/** The installed version of the contender's package, "src/" for ours. */
export function versionOf(contender: Contender): string {
  if (contender.pkg === undefined) return 'src/'
  const file = path.join(REPO_ROOT, 'node_modules', contender.pkg, 'package.json')
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'))
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : '?'
  return `${contender.pkg}@${String(version)}`
}
