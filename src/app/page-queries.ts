import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { fetchPageData } from '../page-data/fetch-page-data'
import type { PageData } from '../page-data/page-data'

/**
 * Where a route's loader gets its page's data (routes.tsx): in the browser `browserPageData`
 * below, while the build prerenders the page's compiled data (render-page.tsx). Null: the
 * dataset has no such record.
 */
export type PageDataLoader = (key: string, signal: AbortSignal) => Promise<PageData | null>

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

/** The browser's loader: each page's data fetched once, through the query cache. */
export function browserPageData(queryClient: QueryClient): PageDataLoader {
  return (key) => queryClient.ensureQueryData(pageDataQueryOptions(key))
}
