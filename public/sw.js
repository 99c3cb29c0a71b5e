// Paddock Quotes: the service worker (docs/offline.md). The build (scripts/lib/service-worker.ts)
// puts in what it knows of this build where __PADDOCK_BUILD__ stands, and minifies the file:
//   version   a digest of everything below and of the dataset: a new build is a new worker
//   precache  the addresses to keep at install, under the base: the app's code, styles, fonts,
//             icons, the start page and its data; every page and data file when the site fits
//             the precache budget
//   explorer  the explorer's index folder of this build (data/explorer/<digest>/)
//   offline   the site's offline page in each language, by its prefix ('' and 'nl/'), shown
//             for an address not saved on this device, in the language of the address; their
//             one stylesheet apart, held once
// A plain file, not an inline script: the Content-Security-Policy allows none.
const BUILD = __PADDOCK_BUILD__

const SCOPE = new URL(self.registration.scope)
/** Pages and the data that changes with each build under the same names: one cache a build. */
const PAGES = `paddock-pages-${BUILD.version}`
/** Files whose name changes with their content (assets/, the index): shared by every build. */
const FILES = 'paddock-files'
const isImmutable = (path) => path.startsWith('assets/') || path.startsWith('data/explorer/')
const cacheOf = (path) => caches.open(isImmutable(path) ? FILES : PAGES)
/** The path of `url` under the scope, or undefined when it is not the site's. */
const pathOf = (url) =>
  url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname)
    ? url.pathname.slice(SCOPE.pathname.length)
    : undefined
const keyOf = (path) => new URL(path, SCOPE).href

/**
 * A response the Cache API keeps and a navigation may use: a redirected response (a host that
 * sends /drivers/ to /drivers) is copied, since a page may not be answered with one.
 */
async function storable(response) {
  if (!response.redirected) return response
  return new Response(await response.blob(), { status: 200, headers: response.headers })
}

async function precache(path) {
  // A page or data file is asked for anew; a file named by its content may come from the cache.
  const response = await fetch(keyOf(path), { cache: isImmutable(path) ? 'default' : 'no-cache' })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  await (await cacheOf(path)).put(keyOf(path), await storable(response))
}

self.addEventListener('install', (event) => {
  // A few at once: a small site precached whole is a few hundred files.
  const queue = [...BUILD.precache]
  const worker = async () => {
    while (queue.length) await precache(queue.shift())
  }
  event.waitUntil(Promise.all(Array.from({ length: 6 }, worker)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('paddock-pages-') && name !== PAGES) await caches.delete(name)
      }
      // The immutable files another build named: its index folder, its code.
      const keep = new Set(BUILD.precache.filter(isImmutable).map(keyOf))
      const files = await caches.open(FILES)
      for (const request of await files.keys()) {
        const path = pathOf(new URL(request.url)) ?? ''
        const current = path.startsWith(BUILD.explorer) || keep.has(request.url)
        if (!current) await files.delete(request)
      }
      await self.clients.claim()
    })(),
  )
})

/** The pages being kept now: an address told twice is fetched once. */
const keeping = new Set()

/**
 * Keeps the page at `address` in this build's cache, with the data files its head preloads (a
 * quote page's record block): the app tells every page shown, the first (loaded before this
 * worker ran) and each in-app move (only its data came through here). Only a page of the site
 * (an address in the scope, its query and hash dropped, no file) not kept yet, only a good
 * answer (200, the site's own, HTML), and never once a newer build has taken over (its
 * activation deleted this cache). Anything else told is ignored.
 */
async function keep(address) {
  if (typeof address !== 'string') return
  let path
  try {
    path = pathOf(new URL(address, SCOPE))
  } catch {
    return
  }
  if (path === undefined || /\.\w+$/.test(path)) return
  if (keeping.has(path) || !(await caches.has(PAGES))) return
  keeping.add(path)
  try {
    const pages = await caches.open(PAGES)
    if (await pages.match(keyOf(path), { ignoreVary: true })) return
    const response = await fetch(keyOf(path))
    const html = /^text\/html/.test(response.headers.get('content-type'))
    if (response.status !== 200 || response.type !== 'basic' || !html) return
    const page = await storable(response)
    const text = await page.clone().text()
    await pages.put(keyOf(path), page)
    for (const [, href] of text.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)) {
      const file = pathOf(new URL(href, keyOf(path)))
      if (file?.startsWith('data/pages/') || file?.startsWith(BUILD.explorer)) {
        const cache = await cacheOf(file)
        if (!(await cache.match(keyOf(file)))) await precache(file)
      }
    }
  } catch {
    // Out of reach: kept when it is next opened online.
  } finally {
    keeping.delete(path)
  }
}

self.addEventListener('message', (event) => {
  // The page's Reload (register-sw.js): this build takes over, the page then reloads.
  if (event.data === 'skip-waiting') self.skipWaiting()
  // A page shown (src/main.tsx): its address, to keep for offline reading.
  else event.waitUntil(keep(event.data))
})

/** The offline page for `path`: the language whose prefix it is under, else the unprefixed one. */
const offlineDocument = (path) => {
  const { pages, style } = BUILD.offline
  const prefix = Object.keys(pages).find((p) => p && `${path}/`.startsWith(p)) ?? ''
  // Every language's page has the site's one stylesheet, kept once (scripts/lib/offline-page.ts).
  return pages[prefix].replace('<style></style>', () => style)
}

/** The offline page, with the site's own headers (its Content-Security-Policy) when known. */
async function offlinePage(path) {
  const start = await (await caches.open(PAGES)).match(keyOf(''))
  const headers = new Headers(start?.headers)
  for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified']) {
    headers.delete(name)
  }
  headers.set('content-type', 'text/html; charset=utf-8')
  headers.set('cache-control', 'no-store')
  return new Response(offlineDocument(path), { status: 503, statusText: 'Offline', headers })
}

/**
 * What this device has of `path`, else the network's answer (kept when it is a good one), else
 * `fallback`'s. A page is kept by its address without its query: /?driver=x is index.html.
 */
async function answer(request, path, fallback) {
  const cache = await cacheOf(path)
  const key = keyOf(path)
  const saved = await cache.match(key, { ignoreVary: true })
  if (saved) return saved
  let response
  try {
    response = await fetch(request)
  } catch {
    return fallback()
  }
  // A whole answer of the site's own (not a 404, a redirect or a part of a file).
  if (response.status === 200 && response.type === 'basic') {
    await cache.put(key, await storable(response.clone()))
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  const path = pathOf(url)
  if (path === undefined || path === 'sw.js') return
  // A page's address has no extension; a navigation to a file (the dataset's download link) is
  // answered as a file, never with the offline page.
  if (request.mode === 'navigate' && !/\.\w+$/.test(path)) {
    event.respondWith(answer(request, path, () => offlinePage(path)))
  } else if (isImmutable(path) || path.startsWith('data/') || BUILD.precache.includes(path)) {
    // Not saved and out of reach: a network failure, which the app says as such.
    event.respondWith(answer(request, path, () => Response.error()))
  }
})
