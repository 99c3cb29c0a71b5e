import { expect } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { http, HttpResponse } from 'msw'
import { createQueryClient } from '../../src/app/query-client'
import { createRoutes } from '../../src/app/routes'
import { createExplorerClient } from '../../src/search/worker/create-explorer-client'
import type { IndexSource } from '../../src/search/worker/explorer-protocol'
import { ExplorerClientContext } from '../../src/features/explorer/use-explorer-client'
import { pageDataQueryOptions } from '../../src/app/page-queries'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileSite } from '../../src/page-data/compile-site'
import { pageDataKey } from '../../src/page-data/page-data'
import { quoteFilesOf } from '../../src/page-data/quote-files'
import { compileIndex } from '../../src/search/index-build/compile-index'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { server } from './msw-server'
import { readShippedJson } from './shipped-dataset'
import { LOAD_TIMEOUT, searchParamsOf } from './page-helpers'
import { core } from '../../src/i18n/en/core'

/** Where the explorer's engine fetches the dataset under jsdom's address (localhost:3000). */
export const DATA_URL = 'http://localhost:3000/data/quotes.json'
/** Where each page fetches its own data: data/pages/<page>.json. */
export const PAGE_DATA_URL = 'http://localhost:3000/data/pages/*'

/** The explorer index's folder the tests serve, and where. */
const INDEX_FOLDER = 'test0index00'
const INDEX_PATH = `/data/explorer/${INDEX_FOLDER}/`
const INDEX_URL = `http://localhost:3000${INDEX_PATH}`

/** The explorer's status while its engine works on the address's first view. */
const RESULTS_LOADING = 'Loading the quotes…'

export type Respond = () => Response | Promise<Response>

/**
 * What the data addresses answer: a dataset (the shipped file by default) as the build serves it,
 * its file's own text as data/quotes.json if given, or any response.
 */
export type Served =
  | { dataset?: unknown; datasetText?: string; respond?: never }
  | { respond: Respond; dataset?: never; datasetText?: never }

/** A response whose body is exactly `body`, typed as JSON: what a static host sends. */
export function jsonText(body: string): Response {
  return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
}

/**
 * Serves a dataset (the shipped file by default) as the build would: each page's compiled data
 * at data/pages/<page>.json (a 404 for a page the dataset has not), and the file itself at
 * data/quotes.json for the explorer's engine: `datasetText`, the file's own text, which the build
 * ships as given, or else the dataset as JSON. The dataset must be valid: the build stops on any
 * other (tests/unit/site-build.test.ts), and so does this.
 */
export function serveDataset(
  dataset: unknown = readShippedJson(),
  datasetText = JSON.stringify(dataset) ?? '',
) {
  // As the build: it compiles the pages from the validated dataset, and stops on any problem.
  const result = validateDataset(dataset)
  if (!result.ok) throw new Error(`Not a dataset the build takes:\n${result.problems.join('\n')}`)
  const pages = new Map<string, unknown>()
  const index = buildDatasetIndex(result.dataset)
  const compiled = compileSite(index, INDEX_FOLDER)
  for (const page of compiled) {
    const key = pageDataKey(page.path)
    if (key !== undefined && !page.data.quoteAt) pages.set(key, page.data)
  }
  for (const [key, file] of quoteFilesOf(compiled)) pages.set(key, file)
  // The explorer's index, for the quote pages' records: compiled when first asked for.
  let indexFiles: Map<string, string> | undefined
  server.use(
    http.get(PAGE_DATA_URL, ({ request }) => {
      const key = /\/data\/pages\/(.+)\.json$/.exec(new URL(request.url).pathname)?.[1]
      const data = key === undefined ? undefined : pages.get(key)
      return data ? jsonText(JSON.stringify(data)) : new HttpResponse('Not found', { status: 404 })
    }),
    http.get(`${INDEX_URL}*`, ({ request }) => {
      indexFiles ??= compileIndex(index)
      const text = indexFiles.get(new URL(request.url).pathname.slice(INDEX_PATH.length))
      return text ? jsonText(text) : new HttpResponse('Not found', { status: 404 })
    }),
    http.get(DATA_URL, () => jsonText(datasetText)),
  )
}

/** Answers every data address with any response: an error, an HTML page, a broken body. */
export function serveResponse(respond: Respond) {
  server.use(
    http.get(PAGE_DATA_URL, respond),
    http.get(`${INDEX_URL}*`, respond),
    http.get(DATA_URL, respond),
  )
}

/** The app's routes, their data fetched through `queryClient` as in the browser. */
export function appRoutes(queryClient = createQueryClient(), basename = '/') {
  return createRoutes((key) => queryClient.ensureQueryData(pageDataQueryOptions(key)), basename)
}

/**
 * Renders the real routes at a URL, with a memory router and the app's own QueryClient; its
 * explorer reads the build's index too if given one (served-index.ts).
 */
export function renderApp(url = '/', index?: IndexSource, basename = '/') {
  const queryClient = createQueryClient()
  const router = createMemoryRouter(appRoutes(queryClient, basename), {
    initialEntries: [url],
    basename,
  })
  // A fresh explorer engine per render: each test serves its own dataset.
  const explorer = createExplorerClient({ dataset: DATA_URL, ...(index && { index }) })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ExplorerClientContext value={explorer}>
        <RouterProvider router={router} />
      </ExplorerClientContext>
    </QueryClientProvider>,
  )
  /** The current address's search params as an object, order aside. */
  const params = () => searchParamsOf(router.state.location.search)
  return { ...view, router, queryClient, params }
}

/** Serves the data and renders the app at `url`, without waiting: the loading state is on. */
export function startApp(url = '/', served: Served = {}, index?: IndexSource, basename = '/') {
  if (served.respond) serveResponse(served.respond)
  else serveDataset(served.dataset, served.datasetText)
  // Before the render, as user-event asks.
  const user = userEvent.setup()
  return { user, ...renderApp(url, index, basename) }
}

type OpenOptions = Served & {
  /** The build's index of the dataset, served (served-index.ts): the explorer reads it. */
  index?: IndexSource
  /** The name the page's h1 must have. */
  heading?: string | RegExp
  /** How long the page may take, for data far larger than the shipped file; LOAD_TIMEOUT if not. */
  timeout?: number
  /** The router's basename: `/nl/` for a Dutch page (with setLanguage('nl', nl) before). */
  basename?: string
}

/**
 * Opens the app at `url` and waits, with the load timeout, until it is ready: the page's own h1
 * is on screen (no longer the placeholder's) and no alert is. With `heading`, the h1 must have
 * that name. Fails, leaving no page behind, if the page never comes or comes with an alert.
 */
export async function openApp(
  url = '/',
  { heading: name, timeout = LOAD_TIMEOUT.timeout, index, basename, ...served }: OpenOptions = {},
) {
  const view = startApp(url, served, index, basename)
  try {
    const heading = await screen.findByRole(
      'heading',
      // Not the loading placeholder's own h1 (in the page's language): on screen until the data
      // and the page's code are in.
      { level: 1, name: (text) => text !== core.loadingQuotes },
      { timeout },
    )
    // The explorer's results for a filtered address come from its engine, a moment later.
    await waitFor(() => expect(screen.queryByText(RESULTS_LOADING)).not.toBeInTheDocument(), {
      timeout,
    })
    expect(screen.queryByRole('alert'), 'an alert instead of the page').not.toBeInTheDocument()
    if (name !== undefined) expect(heading).toHaveAccessibleName(name)
    return { ...view, heading, main: screen.getByRole('main') }
  } catch (error) {
    view.unmount()
    throw error
  }
}

/** Opens the app at `url` and waits, with the load timeout, for the alert saying it failed. */
export async function openAppFailing(url: string, served: Served, basename?: string) {
  const view = startApp(url, served, undefined, basename)
  const alert = await screen.findByRole('alert', {}, LOAD_TIMEOUT)
  return { ...view, alert }
}

/** After a navigation: waits, with the load timeout, for the page headed `name`, alert-free. */
export async function findPage(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 1, name }, LOAD_TIMEOUT)
  expect(screen.queryByRole('alert'), 'an alert on the page').not.toBeInTheDocument()
  return heading
}
