import { rememberLast } from '../../lib/remember-last'
import { explore, type Tally } from '../explore'
import type { SearchIndex } from '../search-index'
import {
  filtersKey,
  parseExplorerParams,
  type ExplorerFilters,
  type KnownIds,
} from '../../urls/explorer-params'
import { paramsOf } from './filters-params'
import { createSearchReuse } from './search-reuse'

/** Filters as the engine applies them, the key of their results, and explore()'s tally of them. */
export type Tallied = { filters: ExplorerFilters; key: string; tally: Tally }

/**
 * The tally of the filters asked for, counted again only when they change: another page or
 * another order of the same results is no new search.
 */
export function createTallies(
  search: SearchIndex,
  known: KnownIds,
): (asked: ExplorerFilters) => Tallied {
  const lastTally = rememberLast<Tally>()
  const searches = createSearchReuse()
  return (asked) => {
    // Read as the URL is read, so a page and the engine agree on what a filter means.
    const filters = parseExplorerParams(paramsOf(asked), known)
    // The order is not a filter: another sort reorders the same results.
    const key = filtersKey({ ...filters, sort: null })
    const tally = lastTally(key, () => {
      const counted = explore(search, filters, searches.amongFor(filters.q))
      searches.remember(filters.q, counted)
      return counted
    })
    return { filters, key, tally }
  }
}
