import { useMemo } from 'react'
import type { ExplorerFilters } from '../../urls/explorer-params'

/**
 * The same object while the filters are the same, compared by value: moving to another page of
 * results (or any other param) must not filter 50,000 quotes again. Ids are slugs, so a facet's
 * ids joined with spaces stand for the list.
 */
export function useStableFilters(parsed: ExplorerFilters): ExplorerFilters {
  const driver = parsed.driver.join(' ')
  const team = parsed.team.join(' ')
  const ambition = parsed.ambition.join(' ')
  const { q, from, to, sort } = parsed
  return useMemo(
    () => ({
      driver: idsOf(driver),
      team: idsOf(team),
      ambition: idsOf(ambition),
      q,
      from,
      to,
      sort,
    }),
    [driver, team, ambition, q, from, to, sort],
  )
}

const idsOf = (joined: string) => (joined === '' ? [] : joined.split(' '))
