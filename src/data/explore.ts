import type { DatasetIndex, QuoteEntry } from './dataset-index'
import { searchTextOf } from './search-text'
import type { ExplorerFilters, Facet } from '../lib/explorer-params'
import type { Quote } from './schema'
import { matchesAllTerms, searchTerms } from '../lib/search-terms'

export type Exploration = {
  results: readonly Quote[]
  /** For each facet: option id -> quotes it would give with the other filters applied. */
  counts: Record<Facet, ReadonlyMap<string, number>>
  /** For each facet: quotes with the other filters applied and this one cleared. */
  totals: Record<Facet, number>
  terms: readonly string[]
}

/** Filters the quotes and counts every facet option, in one pass over the dataset. */
export function explore(index: DatasetIndex, filters: ExplorerFilters): Exploration {
  const terms = searchTerms(filters.q)
  const results: Quote[] = []
  const counts = {
    driver: new Map<string, number>(),
    team: new Map<string, number>(),
    ambition: new Map<string, number>(),
  }
  const totals = { driver: 0, team: 0, ambition: 0 }

  for (const entry of index.entries) {
    if (terms.length > 0 && !matchesAllTerms(searchTextOf(entry), terms)) continue
    const byDriver = !filters.driver || entry.drivers.includes(filters.driver)
    const byTeam = !filters.team || entry.teams.includes(filters.team)
    const byRace = !filters.ambition || entry.races.includes(filters.ambition)
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

function tally(counts: Map<string, number>, ids: QuoteEntry['drivers']) {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
}
