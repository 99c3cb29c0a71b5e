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
    return { Component: module[component] }
  }
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
          page(undefined, () => import('../features/quotes/explorer-page'), 'ExplorerPage'),
          page('drivers', () => import('../features/drivers/drivers-page'), 'DriversPage'),
          page('drivers/:driverId', () => import('../features/drivers/driver-page'), 'DriverPage'),
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
