import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router-dom'
import { knownIds, type DatasetIndex } from '../../data/dataset-index'
import { explore } from '../../data/explore'
import {
  PAGE_SIZE,
  pageCount,
  parseExplorerParams,
  parsePage,
  withFilters,
  withoutFilters,
  withPage,
  type ExplorerFilters,
} from '../../lib/explorer-params'

/**
 * The explorer's state, read from and written to the URL (the URL is the only state): the
 * filters with `update` and `clearAll`, what they select, and the page of results shown, with
 * a link to any other page.
 */
export function useExplorerState(index: DatasetIndex) {
  const [params, setParams] = useSearchParams()
  const { driver, team, ambition, q } = parseExplorerParams(params, knownIds(index))
  // The same object while the filters are the same: moving to another page of results (or
  // any other param) must not filter 50,000 quotes again.
  const filters = useMemo(() => ({ driver, team, ambition, q }), [driver, team, ambition, q])
  // Typing stays responsive on big datasets: the list catches up a frame later.
  const deferred = useDeferredValue(filters)
  const exploration = useMemo(() => explore(index, deferred), [index, deferred])

  const update = useCallback(
    (changes: Partial<ExplorerFilters>, options?: { replace?: boolean }) =>
      setParams((prev) => withFilters(prev, changes), options),
    [setParams],
  )
  const clearAll = useCallback(() => setParams((prev) => withoutFilters(prev)), [setParams])

  const resultCount = exploration.results.length
  const page = parsePage(params, resultCount)
  const first = (page - 1) * PAGE_SIZE
  const pageResults = useMemo(
    () => exploration.results.slice(first, first + PAGE_SIZE),
    [exploration, first],
  )
  const hrefOfPage = (n: number) => ({ search: `?${withPage(params, n).toString()}` })
  const resultsHeading = useFocusOnPageChange(page, withPage(params, 1).toString())

  return {
    filters,
    update,
    clearAll,
    exploration,
    page: { number: page, count: pageCount(resultCount), first, results: pageResults },
    hrefOfPage,
    resultsHeading,
  }
}

/**
 * A heading that takes focus when the reader moves to another page of results, so they start at
 * its top. A change of filters also goes back to page 1, but focus then stays in the control.
 */
function useFocusOnPageChange(page: number, filtersKey: string) {
  const heading = useRef<HTMLHeadingElement>(null)
  const previous = useRef({ page, filtersKey })
  useLayoutEffect(() => {
    const before = previous.current
    previous.current = { page, filtersKey }
    if (before.page !== page && before.filtersKey === filtersKey) heading.current?.focus()
  }, [page, filtersKey])
  return heading
}
