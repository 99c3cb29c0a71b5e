/**
 * Writes a synthetic, valid quote dataset for benchmarks and load tests (scripts/generate/).
 *
 *   npm run generate -- --quotes 50000 --out /tmp/quotes.json [--seed 1] [--pretty]
 *   npm run generate -- --shape archive --quotes 1000000 --out /tmp/archive.json
 *   npm run generate -- --shape speakers --out /tmp/speakers.json
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '../src/dataset/schema'
import { datasetChunks, generateDataset, type GenerateOptions } from './generate/dataset'
import { ARCHIVE_YEARS } from './generate/archive'
import { LEXICON } from './generate/lexicon'
import { NEWSROOM_YEARS } from './generate/records'
import { SEARCH_TERMS } from './generate/search-terms'
import { SHAPES, type Shape } from './generate/shapes'
import { UsageError, readCommandLine, type ParsedCommandLine } from './lib/command-line'

const COUNT_FLAGS = ['drivers', 'teams', 'races', 'sources'] as const

const USAGE = `Usage: npm run generate -- --out FILE [--quotes N] [--shape S] [--seed S] [options]
       npx tsx scripts/generate-dataset.ts --out FILE [--quotes N] [--shape S] [--seed S] [options]

Writes a valid synthetic dataset. The same options always give the same bytes.
  --shape newsroom   (default) ${describeShape('newsroom')},
                     over ${NEWSROOM_YEARS} years, in prose of 400 words drawn evenly
  --shape archive    ${describeShape('archive')},
                     by a dozen publishers over ${ARCHIVE_YEARS} years, in prose of ${LEXICON.size.toLocaleString('en-GB')} words
                     as frequent as words in real text (Zipf's law; scripts/generate/lexicon.ts)
  --shape speakers   ${describeShape('speakers')}
  --quotes N         how many quotes (default: the shape's)
  --drivers N, --teams N, --races N, --sources N   other counts than the shape's
  --seed S           the PRNG seed (default 1)
  --pretty           indents the JSON
A few drivers, teams, races and sources are far busier than the rest (Zipf-like).
A million archive quotes take about half a minute and 1.2 GB of memory.
Planted search terms:
  rare:   "${SEARCH_TERMS.rare.term}" in ${SEARCH_TERMS.rare.share * 100}% of quotes
  common: "${SEARCH_TERMS.common.term}" in ${SEARCH_TERMS.common.share * 100}% of quotes`

function describeShape(shape: Shape): string {
  const { quotes, drivers, teams, races, sources } = SHAPES[shape]
  const n = (count: number) => count.toLocaleString('en-GB')
  return `${n(quotes)} quotes, ${n(drivers)} drivers, ${n(teams)} teams, ${n(races)} races, ${n(sources)} sources`
}

const OPTIONS = {
  quotes: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  shape: { type: 'string' },
  drivers: { type: 'string' },
  teams: { type: 'string' },
  races: { type: 'string' },
  sources: { type: 'string' },
  pretty: { type: 'boolean' },
} as const

function isShape(value: string): value is Shape {
  return Object.hasOwn(SHAPES, value)
}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || value.trim() === '') {
    throw new UsageError(`--${flag}: a whole number >= 0, not '${value}'`)
  }
  return n
}

function toGenerateOptions({ values }: ParsedCommandLine<typeof OPTIONS>) {
  const shape = values.shape ?? 'newsroom'
  if (!isShape(shape)) {
    throw new UsageError(`--shape: one of ${Object.keys(SHAPES).join(', ')}, not '${shape}'`)
  }
  const out = values.out
  if (!out) throw new UsageError('give --out FILE')
  const options: GenerateOptions = {
    shape,
    quotes: wholeNumber('quotes', values.quotes) ?? SHAPES[shape].quotes,
    seed: wholeNumber('seed', values.seed) ?? 1,
  }
  for (const flag of COUNT_FLAGS) {
    const n = wholeNumber(flag, values[flag])
    if (n !== undefined) options[flag] = n
  }
  return { options, out, pretty: values.pretty === true }
}

/** Writes the dataset a megabyte or so at a time. */
function writeDataset(file: string, dataset: Dataset, pretty: boolean) {
  const fd = openSync(file, 'w')
  try {
    let buffer = ''
    for (const chunk of datasetChunks(dataset, pretty)) {
      buffer += chunk
      if (buffer.length < 1 << 20) continue
      writeSync(fd, buffer)
      buffer = ''
    }
    writeSync(fd, buffer)
  } finally {
    closeSync(fd)
  }
}

function main(): number {
  const commandLine = readCommandLine(
    { name: 'generate-dataset', usage: USAGE, options: OPTIONS },
    toGenerateOptions,
  )
  if (!commandLine.ok) return commandLine.exitCode
  const { options, out, pretty } = commandLine.options
  let dataset: Dataset
  try {
    dataset = generateDataset(options)
  } catch (error) {
    console.error(`generate-dataset: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  const file = path.resolve(out)
  mkdirSync(path.dirname(file), { recursive: true })
  writeDataset(file, dataset, pretty)
  const { quotes, drivers, teams, races, sources } = dataset
  console.log(
    `${out}: ${quotes.length} quotes, ${drivers.length} drivers, ${teams.length} teams, ${races.length} races, ${sources.length} sources (${options.shape ?? 'newsroom'}, seed ${options.seed}); search terms: rare "${SEARCH_TERMS.rare.term}", common "${SEARCH_TERMS.common.term}"`,
  )
  return 0
}

process.exitCode = main()
