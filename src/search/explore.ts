import type { DatasetIndex, QuoteEntry } from '../model/dataset-index'
import type { Quote } from '../dataset/schema'
import { buildSearchIndex, compileSearch, matchesSearch, type SearchIndex } from './search-index'
import type { ExplorerFilters, Facet } from '../urls/explorer-params'
import { parseSearch, type SearchQuery } from './search-query'

/**
 * What one pass of explore() finds: which quotes match and what each option and year would give.
 * Working data, not what the explorer shows: the engine makes its result (explorer-result.ts) of it.
 */
export type Tally = {
  /** Indexes in `entries` of the quotes that match, in dataset order. */
  matched: readonly number[]
  /** For each facet: option id -> quotes it matches with the other facets and the search applied. */
  counts: Record<Facet, ReadonlyMap<string, number>>
  /** For each facet: quotes with the other filters applied and this one cleared. */
  totals: Record<Facet, number>
  /** Year -> quotes with every filter but the period applied. */
  years: ReadonlyMap<number, number>
  /**
   * Indexes in `entries` of the quotes the search finds on its own, in dataset order; undefined
   * without a search. A search that narrows this one need only look among them.
   */
  searched: readonly number[] | undefined
  /** Quotes the search finds on its own. */
  searchAlone: number
  /** Only when nothing matches: the quotes the facets and the period give on their own. */
  narrowingAlone?: number
  query: SearchQuery
}

/**
 * Filters the quotes and counts every facet option and year, in one pass over the dataset. Within
 * a facet any chosen id will do (OR); across facets, the search and the period, all must hold
 * (AND). An option's count ignores its own facet's choice: how many quotes it matches under the
 * other filters.
 */
export function explore(
  search: SearchIndex,
  filters: ExplorerFilters,
  /** The quotes a broader search found (its `searched`): none outside them can match. */
  among?: readonly number[],
): Tally {
  const query = parseSearch(filters.q)
  const compiled = compileSearch(search, query)
  const searching = filters.q.trim() !== ''
  // Typed text with no letter or digit in it ("%", "😀") has nothing to search for: nothing found.
  const wordless = query.include.length + query.exclude.length === 0
  const matched: number[] = []
  const counts = {
    driver: new Map<string, number>(),
    team: new Map<string, number>(),
    ambition: new Map<string, number>(),
  }
  const years = new Map<number, number>()
  const totals = { driver: 0, team: 0, ambition: 0 }
  const searched: number[] = []
  const drivers = chosen(filters.driver)
  const teams = chosen(filters.team)
  const races = chosen(filters.ambition)
  const { from, to } = filters
  const entries = search.index.entries

  const inPeriod = (entry: QuoteEntry) =>
    (from === null || entry.year >= from) && (to === null || entry.year <= to)
  const count = among?.length ?? entries.length

  for (let k = 0; k < count; k++) {
    const i = among ? (among[k] ?? 0) : k
    const entry = entries[i]
    if (!entry) continue
    if (searching) {
      if (wordless || !matchesSearch(entry, compiled)) continue
      searched.push(i)
    }
    const byDriver = matchesAny(entry.drivers, drivers)
    const byTeam = matchesAny(entry.teams, teams)
    const byRace = matchesAny(entry.races, races)
    const byFacets = byDriver && byTeam && byRace
    if (byFacets) years.set(entry.year, (years.get(entry.year) ?? 0) + 1)
    if (!inPeriod(entry)) continue
    if (byTeam && byRace) {
      totals.driver++
      tally(counts.driver, entry.drivers)
    }
    if (byDriver && byRace) {
      totals.team++
      tally(counts.team, entry.teams)
    }
    if (byDriver && byTeam) {
      totals.ambition++
      tally(counts.ambition, entry.races)
    }
    if (byFacets) matched.push(i)
  }
  const found = {
    matched,
    counts,
    totals,
    years,
    searched: searching ? searched : undefined,
    searchAlone: searching ? searched.length : entries.length,
    query,
  }
  if (matched.length > 0) return found
  // Nothing found: what the facets and the period give alone says whether they are to blame.
  let narrowingAlone = 0
  for (const entry of entries) {
    const byFacets =
      matchesAny(entry.drivers, drivers) &&
      matchesAny(entry.teams, teams) &&
      matchesAny(entry.races, races)
    if (byFacets && inPeriod(entry)) narrowingAlone++
  }
  return { ...found, narrowingAlone }
}

/** The chosen ids of a facet, or undefined when it filters nothing. */
function chosen(ids: readonly string[]): ReadonlySet<string> | undefined {
  return ids.length > 0 ? new Set(ids) : undefined
}

function matchesAny(ids: readonly string[], wanted: ReadonlySet<string> | undefined): boolean {
  return wanted === undefined || ids.some((id) => wanted.has(id))
}

function tally(counts: Map<string, number>, ids: QuoteEntry['drivers']) {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
}

/** The quotes at some positions of the index's entries (explore()'s `matched`), in that order. */
export function quotesAt(index: DatasetIndex, positions: readonly number[]): Quote[] {
  return positions.flatMap((i) => index.entries[i]?.quote ?? [])
}

/** explore() over a dataset's index, with its results as quotes in dataset order (scripts, tests). */
export function exploreIndex(index: DatasetIndex, filters: ExplorerFilters) {
  const tally = explore(buildSearchIndex(index), filters)
  return { ...tally, results: quotesAt(index, tally.matched) }
}
