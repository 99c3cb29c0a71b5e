import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom'
import { App } from './app/app'
import { createRoutes } from './app/routes'
import { appPath } from './urls/app-path'
import { pageAt } from './urls/url-table'
import { PAGE_HEAD_SELECTOR } from './seo/head-tags'
import { readBootData } from './page-data/boot-data'
import { siteFileUrl } from './page-data/fetch-page-data'
import { pageDataKey } from './page-data/page-data'
import { createQueryClient } from './app/query-client'
import { holdIslands } from './components/page/island'
import { hasSavedQuotes } from './components/saved/saved-store'
import { browserPageData, pageDataKeys } from './app/page-queries'
import './app/fonts.css'
import './app/styles.css'
import './app/actions.css'
import { core } from './i18n/en/core'
import { setLanguage } from './i18n/language'
import { prefixOf } from './i18n/prefix'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The page's language, as the build wrote it: its pages are under its prefix (/nl/), and its
// words (one chunk, which the page's head preloads) are in before the first render.
const lang = document.documentElement.lang
const words = lang === 'nl' ? import('./i18n/nl') : undefined
const basename = import.meta.env.BASE_URL + prefixOf(lang)
const queryClient = createQueryClient()
const routes = createRoutes(browserPageData(queryClient), basename)
const here = appPath(window.location.href, basename)
// The document is this address's own page, or its data must not be used: a host with an SPA
// fallback serves index.html (or another page) for any address, a malformed one included.
// view-boot.js has hidden that document's main content before its first paint.
const served = readBootData(document)
const boot = served && (served.notFound || served.key === pageDataKey(here)) ? served : undefined

// A quote page's record is not in its document's data (page-data/quote-pages.ts): its code, and
// its block, which the document's head preloads, come beside the page's code. Null: not had; the
// route's loader then asks again and shows the failure, with Retry.
const quoteData =
  boot?.data.quoteAt &&
  import('./page-data/quote-pages')
    .then(({ withRecord }) => withRecord(boot.data, siteFileUrl))
    .catch(() => null)
// The page's code first, so the router starts with everything the prerendered HTML shows.
const matches = matchRoutes(routes, window.location, basename) ?? []
const loaded = await Promise.all(matches.map(({ route }) => resolveLazy(route)))
if (words) setLanguage(lang, (await words).nl)

// Take the prerendered page over when it is this address's own page and its code is in. Else
// render afresh, the routes loading what they need: the 404 page is one file for every unknown
// address (and a host may serve it for a real one), and a page whose code failed to load shows
// the error page instead.
let hydrate = boot !== undefined && !boot.notFound && loaded.every(Boolean)
// The 404 page at a record's address (/drivers/ghost): the host says there is no such record, so
// its page gets no data without asking again (a list page's address asks: a host without
// redirects may serve the 404 page for /drivers/).
const recordMissing =
  boot?.notFound === true && loaded.every(Boolean) && pageAt(here)?.id !== undefined
const bootData = hydrate && boot ? (quoteData ? await quoteData : boot.data) : null
if (bootData === null) hydrate = false
let hydrationData
if (boot && (hydrate || recordMissing)) {
  const data = bootData ?? boot.data
  if (boot.key !== null) queryClient.setQueryData(pageDataKeys.page(boot.key), data)
  const loaderData: Record<string, unknown> = {}
  for (const { route } of matches) if (route.id && route.loader) loaderData[route.id] = data
  hydrationData = { loaderData }
}
const router = createBrowserRouter(routes, { basename, hydrationData })
pageShown()
router.subscribe(pageShown)

const app = (
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>
)
// A transition: React hydrates in slices, yielding to the browser between them, so taking a
// long page over is never one long task that holds up a reader's first tap or scroll.
if (hydrate) {
  // A Save button is in an island: a reader with saved quotes sees which at once.
  await holdIslands(hasSavedQuotes())
  startTransition(() => void hydrateRoot(root, app))
} else {
  // A fresh render does not take over the prerendered head tags: it would add its own beside.
  for (const tag of document.head.querySelectorAll(PAGE_HEAD_SELECTOR)) tag.remove()
  createRoot(root).render(app)
}

/**
 * On every page shown, the first and each in-app move: writes its address where a printed page
 * carries it (index.html's #print-address, shown on paper only; outside #root: the prerendered
 * page has no origin to write, and the app's first render must match it), and tells the service
 * worker, once one is active, to keep the page for offline reading (public/sw.js).
 */
function pageShown() {
  const address = window.location.href
  const slot = document.getElementById('print-address')
  if (slot) slot.textContent = `${core.printed} ${address}`
  void navigator.serviceWorker?.ready.then((worker) => worker.active?.postMessage(address))
}

/** Loads a route's page code; false when it failed (the route then only has a failing loader). */
async function resolveLazy(route: RouteObject): Promise<boolean> {
  if (typeof route.lazy !== 'function') return true
  const resolved = await route.lazy()
  Object.assign(route, { ...resolved, lazy: undefined })
  return resolved.Component !== undefined
}
