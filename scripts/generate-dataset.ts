/**
 * Writes a synthetic, valid quote dataset for benchmarks and load tests. Never shipped.
 *
 *   npm run generate -- --quotes 50000 --out /tmp/quotes.json [--seed 1] [--pretty]
 *   npm run generate -- --shape speakers --out /tmp/speakers.json
 *
 * Shaped like a newsroom's data, not like a uniform sample: a few drivers, teams, races and
 * publishers are far busier than the rest (Zipf-like ranks, shuffled so that no id is the busiest
 * by construction), a few drivers on the team rosters are never quoted, and the sources span ten
 * years. The `speakers` shape is a corpus with no teams and no races at all.
 *
 * Deterministic: the same options give a byte-identical file. Every name and word is
 * obviously made up ("Driver Zorvan Tellberg 017", "Velmor Prask Dunavel"), so nobody mistakes
 * the output for real quotes. Search terms with a known frequency are planted in the quote texts
 * (SEARCH_TERMS): a rare one in 0.1% of quotes and a common one in 30%.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset, Driver, Quote, Race, Source, Team } from '../src/dataset/schema'
import { UsageError, readCommandLine, type ParsedCommandLine } from './lib/command-line'
import { isEntryPoint } from './lib/repo'

export type Shape = 'newsroom' | 'speakers'

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

type Counts = { drivers: number; teams: number; races: number; sources: number }

/**
 * Words planted in quote texts, and how often. The filler vocabulary, names and contexts never
 * use the letters j, q, x, y, w, h or c, so these words appear exactly where they are planted.
 * Each decoy shares all but the last letter with its term, so typing a term letter by letter
 * changes the result count on the last keystroke: a benchmark can tell the final result apart.
 */
export const SEARCH_TERMS = {
  rare: { term: 'jaxqorv', share: 0.001, decoy: 'jaxqort', decoyShare: 0.01 },
  common: { term: 'quixel', share: 0.3, decoy: 'quixen', decoyShare: 0.05 },
} as const

/**
 * The shapes of corpus, each with its counts and a typical number of quotes:
 * - newsroom: a motorsport desk's archive, drivers on teams, ambitions for races;
 * - speakers: a corpus of quoted people and nothing else (no teams, no races, no ambitions).
 */
export const SHAPES: Readonly<Record<Shape, Readonly<Counts & { quotes: number }>>> = {
  newsroom: { quotes: 50_000, drivers: 1000, teams: 100, races: 50, sources: 40 },
  speakers: { quotes: 2000, drivers: 750, teams: 0, races: 0, sources: 40 },
}

export const DEFAULTS: Readonly<Counts> = SHAPES.newsroom

/** Share of the newsroom's drivers that are on a roster but never quoted nor quoted about. */
export const QUIET_SHARE = 0.02
/** Zipf exponents: how much busier the first-ranked driver (team, ...) is than the next. */
const SKEW = { drivers: 1, teams: 1, races: 1, sources: 0.7 } as const
const FIRST_YEAR = 2015
const YEARS = 10

const TEXT_MIN = 60
const TEXT_MAX = 600
const LONGEST_WORD = 14

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof makeRandom>
/** Draws items by rank; `loud`: the items that can be drawn, busiest first. */
type Zipf<T> = { draw: () => T; loud: readonly T[] }

function makeRandom(seed: number) {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  /** k distinct indices out of 0..n-1 (a partial Fisher-Yates shuffle). */
  const sample = (n: number, k: number): number[] => {
    const indices = Array.from({ length: n }, (_, i) => i)
    const count = Math.min(k, n)
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(next() * (n - i))
      const a = indices[i] ?? 0
      indices[i] = indices[j] ?? 0
      indices[j] = a
    }
    return indices.slice(0, count)
  }
  /**
   * Draws from `items` with Zipf-like weights: the item ranked r (from 1) weighs 1 / r^exponent,
   * and items of weight 0 (`quiet`) are never drawn. Ranks are shuffled once, by this PRNG.
   */
  const zipf = <T>(items: readonly T[], exponent: number, quiet = 0): Zipf<T> => {
    const ranked = sample(items.length, items.length).flatMap((i) => {
      const item = items[i]
      return item === undefined ? [] : [item]
    })
    const loud = ranked.slice(0, ranked.length - quiet)
    const cumulative: number[] = []
    let total = 0
    for (let r = 0; r < loud.length; r++) cumulative.push((total += 1 / (r + 1) ** exponent))
    const draw = (): T => {
      const target = next() * total
      let low = 0
      let high = cumulative.length - 1
      while (low < high) {
        const middle = (low + high) >> 1
        if ((cumulative[middle] ?? 0) > target) high = middle
        else low = middle + 1
      }
      const item = loud[low]
      if (item === undefined) throw new Error('draw from an empty list')
      return item
    }
    return { draw, loud }
  }
  return { next, int, pick, sample, zipf, chance: (p: number) => next() < p }
}

// Syllables without j, q, x, y, w, h or c (see SEARCH_TERMS).
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr']
const MORE_ONSETS = ['gr', 'kl', 'pl', 'pr', 'sk', 'st', 'tr', 'vr', 'zl']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou']
const CODAS = ['', '', '', 'n', 'r', 'l', 'k', 's', 'm', 't', 'nd', 'rk', 'sk']

function syllable(random: Random): string {
  const onset = random.chance(0.8) ? random.pick(ONSETS) : random.pick(MORE_ONSETS)
  return onset + random.pick(VOWELS) + random.pick(CODAS)
}

function makeWord(random: Random, minSyllables: number, maxSyllables: number): string {
  let word = ''
  const count = random.int(minSyllables, maxSyllables)
  for (let i = 0; i < count; i++) word += syllable(random)
  return word.slice(0, LONGEST_WORD)
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The fixed vocabulary: the same for every seed, so every dataset reads alike. */
function makeVocabulary(): string[] {
  const random = makeRandom(0x5eed)
  const words = new Set<string>(['the', 'a', 'to', 'and', 'in', 'of', 'we', 'is', 'it', 'on'])
  while (words.size < 400) words.add(makeWord(random, 1, 3))
  return [...words]
}

const VOCABULARY = makeVocabulary()

type Planted = string[]

const LONGEST_PLANTED = Math.max(
  ...Object.values(SEARCH_TERMS).flatMap(({ term, decoy }) => [term.length, decoy.length]),
)

/** Sentences of made-up words, at least `length` characters long, with `planted` words inside. */
function prose(random: Random, length: number, planted: Planted = []): string {
  const toPlant = [...planted]
  let text = ''
  let sentence = 0
  let sentenceLength = random.int(5, 14)
  while (text.length < length || toPlant.length > 0) {
    const plant = toPlant.length > 0 && (text.length >= length || random.chance(0.15))
    const word = plant ? (toPlant.shift() ?? '') : random.pick(VOCABULARY)
    text += sentence === 0 ? `${text ? ' ' : ''}${capitalize(word)}` : ` ${word}`
    sentence++
    if (sentence >= sentenceLength) {
      text += random.pick(['.', '.', '.', '!', '?'])
      sentence = 0
      sentenceLength = random.int(5, 14)
    }
  }
  return sentence === 0 ? text : `${text}.`
}

/** A text length between TEXT_MIN and TEXT_MAX, short ones more likely. */
function textLength(random: Random): number {
  // prose() overshoots its target by at most one word, a full stop and the planted words.
  const overshoot = LONGEST_WORD + 2 + Object.keys(SEARCH_TERMS).length * 2 * (LONGEST_PLANTED + 1)
  return TEXT_MIN + Math.floor((TEXT_MAX - TEXT_MIN - overshoot) * random.next() ** 1.6)
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function personName(random: Random): string {
  return `${capitalize(makeWord(random, 2, 2))} ${capitalize(makeWord(random, 2, 3))}`
}

const LANGUAGES = ['en', 'nl', 'de', 'fr', 'it', 'es'] as const
const CATEGORIES = [
  'Synthetic Formula',
  'Synthetic Endurance',
  'Synthetic Esports',
  'Synthetic Rally',
]
const ROLES = ['Synthetic race driver', 'Synthetic reserve driver', 'Synthetic sim racer']
const NATIONALITIES = ['Bravonian', 'Kelmari', 'Tuskan', 'Vendoran', 'Zorlish']

const PUBLISHER_KINDS = ['Gazette', 'Racing Post', 'Motor Review', 'Paddock Daily', 'Bulletin']
/** Articles per publisher, about: 40 sources come from 8 publishers. */
const ARTICLES_PER_PUBLISHER = 5

/** `count` articles by a few publishers, each writing in its own language, over ten years. */
function makeSources(random: Random, count: number): Source[] {
  const width = Math.max(2, String(count).length)
  const publishers = Array.from(
    { length: Math.max(1, Math.ceil(count / ARTICLES_PER_PUBLISHER)) },
    (_, p) => ({
      name: `Synthetic ${capitalize(makeWord(random, 2, 2))} ${PUBLISHER_KINDS[p % PUBLISHER_KINDS.length] ?? ''}`,
      language: LANGUAGES[p % LANGUAGES.length] ?? 'en',
    }),
  )
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const publisher = publishers[i % publishers.length] ?? {
      name: 'Synthetic Gazette',
      language: 'en',
    }
    // Spread evenly over the ten years, in order: source 1 is the oldest.
    const year = FIRST_YEAR + Math.floor((i * YEARS) / count)
    const month = pad(random.int(1, 12), 2)
    const source: Source = {
      id: `synthetic-source-${n}`,
      publisher: publisher.name,
      language: publisher.language,
      // The day form for every third, the month form otherwise; day 28 exists in every month.
      published: i % 3 === 1 ? `${year}-${month}-${pad(random.int(1, 28), 2)}` : `${year}-${month}`,
    }
    if (i % 2 === 0) source.title = `Synthetic interview ${n}: ${capitalize(prose(random, 30))}`
    if (i % 3 !== 2) source.url = `https://example.org/synthetic/${n}`
    return source
  })
}

function makeTeams(random: Random, count: number): Team[] {
  const width = Math.max(2, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const team: Team = {
      id: `team-${n}`,
      name: `Team ${capitalize(makeWord(random, 2, 3))} ${n}`,
    }
    if (random.chance(0.8)) team.category = random.pick(CATEGORIES)
    return team
  })
}

function makeRaces(random: Random, count: number): Race[] {
  const width = Math.max(2, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const place = capitalize(makeWord(random, 2, 3))
    const race: Race = { id: `race-${n}`, name: `Synthetic Grand Race of ${place} ${n}` }
    if (random.chance(0.7)) race.shortName = `${place} ${n}`
    if (random.chance(0.3)) race.nickname = `The ${capitalize(makeWord(random, 2, 2))} Classic`
    if (random.chance(0.5)) race.venue = `${capitalize(makeWord(random, 2, 3))} Ring`
    if (random.chance(0.5)) race.description = `Synthetic race. ${prose(random, 80)}`
    return race
  })
}

/** Drivers on 1 or 2 teams each (none when there are no teams); busy teams have many. */
function makeDrivers(
  random: Random,
  count: number,
  teams: readonly Team[],
  shape: Shape,
): Driver[] {
  const width = Math.max(3, String(count).length)
  const teamDraw = teams.length > 0 ? random.zipf(teams, SKEW.teams).draw : undefined
  const noun = shape === 'speakers' ? 'Speaker' : 'Driver'
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const affiliations: Driver['affiliations'] = []
    const wanted = teamDraw ? Math.min(teams.length, random.chance(0.3) ? 2 : 1) : 0
    while (teamDraw && affiliations.length < wanted) {
      const team = teamDraw()
      if (affiliations.some((a) => a.teamId === team.id)) continue
      affiliations.push(
        random.chance(0.7) ? { teamId: team.id, role: random.pick(ROLES) } : { teamId: team.id },
      )
    }
    const driver: Driver = {
      id: `${noun.toLowerCase()}-${n}`,
      name: `${noun} ${personName(random)} ${n}`,
      affiliations,
    }
    if (random.chance(0.6)) driver.nationality = random.pick(NATIONALITIES)
    if (random.chance(0.4))
      driver.description = `Synthetic ${noun.toLowerCase()}. ${prose(random, 100)}`
    return driver
  })
}

/** Which quotes get which planted words: exact shares, spread by the PRNG. */
function plantings(random: Random, quotes: number): Planted[] {
  const planted: Planted[] = Array.from({ length: quotes }, () => [])
  for (const { term, share, decoy, decoyShare } of Object.values(SEARCH_TERMS)) {
    const plant = (word: string, fraction: number) => {
      const count = quotes === 0 ? 0 : Math.max(1, Math.round(quotes * fraction))
      for (const index of random.sample(quotes, count)) planted[index]?.push(word)
    }
    plant(term, share)
    plant(decoy, decoyShare)
  }
  return planted
}

/**
 * The speaker of each quote: every driver but the quiet ones once (as far as the quotes go),
 * the rest drawn by rank, all in shuffled order.
 */
function speakers(random: Random, count: number, zipf: Zipf<Driver>): Driver[] {
  const chosen = zipf.loud.slice(0, count)
  while (chosen.length < count) chosen.push(zipf.draw())
  for (const [i, j] of random.sample(count, count).entries()) {
    const a = chosen[i]
    const b = chosen[j]
    if (a === undefined || b === undefined) continue
    chosen[i] = b
    chosen[j] = a
  }
  return chosen
}

function makeQuotes(
  random: Random,
  count: number,
  context: {
    sources: readonly Source[]
    drivers: readonly Driver[]
    races: readonly Race[]
    /** Whether a few drivers (QUIET_SHARE) are never quoted. */
    quietDrivers: boolean
  },
): Quote[] {
  const { sources, drivers, races } = context
  const quiet = context.quietDrivers ? Math.floor(drivers.length * QUIET_SHARE) : 0
  const driverZipf = random.zipf(drivers, SKEW.drivers, quiet)
  const sourceDraw = random.zipf(sources, SKEW.sources).draw
  const translatable = sources.filter((source) => source.language !== 'en')
  const translatableDraw =
    translatable.length > 0 ? random.zipf(translatable, SKEW.sources).draw : undefined
  const raceDraw = races.length > 0 ? random.zipf(races, SKEW.races).draw : undefined
  const planted = plantings(random, count)
  const speakerOf = speakers(random, count, driverZipf)
  const width = Math.max(6, String(count).length)
  return speakerOf.map((speaker, i) => {
    const translated = translatableDraw !== undefined && random.chance(0.5)
    const source = translatableDraw && translated ? translatableDraw() : sourceDraw()
    const aboutCount = Math.min(
      driverZipf.loud.length - 1,
      random.chance(0.6) ? 0 : random.pick([1, 1, 1, 2]),
    )
    // The busy drivers are talked about the most, too; aboutDriverIds lists only others.
    const about: string[] = []
    for (let tries = 0; about.length < aboutCount && tries < 20; tries++) {
      const id = driverZipf.draw().id
      if (id !== speaker.id && !about.includes(id)) about.push(id)
    }
    const ambitions: Quote['ambitions'] = []
    const wishes = raceDraw ? random.pick([0, 0, 0, 1, 1, 2]) : 0
    for (let w = 0; raceDraw && w < wishes; w++) {
      const driverId = about.length > 0 && random.chance(0.3) ? random.pick(about) : speaker.id
      const raceId = raceDraw().id
      if (!ambitions.some((a) => a.driverId === driverId && a.raceId === raceId)) {
        ambitions.push({ driverId, raceId })
      }
    }
    const quote: Quote = {
      id: `quote-${pad(i + 1, width)}`,
      speakerId: speaker.id,
      text: prose(random, textLength(random), planted[i]),
      language: source.language,
      sourceId: source.id,
      aboutDriverIds: about,
      ambitions,
    }
    if (translated) quote.translations = { en: prose(random, textLength(random)) }
    if (random.chance(0.3)) quote.context = `Synthetic context: ${prose(random, 30)}`
    return quote
  })
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
  const sources = makeSources(random, counts.sources)
  const teams = makeTeams(random, counts.teams)
  const races = makeRaces(random, counts.races)
  const drivers = makeDrivers(random, counts.drivers, teams, shape)
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
      quietDrivers: shape === 'newsroom',
    }),
  }
}

/** The file contents: compact JSON, or indented with `pretty`, ending in a newline. */
export function serializeDataset(dataset: Dataset, pretty = false): string {
  return `${JSON.stringify(dataset, null, pretty ? 2 : undefined)}\n`
}

const COUNT_FLAGS = ['drivers', 'teams', 'races', 'sources'] as const

const USAGE = `Usage: npm run generate -- --out FILE [--quotes N] [--shape S] [--seed S] [options]
       npx tsx scripts/generate-dataset.ts --out FILE [--quotes N] [--shape S] [--seed S] [options]

Writes a valid synthetic dataset. The same options always give the same bytes.
  --shape newsroom   (default) ${describeShape('newsroom')}
  --shape speakers   ${describeShape('speakers')}
  --quotes N         how many quotes (default: the shape's)
  --drivers N, --teams N, --races N, --sources N   other counts than the shape's
  --seed S           the PRNG seed (default 1)
  --pretty           indents the JSON
A few drivers, teams, races and sources are far busier than the rest (Zipf-like).
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
  writeFileSync(file, serializeDataset(dataset, pretty))
  const { quotes, drivers, teams, races, sources } = dataset
  console.log(
    `${out}: ${quotes.length} quotes, ${drivers.length} drivers, ${teams.length} teams, ${races.length} races, ${sources.length} sources (${options.shape ?? 'newsroom'}, seed ${options.seed}); search terms: rare "${SEARCH_TERMS.rare.term}", common "${SEARCH_TERMS.common.term}"`,
  )
  return 0
}

// Run only as a script: the benchmark and the tests import generateDataset().
if (isEntryPoint(import.meta.url)) process.exitCode = main()
