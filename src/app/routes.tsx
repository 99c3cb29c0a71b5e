import type { RouteObject } from 'react-router-dom'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'
import { NotFoundPage } from './not-found-page'
import { lazyPage, type LazyPage } from './lazy-page'

const pages = {
  explorer: lazyPage(
    () => import('../features/quotes/explorer-page'),
    (m) => m.ExplorerPage,
  ),
  quote: lazyPage(
    () => import('../features/quotes/quote-page'),
    (m) => m.QuotePage,
  ),
  drivers: lazyPage(
    () => import('../features/drivers/drivers-page'),
    (m) => m.DriversPage,
  ),
  driver: lazyPage(
    () => import('../features/drivers/driver-page'),
    (m) => m.DriverPage,
  ),
  races: lazyPage(
    () => import('../features/races/races-page'),
    (m) => m.RacesPage,
  ),
  race: lazyPage(
    () => import('../features/races/race-page'),
    (m) => m.RacePage,
  ),
  teams: lazyPage(
    () => import('../features/teams/teams-page'),
    (m) => m.TeamsPage,
  ),
  team: lazyPage(
    () => import('../features/teams/team-page'),
    (m) => m.TeamPage,
  ),
}

function page(path: string | undefined, { Component, preload }: LazyPage): RouteObject {
  const route = { element: <Component />, errorElement: <RouteError />, handle: { preload } }
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
        children: [
          page(undefined, pages.explorer),
          page('drivers', pages.drivers),
          page('drivers/:driverId', pages.driver),
          page('races', pages.races),
          page('races/:raceId', pages.race),
          page('teams', pages.teams),
          page('teams/:teamId', pages.team),
          page('quotes/:quoteId', pages.quote),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
