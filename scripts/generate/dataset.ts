/**
 * A synthetic, valid quote dataset for benchmarks, load tests and unit tests. Never shipped.
 *
 * Shaped like a newsroom's data, not like a uniform sample: a few drivers, teams, races and
 * publishers are far busier than the rest (Zipf-like ranks, shuffled so that no id is the busiest
 * by construction), a few drivers on the team rosters are never quoted, and the sources span ten
 * years. The `archive` shape is 25 years of a dozen publishers' articles, in prose whose word
 * frequencies follow Zipf's law over 40,000 words (lexicon.ts), as real text does. The `speakers`
 * shape is a corpus with no teams and no races at all.
 *
 * Deterministic: the same options give a byte-identical file. Every name and word is
 * obviously made up ("Driver Zorvan Tellberg 017", "Velmor Prask Dunavel"), so nobody mistakes
 * the output for real quotes. Search terms with a known frequency are planted in the quote texts
 * (SEARCH_TERMS): a rare one in 0.1% of quotes and a common one in 30%.
 */
import type { Dataset } from '../../src/dataset/schema'
import { makeArchiveSources } from './archive'
import { theLexicon } from './lexicon'
import { makeQuotes } from './quotes'
import { makeRandom } from './random'
import { makeDrivers, makeRaces, makeSources, makeTeams } from './records'
import { SHAPES, type Counts, type Shape } from './shapes'
import { FEW_WORDS } from './words'

export type GenerateOptions = {
  quotes: number
  seed: number
  /** The defaults for the counts below (default: newsroom). */
  shape?: Shape
  drivers?: number
  teams?: number
  races?: number
  sources?: number
}

/** A valid synthetic dataset of the shape's counts (SHAPES), unless options give others. */
export function generateDataset(options: GenerateOptions): Dataset {
  const { quotes, seed } = options
  const shape = options.shape ?? 'newsroom'
  const defaults = SHAPES[shape]
  const counts: Counts = {
    drivers: options.drivers ?? defaults.drivers,
    teams: options.teams ?? defaults.teams,
    races: options.races ?? defaults.races,
    sources: options.sources ?? defaults.sources,
  }
  if (!Number.isInteger(quotes) || quotes < 0) throw new Error('quotes: a whole number >= 0')
  for (const [what, n] of Object.entries(counts)) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`${what}: a whole number >= 0`)
  }
  if (quotes > 0 && (counts.drivers < 1 || counts.sources < 1)) {
    throw new Error('quotes need at least 1 driver and 1 source')
  }
  const random = makeRandom(seed)
  const archive = shape === 'archive'
  const words = archive ? theLexicon().draw : FEW_WORDS
  const sources = archive
    ? makeArchiveSources(random, counts.sources, words)
    : makeSources(random, counts.sources, words)
  const teams = makeTeams(random, counts.teams)
  const races = makeRaces(random, counts.races, words)
  const drivers = makeDrivers(random, counts.drivers, teams, shape, words)
  return {
    schemaVersion: 1,
    sources,
    teams,
    races,
    drivers,
    quotes: makeQuotes(random, quotes, {
      sources,
      drivers,
      races,
      quietDrivers: shape !== 'speakers',
      words,
    }),
  }
}

/** The file contents: compact JSON, or indented with `pretty`, ending in a newline. */
export function serializeDataset(dataset: Dataset, pretty = false): string {
  return `${JSON.stringify(dataset, null, pretty ? 2 : undefined)}\n`
}

/**
 * serializeDataset's bytes in pieces, a record at a time: a million quotes make more JSON than
 * one string can hold.
 */
export function* datasetChunks(dataset: Dataset, pretty = false): Generator<string> {
  const step = pretty ? '  ' : ''
  const newline = pretty ? '\n' : ''
  const json = (value: unknown, depth: number) => {
    const text = JSON.stringify(value, null, pretty ? 2 : undefined)
    return pretty ? text.replaceAll('\n', `\n${step.repeat(depth)}`) : text
  }
  const fields = Object.entries(dataset).filter(([, value]) => value !== undefined)
  yield '{'
  for (const [f, [key, value]] of fields.entries()) {
    yield `${f > 0 ? ',' : ''}${newline}${step}${JSON.stringify(key)}:${pretty ? ' ' : ''}`
    if (!Array.isArray(value) || value.length === 0) {
      yield json(value, 1)
      continue
    }
    yield '['
    for (const [i, item] of value.entries()) {
      yield `${i > 0 ? ',' : ''}${newline}${step.repeat(2)}${json(item, 2)}`
    }
    yield `${newline}${step}]`
  }
  yield `${newline}}\n`
}
