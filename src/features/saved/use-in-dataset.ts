import { queryOptions, useQueries } from '@tanstack/react-query'
import { quoteFileOf, quotePageIds } from '../../page-data/quote-pages'
import { siteFileUrl } from '../../page-data/fetch-page-data'

/** The quote pages' file `file` (quote-pages.ts): the ids it holds. Fixed for a build. */
export function quoteFileIdsOptions(file: number) {
  return queryOptions({
    queryKey: ['quote-file-ids', file] as const,
    queryFn: ({ signal }) => quotePageIds(file, siteFileUrl, signal),
    staleTime: Infinity,
    retry: false,
  })
}

/**
 * Which of the quotes the site's dataset no longer has: a quote whose page's file does not name
 * it. Unknown (offline, say, for a file not kept on this device) counts as still there.
 */
export function useGoneQuotes(ids: readonly string[]): ReadonlySet<string> {
  const files = [...new Set(ids.map(quoteFileOf))]
  return useQueries({
    queries: files.map(quoteFileIdsOptions),
    combine: (results) => {
      const gone = new Set<string>()
      for (const id of ids) {
        const held = results[files.indexOf(quoteFileOf(id))]?.data
        if (held && !held.has(id)) gone.add(id)
      }
      return gone
    },
  })
}
