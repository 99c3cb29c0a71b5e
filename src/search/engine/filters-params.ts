import { withFilters, type ExplorerFilters } from '../../urls/explorer-params'

/**
 * The filters as the explorer's URL writes them (withFilters), the search first and always there,
 * even empty: the engine reads them back as a page reads its URL, and a download names the
 * filters it applied, in this order, in its file name and JSON.
 */
export function paramsOf(filters: ExplorerFilters): URLSearchParams {
  const { q, driver, team, ambition, from, to, sort } = filters
  return withFilters(new URLSearchParams({ q }), { driver, team, ambition, from, to, sort })
}
