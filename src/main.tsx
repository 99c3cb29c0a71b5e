import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom'
import { App } from './app/app'
import { createRoutes } from './app/routes'
import { readBootData } from './app/boot-data'
import { createQueryClient } from './app/query-client'
import { pageDataKeys, pageDataQueryOptions } from './data/queries'
import './app/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const basename = import.meta.env.BASE_URL
const queryClient = createQueryClient()
const routes = createRoutes(
  (key) => queryClient.ensureQueryData(pageDataQueryOptions(key)),
  basename,
)
const boot = readBootData(document)

// The page's code first, so the router starts with everything the prerendered HTML shows.
const matches = matchRoutes(routes, window.location, basename) ?? []
await Promise.all(matches.map(({ route }) => resolveLazy(route)))

let hydrationData
if (boot) {
  if (boot.key !== null) queryClient.setQueryData(pageDataKeys.page(boot.key), boot.data)
  const loaderData: Record<string, unknown> = {}
  for (const { route } of matches) if (route.id && route.loader) loaderData[route.id] = boot.data
  hydrationData = { loaderData }
}
const router = createBrowserRouter(routes, { basename, hydrationData })

const app = (
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>
)
// The 404 page is the same file for every unknown address: the client renders the page this
// address asks for (e.g. "no driver “ghost”") instead of taking the generic one over.
if (boot && !boot.notFound) hydrateRoot(root, app)
else createRoot(root).render(app)

async function resolveLazy(route: RouteObject) {
  if (typeof route.lazy !== 'function') return
  const resolved = await route.lazy()
  Object.assign(route, { ...resolved, lazy: undefined })
}
