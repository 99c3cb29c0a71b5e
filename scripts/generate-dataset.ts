/**
 * Writes a synthetic, valid quote dataset for benchmarks and load tests. Never shipped.
 *
 *   npm run generate -- --quotes 50000 --out /tmp/quotes.json [--seed 1] [--pretty]
 *
 * Deterministic: the same options give a byte-identical file. Every name and word is
 * obviously made up ("Driver Zorvan Tellberg 017", "Velmor Prask Dunavel"), so nobody mistakes
 * the output for real quotes. Search terms with a known frequency are planted in the quote texts
 * (SEARCH_TERMS): a rare one in 0.1% of quotes and a common one in 30%.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset, Driver, Quote, Race, Source, Team } from '../src/data/schema'
import { UsageError, readCommandLine, type ParsedCommandLine } from './lib/command-line'
import { isEntryPoint } from './lib/repo'

export type GenerateOptions = {
  quotes: number
  seed: number
  drivers?: number
  teams?: number
  races?: number
}

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

export const DEFAULTS: Readonly<Required<Omit<GenerateOptions, 'quotes' | 'seed'>>> = {
  drivers: 200,
  teams: 40,
  races: 12,
}

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
  return { next, int, pick, sample, chance: (p: number) => next() < p }
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

function makeSources(random: Random): Source[] {
  return LANGUAGES.map((language, i) => {
    const n = pad(i + 1, 2)
    const source: Source = {
      id: `synthetic-source-${n}`,
      publisher: `Synthetic Gazette ${n}`,
      language,
      published: `20${pad(10 + i, 2)}-${pad(random.int(1, 12), 2)}`,
    }
    if (i % 2 === 0) source.title = `Synthetic interview ${n}: ${capitalize(prose(random, 30))}`
    if (i % 3 !== 2) source.url = `https://example.org/synthetic/${n}`
    if (i === 1) source.published = `2011-02-28` // the day form, too
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

function makeDrivers(random: Random, count: number, teams: readonly Team[]): Driver[] {
  const width = Math.max(3, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const affiliations = random.sample(teams.length, random.chance(0.3) ? 2 : 1).map((t) => {
      const team = teams[t]
      if (!team) throw new Error(`no team ${t}`)
      return random.chance(0.7)
        ? { teamId: team.id, role: random.pick(ROLES) }
        : { teamId: team.id }
    })
    const driver: Driver = {
      id: `driver-${n}`,
      name: `Driver ${personName(random)} ${n}`,
      affiliations,
    }
    if (random.chance(0.6)) driver.nationality = random.pick(NATIONALITIES)
    if (random.chance(0.4)) driver.description = `Synthetic driver. ${prose(random, 100)}`
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

function makeQuotes(
  random: Random,
  count: number,
  context: { sources: readonly Source[]; drivers: readonly Driver[]; races: readonly Race[] },
): Quote[] {
  const { sources, drivers, races } = context
  const translatable = sources.filter((source) => source.language !== 'en')
  const planted = plantings(random, count)
  const width = Math.max(6, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const speaker = random.pick(drivers)
    const translated = translatable.length > 0 && random.chance(0.5)
    const source = translated ? random.pick(translatable) : random.pick(sources)
    const aboutCount = random.chance(0.6) ? 0 : random.pick([1, 1, 1, 2])
    // One extra, in case the speaker is drawn: aboutDriverIds lists only others.
    const about = random
      .sample(drivers.length, aboutCount + 1)
      .map((d) => drivers[d]?.id ?? speaker.id)
      .filter((id) => id !== speaker.id)
      .slice(0, aboutCount)
    const ambitions: Quote['ambitions'] = []
    const wishes = random.pick([0, 0, 0, 1, 1, 2])
    for (let w = 0; w < wishes; w++) {
      const driverId = about.length > 0 && random.chance(0.3) ? random.pick(about) : speaker.id
      const raceId = random.pick(races).id
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

/** A valid synthetic dataset: DEFAULTS.drivers drivers, DEFAULTS.teams teams, and so on. */
export function generateDataset(options: GenerateOptions): Dataset {
  const { quotes, seed } = options
  const counts = {
    drivers: options.drivers ?? DEFAULTS.drivers,
    teams: options.teams ?? DEFAULTS.teams,
    races: options.races ?? DEFAULTS.races,
  }
  if (!Number.isInteger(quotes) || quotes < 0) throw new Error('quotes: a whole number >= 0')
  if (counts.drivers < 1 || counts.teams < 2 || counts.races < 1) {
    throw new Error('need at least 1 driver, 2 teams and 1 race')
  }
  const random = makeRandom(seed)
  const sources = makeSources(random)
  const teams = makeTeams(random, counts.teams)
  const races = makeRaces(random, counts.races)
  const drivers = makeDrivers(random, counts.drivers, teams)
  return {
    schemaVersion: 1,
    sources,
    teams,
    races,
    drivers,
    quotes: makeQuotes(random, quotes, { sources, drivers, races }),
  }
}

/** The file contents: compact JSON, or indented with `pretty`, ending in a newline. */
export function serializeDataset(dataset: Dataset, pretty = false): string {
  return `${JSON.stringify(dataset, null, pretty ? 2 : undefined)}\n`
}

const USAGE = `Usage: npm run generate -- --quotes N --out FILE [--seed S] [--pretty]
       npx tsx scripts/generate-dataset.ts --quotes N --out FILE [--seed S] [--pretty]

Writes a valid synthetic dataset of N quotes (${DEFAULTS.drivers} drivers, ${DEFAULTS.teams} teams, ${DEFAULTS.races} races).
The same N and S (default 1) always give the same bytes; --pretty indents the JSON.
Planted search terms:
  rare:   "${SEARCH_TERMS.rare.term}" in ${SEARCH_TERMS.rare.share * 100}% of quotes
  common: "${SEARCH_TERMS.common.term}" in ${SEARCH_TERMS.common.share * 100}% of quotes`

const OPTIONS = {
  quotes: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  pretty: { type: 'boolean' },
} as const

function toGenerateOptions({ values }: ParsedCommandLine<typeof OPTIONS>) {
  const quotes = Number(values.quotes)
  const seed = Number(values.seed ?? 1)
  const out = values.out
  if (!Number.isInteger(quotes) || quotes < 0 || !Number.isInteger(seed) || !out) {
    throw new UsageError('give --quotes N (>= 0), --seed S and --out FILE')
  }
  return { quotes, seed, out, pretty: values.pretty === true }
}

function main(): number {
  const commandLine = readCommandLine(
    { name: 'generate-dataset', usage: USAGE, options: OPTIONS },
    toGenerateOptions,
  )
  if (!commandLine.ok) return commandLine.exitCode
  const { quotes, seed, out, pretty } = commandLine.options
  const dataset = generateDataset({ quotes, seed })
  const file = path.resolve(out)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, serializeDataset(dataset, pretty))
  console.log(
    `${out}: ${quotes} quotes (seed ${seed}); search terms: rare "${SEARCH_TERMS.rare.term}", common "${SEARCH_TERMS.common.term}"`,
  )
  return 0
}

// Run only as a script: the benchmark and the tests import generateDataset().
if (isEntryPoint(import.meta.url)) process.exitCode = main()
