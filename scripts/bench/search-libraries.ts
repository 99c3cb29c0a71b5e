/**
 * Compares the app's own search with search libraries on our data: speed and memory on a
 * generated dataset, bundle size, and which of the `q=` rules each keeps on the shipped one.
 * Prints markdown tables and writes them into docs/search-libraries.md between its markers,
 * keeping the prose around them.
 *
 *   npm run bench:search [-- --quotes 50000 --rounds 5]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { format, resolveConfig } from 'prettier'
import { generateDataset } from '../generate-dataset'
import { UsageError, readCommandLine } from '../lib/command-line'
import { readDatasetFile } from '../lib/read-dataset'
import { REPO_ROOT, SHIPPED_DATASET } from '../lib/repo'
import { INDEXERS, type Contender } from './search-contenders'
import { docWordsOf, referenceSearch, searchDocs } from './search-corpus'
import {
  BENCH_QUERIES,
  bundleGzipBytes,
  measureSpeed,
  versionOf,
  type Speed,
} from './search-measure'
import { ours } from './search-ours'
import { microFuzzy, orama } from './search-scanners'
import { CHECKS, checkSemantics } from './search-semantics'

const DOC = path.join(REPO_ROOT, 'docs', 'search-libraries.md')
const BEGIN = '<!-- bench:search begin: written by npm run bench:search -->'
const END = '<!-- bench:search end -->'
const USAGE = `Usage: npm run bench:search -- [--quotes N] [--rounds N]
  --quotes N   quotes in the generated dataset (default 50000)
  --rounds N   timed rounds through the query list (default 5)`

type Row = { contender: Contender; speed: Speed; gzipBytes: number; cells: Record<string, string> }

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--${name}: a whole number > 0`)
  return Number(value)
}

const table = (rows: string[][]) =>
  rows.map(
    (row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(row.length)}` : ''}`,
  )
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0))

function report(rows: readonly Row[], counts: readonly number[], quotes: number, rounds: number) {
  const names = rows.map((row) => row.contender.name)
  const speed = table([
    ['contender', 'version', 'build (ms)', 'heap (MB)', 'median (ms)', 'p95 (ms)', 'gzip (kB)'],
    ...rows.map(({ contender, speed: s, gzipBytes }) => [
      contender.name + (contender.notes.build ? ` (${contender.notes.build})` : ''),
      versionOf(contender),
      ms(s.buildMs),
      s.heapMB.toFixed(0),
      ms(s.medianMs),
      ms(s.p95Ms),
      (gzipBytes / 1024).toFixed(1),
    ]),
  ])
  const perQuery = table([
    ['query', 'results', ...names],
    ...BENCH_QUERIES.map((q, i) => [
      `\`${q}\``,
      String(counts[i]),
      ...rows.map((row) => ms(row.speed.perQuery[i] ?? NaN)),
    ]),
  ])
  const semantics = table([
    ['check (shipped dataset)', ...names],
    ...CHECKS.map(({ key, label }) => [
      label,
      ...rows.map(({ contender, cells }) => {
        const note = contender.notes[key]
        return `${cells[key]}${note && cells[key]?.startsWith('✓') ? ` (${note})` : ''}`
      }),
    ]),
  ])
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`
  return [
    `${quotes.toLocaleString('en')} generated quotes, ${rounds} timed rounds through ${BENCH_QUERIES.length} queries; ${machine}.`,
    'Heap: held after indexing, above the dataset itself. gzip: the minified browser bundle of what the bench imports (level 9).',
    '',
    ...speed,
    '',
    'Median time per query (ms); results as the contract counts them:',
    '',
    ...perQuery,
    '',
    ...semantics,
  ].join('\n')
}

async function writeDoc(tables: string) {
  const old = existsSync(DOC)
    ? readFileSync(DOC, 'utf8')
    : `# Search libraries against our own search\n\n${BEGIN}\n${END}\n\n## Conclusion\n\n(to write)\n`
  const [head, rest] = old.split(BEGIN)
  const tail = rest?.split(END)[1]
  if (tail === undefined) throw new Error(`${DOC}: its ${BEGIN} ... ${END} markers are missing`)
  const text = `${head}${BEGIN}\n\n${tables}\n\n${END}${tail}`
  const options = (await resolveConfig(DOC)) ?? {}
  writeFileSync(DOC, await format(text, { ...options, filepath: DOC }))
}

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      name: 'bench:search',
      usage: USAGE,
      options: { quotes: { type: 'string' }, rounds: { type: 'string' } },
    },
    ({ values }) => ({
      quotes: wholeNumber('quotes', values.quotes, 50_000),
      rounds: wholeNumber('rounds', values.rounds, 5),
    }),
  )
  if (!commandLine.ok) return commandLine.exitCode
  const { quotes, rounds } = commandLine.options
  const file = await readDatasetFile(SHIPPED_DATASET)
  if (!file.ok) throw new Error(`${SHIPPED_DATASET}: ${file.problems.join('; ')}`)
  const shipped = { dataset: file.dataset, docs: searchDocs(file.dataset) }
  const generated = generateDataset({ quotes, seed: 1 })
  const large = { dataset: generated, docs: searchDocs(generated) }
  const shippedWords = shipped.docs.map(docWordsOf)
  const largeWords = large.docs.map(docWordsOf)
  const rows: Row[] = []
  for (const contender of [ours, ...INDEXERS, microFuzzy, orama]) {
    console.error(`${contender.name}…`)
    const { speed, searcher } = measureSpeed(contender, large.dataset, large.docs, rounds)
    const cells = checkSemantics(
      { searcher: contender.build(shipped.dataset, shipped.docs), words: shippedWords },
      { searcher, words: largeWords },
      BENCH_QUERIES,
    )
    rows.push({ contender, speed, gzipBytes: await bundleGzipBytes(contender), cells })
  }
  const counts = BENCH_QUERIES.map((q) => referenceSearch(largeWords, q).length)
  const tables = report(rows, counts, quotes, rounds)
  console.log(tables)
  await writeDoc(tables)
  console.error(`wrote ${path.relative(REPO_ROOT, DOC)}`)
  return 0
}

process.exitCode = await main()
