/**
 * What the explorer's index costs, from its files alone (docs/explorer-index.md): compiles the
 * index (no pages) for generated datasets and, for each kind of view, asks the sharded engine,
 * recording every file it fetches.
 *
 *   npm run index:report [-- --quotes 10000,50000] [-- --seed 1]
 *
 * Prints, per dataset size: the compile time and heap, the index's files and bytes, and per view
 * the files fetched and their bytes (gzip, as a host sends them), and how they grow between sizes.
 * A view the index does not answer yet is priced as what it loads instead: the whole dataset.
 */
import { gzipSync } from 'node:zlib'
import { buildDatasetIndex, type DatasetIndex } from '../src/model/dataset-index'
import { createShardedEngine } from '../src/search/sharded/sharded-engine'
import { indexRecordsOf } from '../src/search/sharded/start-file'
import { filtersFrom, type ExplorerFilters } from '../src/urls/explorer-params'
import { generateDataset, serializeDataset } from './generate/dataset'
import { SEARCH_TERMS } from './generate/search-terms'
import { UsageError, readCommandLine } from './lib/command-line'
import { explorerIndexOf } from './lib/explorer-index'

const USAGE = `Usage: npm run index:report [-- --quotes 10000,50000] [-- --seed 1]

Compiles the explorer's index for generated archives of each size (no pages) and prints what
each kind of explorer view fetches from it: files and gzip bytes.`

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
      options: { quotes: { type: 'string' }, seed: { type: 'string' } },
    },
    ({ values }) => {
      const sizes = (values.quotes ?? '10000,50000').split(',').map(Number)
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new UsageError('--quotes: whole numbers >= 1, separated by commas')
      }
      return { sizes, seed: Number(values.seed ?? 1) }
    },
  )
  if (!read.ok) return read.exitCode
  const { sizes, seed } = read.options
  const table = new Map<string, Priced[]>()
  for (const quotes of sizes) {
    const dataset = generateDataset({ quotes, seed, shape: 'archive' })
    const index = buildDatasetIndex(dataset)
    const started = performance.now()
    const { files } = explorerIndexOf(index)
    const seconds = (performance.now() - started) / 1000
    const gzip = new Map<string, number>()
    const gzipped = (file: string) => {
      let size = gzip.get(file)
      if (size === undefined) gzip.set(file, (size = gzipSync(files.get(file) ?? '').length))
      return size
    }
    let raw = 0
    for (const text of files.values()) raw += Buffer.byteLength(text)
    const wholeBytes = gzipSync(serializeDataset(dataset)).length
    const heap = process.memoryUsage().heapUsed / 1e6
    console.log(
      `\n${quotes.toLocaleString('en-GB')} quotes: index of ${files.size.toLocaleString('en-GB')} files, ${(raw / 1e6).toFixed(1)} MB, compiled in ${seconds.toFixed(1)} s (heap ${heap.toFixed(0)} MB); the whole dataset is ${kB(wholeBytes)} gzip`,
    )
    for (const view of viewsOf(index)) {
      const fetched: string[] = []
      const engine = createShardedEngine(async (file) => {
        fetched.push(file)
        const text = files.get(file)
        if (text === undefined) throw new Error(`missing ${file}`)
        const json: unknown = JSON.parse(text)
        return json
      }, indexRecordsOf(index))
      const answer = await engine.explore(view.filters, 1, { matrixRows: 0 })
      const priced: Priced = answer
        ? {
            files: fetched.length,
            bytes: fetched.reduce((sum, f) => sum + gzipped(f), 0),
            whole: false,
          }
        : { files: 1, bytes: wholeBytes, whole: true }
      table.set(view.label, [...(table.get(view.label) ?? []), priced])
      const how = priced.whole
        ? 'the whole dataset (search: not from the index yet)'
        : `${priced.files} files`
      console.log(`  ${view.label.padEnd(26)} ${kB(priced.bytes).padStart(10)}  ${how}`)
    }
  }
  if (sizes.length > 1) {
    console.log(
      `\nGrowth of each view's bytes, ${sizes.map((n) => n.toLocaleString('en-GB')).join(' -> ')}:`,
    )
    for (const [label, priced] of table) {
      const first = priced[0]?.bytes ?? 1
      const ratios = priced.map((p) => (p.bytes / first).toFixed(2))
      console.log(`  ${label.padEnd(26)} ${ratios.join(' -> ')}`)
    }
  }
  return 0
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

process.exitCode = await main()
