import type { RouteObject } from 'react-router-dom'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'
import { NotFoundPage } from './not-found-page'
import { ExplorerPage } from '../features/quotes/explorer-page'
import { QuotePage } from '../features/quotes/quote-page'
import { DriversPage } from '../features/drivers/drivers-page'
import { DriverPage } from '../features/drivers/driver-page'
import { RacesPage } from '../features/races/races-page'
import { RacePage } from '../features/races/race-page'
import { TeamsPage } from '../features/teams/teams-page'
import { TeamPage } from '../features/teams/team-page'

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ExplorerPage /> },
          { path: 'drivers', element: <DriversPage /> },
          { path: 'drivers/:driverId', element: <DriverPage /> },
          { path: 'races', element: <RacesPage /> },
          { path: 'races/:raceId', element: <RacePage /> },
          { path: 'teams', element: <TeamsPage /> },
          { path: 'teams/:teamId', element: <TeamPage /> },
          { path: 'quotes/:quoteId', element: <QuotePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
