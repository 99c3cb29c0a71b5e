import { queryOptions } from '@tanstack/react-query'
import { fetchPageData } from '../page-data/fetch-page-data'

export const pageDataKeys = {
  all: ['page-data'] as const,
  page: (key: string) => [...pageDataKeys.all, key] as const,
}

/** One page's compiled data: fetched once per page load, never stale (a build replaces it). */
export function pageDataQueryOptions(key: string) {
  return queryOptions({
    queryKey: pageDataKeys.page(key),
    queryFn: ({ signal }) => fetchPageData(key, signal),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  })
}
