import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router-dom'
import { NotFound } from '../components/not-found'
import { LoadingPage } from '../components/loading-placeholder'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'

/**
 * A page in its own chunk, through the route's `lazy`: the router loads it before it renders the
 * page, for the first address as for every move, so no page flashes a placeholder on the way.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async (): Promise<Pick<RouteObject, 'Component' | 'loader'>> => {
    let module: M
    try {
      module = await load()
    } catch (error) {
      // A route whose `lazy` fails renders nothing below the root; a loader's error reaches the
      // route's error page.
      return {
        loader: () => {
          throw error
        },
      }
    }
    // After a redeploy Vite resolves a missing chunk with undefined once it has started the
    // reload (reload-on-stale-chunk.ts): keep the current page until the new one is in.
    if (module === undefined) return new Promise<never>(() => {})
    return { Component: pick(module) }
  }
}

function page(path: string | undefined, lazy: RouteObject['lazy']): RouteObject {
  const route = { lazy, errorElement: <RouteError /> }
  return path === undefined ? { index: true, ...route } : { path, ...route }
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        // Until the first page's code is in: the site around it stays mounted, with the
        // placeholder in main, so a reader already tabbing through the header keeps focus.
        HydrateFallback: LoadingPage,
        children: [
          page(
            undefined,
            lazyPage(
              () => import('../features/quotes/explorer-page'),
              (m) => m.ExplorerPage,
            ),
          ),
          page(
            'drivers',
            lazyPage(
              () => import('../features/drivers/drivers-page'),
              (m) => m.DriversPage,
            ),
          ),
          page(
            'drivers/:driverId',
            lazyPage(
              () => import('../features/drivers/driver-page'),
              (m) => m.DriverPage,
            ),
          ),
          page(
            'races',
            lazyPage(
              () => import('../features/races/races-page'),
              (m) => m.RacesPage,
            ),
          ),
          page(
            'races/:raceId',
            lazyPage(
              () => import('../features/races/race-page'),
              (m) => m.RacePage,
            ),
          ),
          page(
            'teams',
            lazyPage(
              () => import('../features/teams/teams-page'),
              (m) => m.TeamsPage,
            ),
          ),
          page(
            'teams/:teamId',
            lazyPage(
              () => import('../features/teams/team-page'),
              (m) => m.TeamPage,
            ),
          ),
          page(
            'quotes/:quoteId',
            lazyPage(
              () => import('../features/quotes/quote-page'),
              (m) => m.QuotePage,
            ),
          ),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]
