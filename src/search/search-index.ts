import type { DatasetIndex, QuoteEntry } from '../model/dataset-index'
import {
  keyHas,
  keyHasWhole,
  nameKey,
  needleOf,
  searchKey,
  type SearchQuery,
  type Term,
} from './search-query'

/**
 * What search reads, for a whole dataset. A quote's own words (text, translations, context) are
 * keyed per quote, on first use; the names it shows (speaker and about-drivers, their teams, the
 * drivers and races of its ambitions, its source) are keyed once per record, and a term is looked up in
 * those once per search, not once per quote.
 */
export type SearchIndex = {
  index: DatasetIndex
  drivers: ReadonlyMap<string, string>
  teams: ReadonlyMap<string, string>
  races: ReadonlyMap<string, string>
  sources: ReadonlyMap<string, string>
}

export function buildSearchIndex(index: DatasetIndex): SearchIndex {
  const keys = <T extends { id: string }>(records: readonly T[], names: (r: T) => string[]) =>
    new Map(records.map((record) => [record.id, nameKey(names(record))]))
  return {
    index,
    drivers: keys(index.drivers, (d) => [d.name]),
    teams: keys(index.teams, (t) => [t.name]),
    races: keys(index.races, (r) => [r.name, r.shortName, r.nickname, r.venue].flatMap(defined)),
    sources: keys([...index.sourceById.values()], (s) => [s.publisher, s.title].flatMap(defined)),
  }
}

const defined = (value: string | undefined) => (value === undefined ? [] : [value])

/** The quote's own words as search reads them, made on first use and kept. */
export function textKeyOf(entry: QuoteEntry): string {
  if (entry.textKey === undefined) {
    const { quote } = entry
    // The English translation first (the index is one for every interface language), so a
    // phrase ranks the same whichever matched.
    const translations = Object.entries(quote.translations ?? {})
      .sort(([a], [b]) => Number(b === 'en') - Number(a === 'en'))
      .map(([, text]) => text)
    entry.textKey = searchKey([quote.text, ...translations, quote.context])
  }
  return entry.textKey
}

/** A term made ready for one search: its needle, and the records whose names it matches. */
type CompiledTerm = {
  needle: string
  /** The needle as whole words: a space after it. */
  whole: string
  words: number
  drivers: ReadonlySet<string>
  teams: ReadonlySet<string>
  races: ReadonlySet<string>
  sources: ReadonlySet<string>
  /** Whether any record's name matches: if not, only the quote's own words can. */
  inNames: boolean
}

export type CompiledSearch = {
  include: readonly CompiledTerm[]
  exclude: readonly CompiledTerm[]
  /** The words of the search in the order typed, as one phrase: scattered words rank lower. */
  together?: string
}

export function compileSearch(search: SearchIndex, query: SearchQuery): CompiledSearch {
  const compile = (term: Term): CompiledTerm => {
    const needle = needleOf(term)
    const matching = (keys: ReadonlyMap<string, string>) => {
      const ids = new Set<string>()
      for (const [id, key] of keys) if (keyHas(key, needle)) ids.add(id)
      return ids
    }
    const drivers = matching(search.drivers)
    const teams = matching(search.teams)
    const races = matching(search.races)
    const sources = matching(search.sources)
    const inNames = drivers.size + teams.size + races.size + sources.size > 0
    const whole = `${needle} `
    return { needle, whole, words: term.length, drivers, teams, races, sources, inNames }
  }
  const words = query.include.flat()
  return {
    include: query.include.map(compile),
    exclude: query.exclude.map(compile),
    ...(query.include.length > 1 && { together: needleOf(words) }),
  }
}

const anyIn = (ids: readonly string[], set: ReadonlySet<string>) =>
  set.size > 0 && ids.some((id) => set.has(id))

function inNamesOf(entry: QuoteEntry, term: CompiledTerm): boolean {
  return (
    term.inNames &&
    (anyIn(entry.drivers, term.drivers) ||
      (term.drivers.size > 0 && entry.quote.ambitions.some((a) => term.drivers.has(a.driverId))) ||
      anyIn(entry.teams, term.teams) ||
      anyIn(entry.races, term.races) ||
      term.sources.has(entry.quote.sourceId))
  )
}

function has(entry: QuoteEntry, term: CompiledTerm): boolean {
  return keyHas(textKeyOf(entry), term.needle) || inNamesOf(entry, term)
}

/** Whether the quote matches every term of the search and none it excludes. */
export function matchesSearch(entry: QuoteEntry, search: CompiledSearch): boolean {
  for (const term of search.include) if (!has(entry, term)) return false
  for (const term of search.exclude) if (has(entry, term)) return false
  return true
}

/**
 * What a match earns, for "best match" first. Per term, the best of: the speaker's name; the name
 * of a driver it is about or whose wish it voices, or of a race; the quote's own words, a whole
 * word above the start of one; and last its metadata (its drivers' teams, its source's publisher
 * and title), so that a quote saying "Rain" ranks above one published by the "Rainford Gazette".
 * A phrase counts for each of its words; the words typed, as a phrase in the quote's own words,
 * beat scattered words.
 */
export const POINTS = {
  speaker: 6,
  named: 4,
  ownWhole: 3,
  ownStart: 2,
  metadata: 1,
  together: 8,
} as const

export function relevanceOf(entry: QuoteEntry, search: CompiledSearch): number {
  const text = textKeyOf(entry)
  let score = 0
  for (const term of search.include) {
    let points = 0
    if (term.drivers.has(entry.quote.speakerId)) points = POINTS.speaker
    else if (namedIn(entry, term)) points = POINTS.named
    if (keyHasWhole(text, term.whole)) points = Math.max(points, POINTS.ownWhole)
    else if (keyHas(text, term.needle)) points = Math.max(points, POINTS.ownStart)
    if (points === 0 && inNamesOf(entry, term)) points = POINTS.metadata
    score += points * term.words
  }
  if (search.together && keyHas(text, search.together)) score += POINTS.together
  return score
}

/** Whether the term names a driver the quote is about or voices a wish of, or one of its races. */
function namedIn(entry: QuoteEntry, term: CompiledTerm): boolean {
  return (
    term.inNames &&
    (anyIn(entry.drivers, term.drivers) ||
      (term.drivers.size > 0 && entry.quote.ambitions.some((a) => term.drivers.has(a.driverId))) ||
      anyIn(entry.races, term.races))
  )
}

export type NamedRecord = { kind: 'driver' | 'team' | 'race'; id: string }

/** Drivers, teams and races whose own names match the whole search: pages to go to. */
export function recordsNamed(search: SearchIndex, query: SearchQuery, max: number): NamedRecord[] {
  if (query.include.length === 0) return []
  const include = query.include.map(needleOf)
  const exclude = query.exclude.map(needleOf)
  const named = (key: string) =>
    include.every((needle) => keyHas(key, needle)) && !exclude.some((n) => keyHas(key, n))
  const found: NamedRecord[] = []
  const kinds = [
    ['driver', search.drivers],
    ['race', search.races],
    ['team', search.teams],
  ] as const
  for (const [kind, keys] of kinds) {
    for (const [id, key] of keys) {
      if (found.length >= max) return found
      if (named(key)) found.push({ kind, id })
    }
  }
  return found
}
