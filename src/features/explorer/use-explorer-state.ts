import { useCallback, useMemo } from 'react'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router-dom'
import { buildDatasetIndex, type DatasetIndex } from '../../model/dataset-index'
import { useExplorerClient } from './use-explorer-client'
import { useFocusOnPageChange } from '../../components/lists/use-focus-on-page-change'
import { useViewShown } from '../../components/lists/use-view-shown'
import { searchOutcomeCode } from './results/search-outcome-code'
import type { ExplorePage } from '../../search/explorer-engine'
import type { Quote } from '../../dataset/schema'
import type { NamedRecord } from '../../search/search-index'
import type { Term } from '../../search/search-query'
import {
  isDefaultView,
  pageCount,
  parseExplorerParams,
  parsePage,
  withFilters,
  withoutFilters,
  withPage,
  NO_FILTERS,
  type ExplorerFilters,
  type FilterChanges,
  type Facet,
  type Sort,
  knownIds,
} from '../../urls/explorer-params'

export type ExplorerResults = {
  /** The filters these are the results of (while the engine works, not yet the address's). */
  filters: ExplorerFilters
  /** The quotes on the page shown, and the index their cards read (their sources included). */
  quotes: readonly Quote[]
  index: DatasetIndex
  resultCount: number
  page: number
  pageCount: number
  first: number
  counts: Record<Facet, ReadonlyMap<string, number>>
  totals: Record<Facet, number>
  /** Year -> quotes with every filter but the period applied. */
  years: ReadonlyMap<number, number>
  sort: Sort
  terms: readonly Term[]
  named: readonly NamedRecord[]
  searchAlone: number
  narrowingAlone: number | undefined
  suggestion: string | undefined
}

/**
 * The explorer's state, read from and written to the URL (the URL is the only state): the
 * filters with `update` and `clearAll`, and the page of results they select, with a link to any
 * other page.
 *
 * The first page of all quotes comes with the page; any other view asks the explorer engine
 * (off the main thread: data/explorer-client.ts), which loads the search data when first needed.
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
      ])
      return page
    },
    enabled: !fromPage,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const initial = useMemo(() => firstPageOf(index), [index])
  const fetched = useMemo(
    () => (explored.data ? resultsOf(index, explored.data) : undefined),
    [index, explored.data],
  )
  const results = fromPage ? initial : fetched

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
    /** Undefined until the engine has answered for this address's first view. */
    results,
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

/**
 * The same object while the filters are the same, compared by value: moving to another page of
 * results (or any other param) must not filter 50,000 quotes again. Ids are slugs, so a facet's
 * ids joined with spaces stand for the list.
 */
function useStableFilters(parsed: ExplorerFilters): ExplorerFilters {
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

const NO_FACETS = { driver: [], team: [], ambition: [] }

const idsOf = (joined: string) => (joined === '' ? [] : joined.split(' '))

/** The unfiltered first page: the quotes the page came with, counted from its counts. */
function firstPageOf(index: DatasetIndex): ExplorerResults {
  const { counts } = index
  const total = counts.quotes
  return {
    filters: NO_FILTERS,
    // In the page's order: newest first (page-data.ts).
    quotes: index.quotes,
    index,
    resultCount: total,
    page: 1,
    pageCount: pageCount(total),
    first: 0,
    counts: { driver: counts.byDriver, team: counts.byTeam, ambition: counts.byRace },
    totals: { driver: total, team: total, ambition: total },
    years: counts.byYear,
    sort: 'newest',
    terms: [],
    named: [],
    searchAlone: total,
    narrowingAlone: total,
    suggestion: undefined,
  }
}

/** The engine's answer, with an index for its quotes' cards. */
function resultsOf(index: DatasetIndex, found: ExplorePage): ExplorerResults {
  const resultsIndex = buildDatasetIndex(
    {
      schemaVersion: 1,
      drivers: [...index.drivers],
      teams: [...index.teams],
      races: [...index.races],
      sources: found.sources,
      quotes: found.quotes,
    },
    index.counts,
  )
  return {
    filters: found.filters,
    quotes: found.quotes,
    index: resultsIndex,
    resultCount: found.resultCount,
    page: found.page,
    pageCount: found.pageCount,
    first: found.first,
    counts: {
      driver: new Map(found.counts.driver),
      team: new Map(found.counts.team),
      ambition: new Map(found.counts.ambition),
    },
    totals: found.totals,
    years: new Map(found.years),
    sort: found.sort,
    terms: found.terms,
    named: found.named,
    searchAlone: found.searchAlone,
    narrowingAlone: found.narrowingAlone,
    suggestion: found.suggestion,
  }
}
