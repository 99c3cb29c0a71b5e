import type { QueryClient } from '@tanstack/react-query'
import { pageDataKey } from '../page-data/page-data'
import { pageDataQueryOptions } from './page-queries'
import { appPath } from '../urls/app-path'

/**
 * Starts fetching a page's data when the reader shows an intent to open it (a pointer resting on
 * its link, or keyboard focus on it), so the move itself rarely waits for the network. A page's
 * data is a few kilobytes: fetching it for a link never followed costs little.
 */
export function prefetchOnIntent(queryClient: QueryClient, basename: string): () => void {
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return
    const key = pageDataKey(appPath(link.href, basename))
    if (key !== undefined) void queryClient.prefetchQuery(pageDataQueryOptions(key))
  }
  document.addEventListener('pointerover', onIntent, { passive: true })
  document.addEventListener('focusin', onIntent)
  return () => {
    document.removeEventListener('pointerover', onIntent)
    document.removeEventListener('focusin', onIntent)
  }
}
