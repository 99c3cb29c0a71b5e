import { withFilters, type FilterChanges } from './explorer-params'
import { pathOf, type PageType } from './url-table'

/**
 * Every in-app address, built in one place: one builder per page type of the address table
 * (url-table.ts), which encodes ids (slugs, but encoded all the same).
 */
export const paths = {
  explorer: (filters: FilterChanges = {}) => {
    const query = withFilters(new URLSearchParams(), filters).toString()
    return query ? `${pathOf('explorer')}?${query}` : pathOf('explorer')
  },
  drivers: () => pathOf('drivers'),
  driver: (id: string) => pathOf('driver', id),
  races: () => pathOf('races'),
  race: (id: string) => pathOf('race', id),
  teams: () => pathOf('teams'),
  team: (id: string) => pathOf('team', id),
  quote: (id: string) => pathOf('quote', id),
  saved: () => pathOf('saved'),
} satisfies Record<PageType, (...args: never[]) => string>
