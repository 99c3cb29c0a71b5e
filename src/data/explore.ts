import type { DatasetIndex, QuoteEntry } from './dataset-index'
import { searchTextOf } from './search-text'
import type { ExplorerFilters, Facet } from '../lib/explorer-params'
import type { Quote } from './schema'
import { matchesAllTerms, searchTerms } from '../lib/search-terms'

export type Exploration = {
  results: readonly Quote[]
  /** For each facet: option id -> quotes it matches with the other facets and the search applied. */
  counts: Record<Facet, ReadonlyMap<string, number>>
  /** For each facet: quotes with the other filters applied and this one cleared. */
  totals: Record<Facet, number>
  terms: readonly string[]
}

/**
 * Filters the quotes and counts every facet option, in one pass over the dataset. Within a facet
 * any chosen id will do (OR); across facets and the search, all must hold (AND). An option's count
 * ignores its own facet's choice: how many quotes it matches under the other filters.
 */
export function explore(index: DatasetIndex, filters: ExplorerFilters): Exploration {
  const terms = searchTerms(filters.q)
  const results: Quote[] = []
  const counts = {
    driver: new Map<string, number>(),
    team: new Map<string, number>(),
    ambition: new Map<string, number>(),
  }
  const totals = { driver: 0, team: 0, ambition: 0 }
  const drivers = chosen(filters.driver)
  const teams = chosen(filters.team)
  const races = chosen(filters.ambition)

  for (const entry of index.entries) {
    if (terms.length > 0 && !matchesAllTerms(searchTextOf(entry), terms)) continue
    const byDriver = matchesAny(entry.drivers, drivers)
    const byTeam = matchesAny(entry.teams, teams)
    const byRace = matchesAny(entry.races, races)
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
    if (byDriver && byTeam && byRace) results.push(entry.quote)
  }
  return { results, counts, totals, terms }
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
