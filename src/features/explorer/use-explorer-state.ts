import { loadIslands } from '../../components/page/island'
import { useCallback, useMemo } from 'react'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router-dom'
import type { DatasetIndex } from '../../model/dataset-index'
import { useExplorerClient } from './use-explorer-client'
import { useFocusOnPageChange } from '../../components/lists/use-focus-on-page-change'
import { useViewShown } from '../../components/lists/use-view-shown'
import { searchOutcomeCode } from './results/search-outcome-code'
import { firstShownResult, shownResultOf } from './shown-result'
import { useStableFilters } from './use-stable-filters'
import {
  isDefaultView,
  knownIds,
  parseExplorerParams,
  parsePage,
  withFilters,
  withoutFilters,
  withPage,
  NO_FILTERS,
  type FilterChanges,
} from '../../urls/explorer-params'

/**
 * The explorer's state, read from and written to the URL (the URL is the only state): the
 * filters with `update` and `clearAll`, and the page of results they select, with a link to any
 * other page.
 *
 * The first page of all quotes comes with the page; any other view asks the explorer engine
 * (off the main thread: search/worker/explorer-client.ts), which loads the search data when first needed.
 * While the browser takes over a prerendered page, the state is the one the HTML was rendered
 * with (all quotes, page 1); the address's own view follows right after.
 */
export function useExplorerState(index: DatasetIndex) {
  const [params, setParams] = useSearchParams()
  const hydrated = useViewShown()
  const filters = useStableFilters(
    hydrated ? parseExplorerParams(params, knownIds(index)) : NO_FILTERS,
  )
  const requestedPage = hydrated ? parsePage(params, Number.MAX_SAFE_INTEGER) : 1
  const fromPage = isDefaultView(filters) && requestedPage === 1
  const client = useExplorerClient()
  const queryClient = useQueryClient()

  const explored = useQuery({
    queryKey: ['explore', filters, requestedPage],
    // With the code that shows what only an answer can have (named pages, why nothing matched).
    queryFn: async () => {
      const [page] = await Promise.all([
        client.explore(filters, requestedPage),
        searchOutcomeCode.load(),
        // A new view renders whole: new cards with their actions (island.tsx).
        loadIslands(),
      ])
      return page
    },
    enabled: !fromPage,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const initial = useMemo(() => firstShownResult(index), [index])
  const fetched = useMemo(
    () => (explored.data ? shownResultOf(index, explored.data) : undefined),
    [index, explored.data],
  )
  const shown = fromPage ? initial : fetched

  const update = useCallback(
    (changes: FilterChanges, options?: { replace?: boolean }) =>
      setParams((prev) => withFilters(prev, changes), options),
    [setParams],
  )
  const clearAll = useCallback(() => setParams((prev) => withoutFilters(prev)), [setParams])
  const clearSearch = useCallback(
    () => setParams((prev) => withFilters(prev, { q: '' })),
    [setParams],
  )
  const clearNarrowing = useCallback(
    () => setParams((prev) => withFilters(prev, { ...NO_FACETS, from: null, to: null })),
    [setParams],
  )
  // While taking over, the links are the prerendered ones: the view's, not the address's.
  const hrefOfPage = (n: number) => ({
    search: `?${withPage(hydrated ? params : new URLSearchParams(), n).toString()}`,
  })
  // The page asked for, not the one shown: the engine's answer comes later, and must not count
  // as a move. Not until the browser has taken over: that is no move either.
  const resultsHeading = useFocusOnPageChange(
    hydrated ? requestedPage : undefined,
    withPage(params, 1).toString(),
  )

  return {
    filters,
    update,
    clearAll,
    clearSearch,
    clearNarrowing,
    /** The result shown; undefined until the engine has answered for this address's first view. */
    shown,
    /** The results shown are for an earlier state while the engine works on this one. */
    stale: !fromPage && (explored.isPlaceholderData || explored.isFetching),
    error: fromPage ? null : explored.error,
    // The results and, if it failed with them, the matrix: both ask the same engine.
    retry: () => void queryClient.refetchQueries({ queryKey: ['explore'], type: 'active' }),
    // The engine, and the code its first answer waits for: a first filter waits on neither.
    warm: () => {
      client.warm()
      void searchOutcomeCode.load()
    },
    hrefOfPage,
    resultsHeading,
  }
}

const NO_FACETS = { driver: [], team: [], ambition: [] }
