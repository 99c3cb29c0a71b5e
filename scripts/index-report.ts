/**
 * What the explorer's index costs, from its files alone (docs/explorer-index.md): compiles the
 * index (no pages) for generated datasets and, for each kind of view, asks the sharded engine,
 * recording every file it fetches.
 *
 *   npm run index:report [-- --quotes 10000,50000] [-- --seed 1] [-- --out <dir>]
 *
 * Prints, per dataset size: the compile time and memory, the index's files and bytes, and per
 * view the files fetched and their bytes (gzip, as a host sends them), and how they grow between
 * sizes, against issue 22's targets. A view the index does not answer yet is priced as what it
 * loads instead: the whole dataset. The index is written to disk as it is compiled and each view
 * reads its files from there, so a million quotes' index is never held in memory whole.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip, gzipSync } from 'node:zlib'
import { buildDatasetIndex, type DatasetIndex } from '../src/model/dataset-index'
import { createShardedEngine } from '../src/search/sharded/sharded-engine'
import { indexRecordsOf } from '../src/search/sharded/start-file'
import { filtersFrom, type ExplorerFilters } from '../src/urls/explorer-params'
import { compileIndexInto } from '../src/search/index-build/compile-index'
import { datasetChunks, generateDataset } from './generate/dataset'
import { SEARCH_TERMS } from './generate/search-terms'
import { UsageError, readCommandLine } from './lib/command-line'
import { folderSink } from './lib/explorer-index'

const USAGE = `Usage: npm run index:report [-- --quotes 10000,50000] [-- --seed 1] [-- --out <dir>]

Compiles the explorer's index for generated archives of each size (no pages) and prints what
each kind of explorer view fetches from it: files and gzip bytes. The index of N quotes is
written to <dir>/N (kept), or to a temporary folder (removed).`

/** Issue 22's targets: a kind of view's bytes grow at most this much between two sizes. */
const GROWTH_TARGETS = [
  { from: 10_000, to: 50_000, most: 1.25 },
  { from: 50_000, to: 1_000_000, most: 1.5 },
]

type View = { label: string; filters: ExplorerFilters }

/** The views the benchmark opens cold, on this dataset: the busiest values, a real combination. */
function viewsOf(index: DatasetIndex): View[] {
  const ranked = (counts: ReadonlyMap<string, number>) =>
    [...counts].sort(([, a], [, b]) => b - a).map(([id]) => id)
  const busiest = (counts: ReadonlyMap<string, number>) => ranked(counts)[0] ?? ''
  const driver = busiest(index.counts.byDriver)
  const next = ranked(index.counts.byDriver)[1] ?? driver
  const race = busiest(index.counts.byRace)
  const teams = new Map<string, number>()
  for (const entry of index.entries) {
    if (!entry.races.includes(race)) continue
    for (const team of entry.teams) teams.set(team, (teams.get(team) ?? 0) + 1)
  }
  const years = [...index.counts.byYear.keys()].sort((a, b) => a - b)
  const from = years[Math.floor(years.length / 3)] ?? null
  const to = years[Math.floor((years.length * 2) / 3)] ?? null
  const { rare, common } = SEARCH_TERMS
  return [
    { label: 'a driver', filters: filtersFrom({ driver }) },
    { label: 'a race with a team', filters: filtersFrom({ ambition: race, team: busiest(teams) }) },
    { label: 'a period', filters: filtersFrom({ from, to }) },
    { label: 'a driver in a period', filters: filtersFrom({ driver, from, to }) },
    {
      label: 'two drivers',
      filters: filtersFrom({ driver: [driver, next] }),
    },
    { label: 'a rare word', filters: filtersFrom({ q: rare.term }) },
    { label: 'a common word, a period', filters: filtersFrom({ q: common.term, from, to }) },
    {
      label: 'a driver, a word, oldest',
      filters: filtersFrom({ driver, q: common.term, sort: 'oldest' }),
    },
  ]
}

type Priced = { files: number; bytes: number; whole: boolean }

async function main(): Promise<number> {
  const read = readCommandLine(
    {
      name: 'index-report',
      usage: USAGE,
      options: { quotes: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    },
    ({ values }) => {
      const sizes = (values.quotes ?? '10000,50000').split(',').map(Number)
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new UsageError('--quotes: whole numbers >= 1, separated by commas')
      }
      return { sizes, seed: Number(values.seed ?? 1), out: values.out }
    },
  )
  if (!read.ok) return read.exitCode
  const { sizes, seed, out } = read.options
  const table = new Map<string, Priced[]>()
  for (const quotes of sizes) {
    const dir =
      out === undefined ? mkdtempSync(join(tmpdir(), 'index-report-')) : join(out, `${quotes}`)
    rmSync(dir, { recursive: true, force: true })
    try {
      const priced = await report(quotes, seed, dir)
      for (const [label, view] of priced) table.set(label, [...(table.get(label) ?? []), view])
    } finally {
      if (out === undefined) rmSync(dir, { recursive: true, force: true })
    }
  }
  printGrowth(sizes, table)
  return 0
}

/** Compiles the index of `quotes` into `dir`, prints what it holds, and prices each view. */
async function report(quotes: number, seed: number, dir: string) {
  const dataset = generateDataset({ quotes, seed, shape: 'archive' })
  const index = buildDatasetIndex(dataset)
  const sink = folderSink(dir)
  const started = performance.now()
  compileIndexInto(index, sink)
  const seconds = (performance.now() - started) / 1000
  const heap = process.memoryUsage().heapUsed / 1e9
  const peak = process.resourceUsage().maxRSS / 1e6
  let files = 0
  let raw = 0
  for (const tally of sink.tally.values()) {
    files += tally.files
    raw += tally.bytes
  }
  const wholeBytes = await gzipBytes(datasetChunks(dataset))
  const n = (count: number) => count.toLocaleString('en-GB')
  console.log(
    `\n${n(quotes)} quotes: index of ${n(files)} files, ${(raw / 1e6).toFixed(1)} MB, compiled in ${seconds.toFixed(1)} s (heap after ${heap.toFixed(1)} GB, peak resident ${peak.toFixed(1)} GB); the whole dataset is ${kB(wholeBytes)} gzip`,
  )
  const folders = [...sink.tally].sort(([a], [b]) => a.localeCompare(b))
  console.log(
    `  by folder: ${folders.map(([kind, t]) => `${kind} ${n(t.files)} files ${(t.bytes / 1e6).toFixed(1)} MB`).join(', ')}`,
  )
  const gzipped = (file: string) => gzipSync(readFileSync(join(dir, file))).length
  const priced = new Map<string, Priced>()
  for (const view of viewsOf(index)) {
    const fetched: string[] = []
    const engine = createShardedEngine(async (file) => {
      fetched.push(file)
      const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      return json
    }, indexRecordsOf(index))
    const answer = await engine.explore(view.filters, 1, { matrixRows: 0 })
    const cost: Priced = answer
      ? {
          files: fetched.length,
          bytes: fetched.reduce((sum, f) => sum + gzipped(f), 0),
          whole: false,
        }
      : { files: 1, bytes: wholeBytes, whole: true }
    priced.set(view.label, cost)
    const how = cost.whole ? 'the whole dataset (not from the index yet)' : `${cost.files} files`
    console.log(`  ${view.label.padEnd(26)} ${kB(cost.bytes).padStart(10)}  ${how}`)
  }
  return priced
}

/** Each view's bytes against the first size's, and against issue 22's targets where they apply. */
function printGrowth(sizes: readonly number[], table: ReadonlyMap<string, Priced[]>) {
  if (sizes.length < 2) return
  console.log(
    `\nGrowth of each view's bytes, ${sizes.map((n) => n.toLocaleString('en-GB')).join(' -> ')}:`,
  )
  for (const [label, priced] of table) {
    const first = priced[0]?.bytes ?? 1
    const ratios = priced.map((p) => (p.bytes / first).toFixed(2))
    console.log(`  ${label.padEnd(26)} ${ratios.join(' -> ')}`)
  }
  for (const { from, to, most } of GROWTH_TARGETS) {
    const i = sizes.indexOf(from)
    const j = sizes.indexOf(to)
    if (i === -1 || j === -1) continue
    console.log(
      `\nTarget: at most ${most}x from ${from.toLocaleString('en-GB')} to ${to.toLocaleString('en-GB')} quotes:`,
    )
    for (const [label, priced] of table) {
      const ratio = (priced[j]?.bytes ?? 0) / (priced[i]?.bytes ?? 1)
      const verdict =
        ratio <= most ? 'met' : `missed by ${(((ratio - most) / most) * 100).toFixed(0)}%`
      console.log(`  ${label.padEnd(26)} ${ratio.toFixed(2)}x  ${verdict}`)
    }
  }
}

/** The gzip size of a text given in pieces. */
async function gzipBytes(chunks: Iterable<string>): Promise<number> {
  let bytes = 0
  const gzip = createGzip()
  gzip.on('data', (chunk: Buffer) => (bytes += chunk.length))
  await pipeline(Readable.from(chunks), gzip)
  return bytes
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

process.exitCode = await main()
