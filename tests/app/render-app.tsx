import { render } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { routes } from '../../src/app/routes'
import { server } from './msw-server'
import { shippedDataset } from './shipped-dataset'

export const DATA_URL = 'http://localhost:3000/data/quotes.json'

/** Serves a dataset (the shipped one by default) at the app's data address. */
export function serveDataset(dataset: JsonBodyType = shippedDataset()) {
  server.use(http.get(DATA_URL, () => HttpResponse.json(dataset)))
}

/** Renders the real routes at a URL, with a memory router and a fresh QueryClient. */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
