import { useMemo, type ComponentType } from 'react'
import {
  useLoaderData,
  type LoaderFunctionArgs,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router-dom'
import { LoadingPage } from '../components/page/loading-placeholder'
import { DatasetContext } from '../components/page/use-dataset'
import { indexOfPage, type PageData } from '../page-data/page-data'
import { DatasetError, throwWorded } from '../dataset/dataset-error'
import { pageDataUrl } from '../page-data/fetch-page-data'
import { appPath } from '../urls/app-path'
import { PAGE_TYPE_NAMES, pageAt, routePathOf, type PageType } from '../urls/url-table'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'
import { islandsReady, wakeIslands } from '../components/page/island'
import type { PageDataLoader } from './page-queries'

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

/** A page's code, loaded on demand; undefined once a redeploy took its chunk away (below). */
type PageModule = () => Promise<ComponentType | undefined>

function pageModule<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  component: K,
): PageModule {
  return async () => {
    const module = await load()
    // After a redeploy Vite resolves a missing chunk with undefined once it has started the
    // reload (reload-on-stale-chunk.ts).
    return module === undefined ? undefined : module[component]
  }
}

/** Each page type's code, in its own chunk; its address is the table's (src/urls/url-table.ts). */
const PAGE_MODULES: Record<PageType, PageModule> = {
  explorer: pageModule(() => import('../features/explorer/explorer-page'), 'ExplorerPage'),
  drivers: pageModule(() => import('../features/drivers/drivers-page'), 'DriversPage'),
  driver: pageModule(() => import('../features/drivers/driver-page'), 'DriverPage'),
  races: pageModule(() => import('../features/races/races-page'), 'RacesPage'),
  race: pageModule(() => import('../features/races/race-page'), 'RacePage'),
  teams: pageModule(() => import('../features/teams/teams-page'), 'TeamsPage'),
  team: pageModule(() => import('../features/teams/team-page'), 'TeamPage'),
  quote: pageModule(() => import('../features/quotes/quote-page'), 'QuotePage'),
  saved: pageModule(() => import('../features/saved/saved-page'), 'SavedPage'),
}

/**
 * The site's routes, one per page type of the address table. Each page's code is in its own
 * chunk, through the route's `lazy`, and its data comes from its loader: the router has both
 * before it shows the page, for the first address as for every move, so no page flashes a
 * placeholder on the way.
 */
export function createRoutes(loadPageData: PageDataLoader, basename: string): RouteObject[] {
  const load = async ({ request }: LoaderFunctionArgs) => {
    const page = pageAt(appPath(request.url, basename))
    if (page === undefined) return null
    // A move: the page renders when its data and its islands' code are in (island.tsx).
    wakeIslands()
    const [data] = await Promise.all([loadPageData(page.dataKey, request.signal), islandsReady()])
    // No data for a record's page: the dataset has no such record. For the explorer or a list
    // page, which every build writes, the deploy is broken: say so instead of an empty page.
    if (data === null && page.id === undefined) {
      throw new DatasetError('http', ['answered', '404 Not Found', pageDataUrl(page.dataKey)])
    }
    return data
  }
  // A failure is shown at once (route-error.tsx): with its words.
  const loader = (args: LoaderFunctionArgs) => load(args).catch(throwWorded)

  function page(type: PageType): RouteObject {
    const lazy = async (): Promise<Pick<RouteObject, 'Component' | 'loader'>> => {
      let loaded: ComponentType | undefined
      try {
        loaded = await PAGE_MODULES[type]()
      } catch (error) {
        // A route whose `lazy` fails renders nothing below the root; a loader's error reaches
        // the route's error page.
        return {
          loader: () => {
            throw error
          },
        }
      }
      // A chunk gone with a redeploy: keep the current page until the new one is in.
      if (loaded === undefined) return new Promise<never>(() => {})
      // On a move, the islands its code brought too.
      await islandsReady()
      const Page = loaded
      return { Component: () => <WithPageData Page={Page} /> }
    }
    // Named ids: a prerendered page's data is handed to the route it belongs to (main.tsx).
    const route = {
      id: type,
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
    const path = routePathOf(type)
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
            ...PAGE_TYPE_NAMES.map((type) => page(type)),
            // Its code loads when an address needs it: `/` never does at start.
            { path: '*', lazy: () => import('./not-found-route') },
          ],
        },
      ],
    },
  ]
}
