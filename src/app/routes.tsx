import { useMemo, type ComponentType } from 'react'
import {
  useLoaderData,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router-dom'
import { NotFound } from '../components/page/not-found'
import { LoadingPage } from '../components/page/loading-placeholder'
import { DatasetContext } from '../components/page/use-dataset'
import { indexOfPage, pageDataKey, type PageData } from '../page-data/page-data'
import { DatasetError } from '../dataset/dataset-error'
import { pageDataUrl } from '../page-data/fetch-page-data'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'

/**
 * Where a page's data comes from: the network in the browser (through the query cache), the
 * compiled site while the build prerenders. Null: the dataset has no such record.
 */
export type PageDataLoader = (key: string, signal: AbortSignal) => Promise<PageData | null>

/** The data of a page with no record of its own, e.g. /drivers/ghost: counts of nothing. */
const NO_DATA: PageData = {
  slice: { schemaVersion: 1, sources: [], teams: [], races: [], drivers: [], quotes: [] },
  counts: {
    ...{ quotes: 0, drivers: 0, teams: 0, races: 0, ambitious: 0 },
    ...{
      said: [],
      about: [],
      byDriver: [],
      byTeam: [],
      teamDrivers: [],
      byRace: [],
      wishers: [],
      byYear: [],
      wishes: [],
    },
  },
}

/**
 * The address of a request inside the app, decoded as the router decodes its params:
 * `/drivers/x` for `/paddock/drivers/x` (or for `/paddock/drivers/%78`).
 */
export function appPath(url: string, basename: string): string {
  const pathname = decodePath(new URL(url).pathname)
  const base = basename.endsWith('/') ? basename.slice(0, -1) : basename
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
  return path === '' ? '/' : path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** A malformed escape (`%E0%A4%A`) stays as it is: no page has such an id. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}

/** Provides the page's data, from its route's loader, to everything on the page. */
function WithPageData({ Page }: { Page: ComponentType }) {
  const data = useLoaderData<PageData | null>()
  const index = useMemo(() => indexOfPage(data ?? NO_DATA), [data])
  return (
    <DatasetContext value={index}>
      <Page />
    </DatasetContext>
  )
}

/**
 * The site's routes. Each page's code is in its own chunk, through the route's `lazy`, and its
 * data comes from its loader: the router has both before it shows the page, for the first
 * address as for every move, so no page flashes a placeholder on the way.
 */
export function createRoutes(loadPageData: PageDataLoader, basename: string): RouteObject[] {
  const loader = async ({ request }: LoaderFunctionArgs) => {
    const key = pageDataKey(appPath(request.url, basename))
    if (key === undefined) return null
    const data = await loadPageData(key, request.signal)
    // No data for a record's page: the dataset has no such record. For the explorer or a list
    // page, which every build writes, the deploy is broken: say so instead of an empty page.
    if (data === null && !key.includes('/')) {
      throw new DatasetError('http', `The server answered 404 Not Found for ${pageDataUrl(key)}.`)
    }
    return data
  }

  function page<K extends string, M extends Record<K, ComponentType>>(
    path: string | undefined,
    load: () => Promise<M>,
    component: K,
  ): RouteObject {
    const lazy = async (): Promise<Pick<RouteObject, 'Component' | 'loader'>> => {
      let module: M
      try {
        module = await load()
      } catch (error) {
        // A route whose `lazy` fails renders nothing below the root; a loader's error reaches
        // the route's error page.
        return {
          loader: () => {
            throw error
          },
        }
      }
      // After a redeploy Vite resolves a missing chunk with undefined once it has started the
      // reload (reload-on-stale-chunk.ts): keep the current page until the new one is in.
      if (module === undefined) return new Promise<never>(() => {})
      const Page = module[component]
      return { Component: () => <WithPageData Page={Page} /> }
    }
    // Named ids: a prerendered page's data is handed to the route it belongs to (main.tsx).
    const route = {
      id: path ?? 'explorer',
      lazy,
      loader,
      // A page's data depends on its path alone: a new search or page of results loads none,
      // and stays a synchronous move (typing in the search box must not wait on a loader).
      shouldRevalidate: ({
        currentUrl,
        nextUrl,
        defaultShouldRevalidate,
      }: ShouldRevalidateFunctionArgs) =>
        currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
          ? false
          : defaultShouldRevalidate,
      errorElement: <RouteError />,
    }
    return path === undefined ? { index: true, ...route } : { path, ...route }
  }

  return [
    {
      id: 'root',
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          // Until the first page's code and data are in (only without a prerendered page, as
          // under `npm run dev`): the site around it stays mounted, with the placeholder in main.
          HydrateFallback: LoadingPage,
          children: [
            page(undefined, () => import('../features/explorer/explorer-page'), 'ExplorerPage'),
            page('drivers', () => import('../features/drivers/drivers-page'), 'DriversPage'),
            page(
              'drivers/:driverId',
              () => import('../features/drivers/driver-page'),
              'DriverPage',
            ),
            page('races', () => import('../features/races/races-page'), 'RacesPage'),
            page('races/:raceId', () => import('../features/races/race-page'), 'RacePage'),
            page('teams', () => import('../features/teams/teams-page'), 'TeamsPage'),
            page('teams/:teamId', () => import('../features/teams/team-page'), 'TeamPage'),
            page('quotes/:quoteId', () => import('../features/quotes/quote-page'), 'QuotePage'),
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]
}
