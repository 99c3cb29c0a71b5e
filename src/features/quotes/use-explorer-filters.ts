import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { DatasetIndex } from '../../data/dataset-index'
import {
  parseExplorerParams,
  withFilters,
  withoutFilters,
  type ExplorerFilters,
} from '../../data/explorer-filters'

/** The explorer's filters, read from and written to the URL: the URL is the only state. */
export function useExplorerFilters(index: DatasetIndex) {
  const [params, setParams] = useSearchParams()
  const parsed = parseExplorerParams(params, index)
  // The same object while the filters are the same: moving to another page of results (or
  // any other param) must not filter 50,000 quotes again.
  const { driver, team, ambition, q } = parsed
  const filters = useMemo(() => ({ driver, team, ambition, q }), [driver, team, ambition, q])

  const update = useCallback(
    (changes: Partial<ExplorerFilters>, options?: { replace?: boolean }) =>
      setParams((prev) => withFilters(prev, changes), options),
    [setParams],
  )
  const clearAll = useCallback(() => setParams((prev) => withoutFilters(prev)), [setParams])

  return { filters, update, clearAll }
}
