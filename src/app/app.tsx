import { useEffect, useState } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider, createBrowserRouter } from 'react-router-dom'
import { createQueryClient } from './query-client'
import { routes } from './routes'
import { reloadOnStaleChunk } from './reload-on-stale-chunk'

/** The browser app: one QueryClient and one router for the page's lifetime. */
export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() =>
    createBrowserRouter(routes, {
      // With its trailing slash, so the explorer's address under /x/ is /x/, not /x.
      basename: import.meta.env.BASE_URL,
    }),
  )
  useEffect(
    () =>
      reloadOnStaleChunk(() => {
        const pending = router.state.navigation.location
        return pending ? router.createHref(pending) : undefined
      }),
    [router],
  )
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
