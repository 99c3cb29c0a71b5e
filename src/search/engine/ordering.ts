import { rememberLast } from '../../lib/remember-last'
import { buildOrders, ordered } from '../result-order'
import { sortOf } from '../search-query'
import { compileSearch, type SearchIndex } from '../search-index'
import type { Sort } from '../../urls/explorer-params'
import type { Tallied } from './tallies'

/** Results in order: their positions in the entries, and the order they are in. */
export type Ordered = { positions: readonly number[]; sort: Sort }

/**
 * Puts results in the order asked for, or the default for their search; kept for the last
 * results and order, so that every page of them is a slice of one list.
 */
export function createOrdering(search: SearchIndex): (tallied: Tallied) => Ordered {
  const { entries, driverById } = search.index
  // Each order made once per dataset: ordering results is then a walk over one list.
  const orders = buildOrders(entries, (id) => driverById.get(id)?.name ?? '')
  const lastOrder = rememberLast<readonly number[]>()
  return ({ filters, key, tally }) => {
    const sort = sortOf(filters.sort, tally.query)
    const positions = lastOrder(`${key} ${sort}`, () =>
      ordered(entries, tally.matched, sort, orders, compileSearch(search, tally.query)),
    )
    return { positions, sort }
  }
}
