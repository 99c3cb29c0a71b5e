import { withFilters, type FilterChanges } from './explorer-params'

/** Every in-app address, built in one place. Ids are slugs, but are encoded all the same. */
const segment = (id: string) => encodeURIComponent(id)

export const paths = {
  explorer: (filters: FilterChanges = {}) => {
    const query = withFilters(new URLSearchParams(), filters).toString()
    return query ? `/?${query}` : '/'
  },
  drivers: () => '/drivers',
  driver: (id: string) => `/drivers/${segment(id)}`,
  races: () => '/races',
  race: (id: string) => `/races/${segment(id)}`,
  teams: () => '/teams',
  team: (id: string) => `/teams/${segment(id)}`,
  quote: (id: string) => `/quotes/${segment(id)}`,
}
