import { useEffect, useLayoutEffect } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type createBrowserRouter } from 'react-router-dom'
import { reloadOnStaleChunk } from './reload-on-stale-chunk'
import { prefetchOnIntent } from './prefetch-on-intent'
import { markTakenOver } from './taken-over'
import { islandsHydrated } from '../components/page/island'

type AppProps = { router: ReturnType<typeof createBrowserRouter>; queryClient: QueryClient }

/** The browser app: one QueryClient and one router for the page's lifetime (see main.tsx). */
export function App({ router, queryClient }: AppProps) {
  // A parent's layout effects run after its children's: this outermost one, once the whole
  // first commit is in the DOM.
  useLayoutEffect(() => {
    markTakenOver()
    islandsHydrated()
  }, [])
  useEffect(
    () =>
      reloadOnStaleChunk(() => {
        const pending = router.state.navigation.location
        return pending ? router.createHref(pending) : undefined
      }),
    [router],
  )
  useEffect(() => prefetchOnIntent(queryClient, router.basename ?? '/'), [queryClient, router])
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
