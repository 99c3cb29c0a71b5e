import type { RouteObject } from 'react-router-dom'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'
import { NotFoundPage } from './not-found-page'
import { ExplorerPage } from '../features/quotes/explorer-page'

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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
