import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/repo'

/**
 * public/sw.js's keeping of the pages a reader opened (docs/offline.md, "As a reader goes"): the
 * app tells the worker each page shown, and the worker keeps that page in this build's cache.
 * The worker runs as written, under a sub-path scope, with a fake network and Cache API.
 */

const ORIGIN = 'https://paddock.example'
const SCOPE = `${ORIGIN}/paddock/`
const BUILD = {
  version: 'v2',
  precache: [''],
  explorer: 'data/explorer/abc/',
  offline: { '': '<html>offline</html>' },
}
const PAGES = 'paddock-pages-v2'

type Served = { status?: number; type?: string; body?: string; contentType?: string }

/** sw.js with `site` as the network (by URL) and `caches` holding what it is given. */
function worker(site: Record<string, Served>, held: Record<string, string[]> = {}) {
  const stores = new Map<string, Map<string, Response>>()
  for (const [name, urls] of Object.entries(held)) {
    stores.set(name, new Map(urls.map((url) => [url, new Response('held')])))
  }
  const store = (name: string) => {
    const entries = stores.get(name) ?? new Map<string, Response>()
    stores.set(name, entries)
    return entries
  }
  const fetched: string[] = []
  let onMessage: ((event: unknown) => void) | undefined
  const context = createContext({
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type: string, listener: (event: unknown) => void) => {
        if (type === 'message') onMessage = listener
      },
    },
    caches: {
      has: async (name: string) => stores.has(name),
      keys: async () => [...stores.keys()],
      open: async (name: string) => {
        const entries = store(name)
        return {
          match: async (key: string) => entries.get(key),
          put: async (key: string, response: Response) => void entries.set(key, response),
        }
      },
    },
    fetch: async (url: string) => {
      fetched.push(url)
      const served = site[url]
      if (!served) throw new TypeError('Failed to fetch')
      const response = new Response(served.body ?? '<html>page</html>', {
        status: served.status ?? 200,
        headers: { 'content-type': served.contentType ?? 'text/html; charset=utf-8' },
      })
      // A Response made here is of type "default"; the browser's, of the site's own, "basic".
      Object.defineProperty(response, 'type', { value: served.type ?? 'basic' })
      return response
    },
    URL,
    Headers,
    Response,
  })
  const source = readFileSync(path.join(REPO_ROOT, 'public/sw.js'), 'utf8')
  const slot = 'const BUILD = __PADDOCK_BUILD__'
  runInContext(source.replace(slot, `const BUILD = ${JSON.stringify(BUILD)}`), context)
  return {
    fetched,
    kept: (name = PAGES) => [...(stores.get(name)?.keys() ?? [])].sort(),
    read: (url: string) => stores.get(PAGES)?.get(url),
    /** Posts `data` to the worker as a page would, and waits for what it does with it. */
    tell: async (data: unknown) => {
      const work: Promise<unknown>[] = []
      onMessage?.({ data, waitUntil: (promise: Promise<unknown>) => work.push(promise) })
      await Promise.all(work)
    },
  }
}

describe('the service worker keeps the pages it is told of', () => {
  it('keeps a page by its address, its query and hash dropped, in English and Dutch', async () => {
    const sw = worker(
      { [`${SCOPE}drivers/ada`]: {}, [`${SCOPE}nl/drivers/ada`]: {} },
      { [PAGES]: [SCOPE] },
    )
    await sw.tell(`${SCOPE}drivers/ada?driver=x#quotes`)
    await sw.tell(`${SCOPE}nl/drivers/ada`)
    // The start page at /?driver=x is kept already: not asked again.
    await sw.tell(`${SCOPE}?driver=x`)
    expect(sw.fetched).toEqual([`${SCOPE}drivers/ada`, `${SCOPE}nl/drivers/ada`])
    expect(sw.kept()).toEqual([SCOPE, `${SCOPE}drivers/ada`, `${SCOPE}nl/drivers/ada`])
    expect(await sw.read(`${SCOPE}drivers/ada`)?.text()).toBe('<html>page</html>')
  })

  it('keeps the data files a page’s head preloads: a quote page’s record block', async () => {
    const quote = `<html><link rel="preload" href="/paddock/data/explorer/abc/r/0.json" as="fetch" crossorigin>
<link rel="preload" href="/paddock/data/explorer/old/r/0.json" as="fetch" crossorigin>
<link rel="preload" href="https://elsewhere.example/data/pages/x.json" as="fetch" crossorigin></html>`
    const sw = worker(
      {
        [`${SCOPE}quotes/q-1`]: { body: quote },
        [`${SCOPE}data/explorer/abc/r/0.json`]: { contentType: 'application/json' },
      },
      { [PAGES]: [] },
    )
    await sw.tell(`${SCOPE}quotes/q-1`)
    expect(sw.kept()).toEqual([`${SCOPE}quotes/q-1`])
    // Named by its content: in the cache every build shares. Another build's index: never.
    expect(sw.kept('paddock-files')).toEqual([`${SCOPE}data/explorer/abc/r/0.json`])
    expect(sw.fetched).not.toContain(`${SCOPE}data/explorer/old/r/0.json`)
  })

  it('ignores what is not a page of its own scope, and answers that are not a good page', async () => {
    const site: Record<string, Served> = {
      [`${SCOPE}missing`]: { status: 404 },
      [`${SCOPE}json`]: { contentType: 'application/json' },
      [`${SCOPE}opaque`]: { type: 'opaqueredirect', status: 0 },
    }
    const sw = worker(site, { [PAGES]: [] })
    const hostile: unknown[] = [
      'https://evil.example/paddock/drivers/ada',
      `${ORIGIN}/drivers/ada`,
      `${ORIGIN}/paddockx/drivers/ada`,
      `${SCOPE}../drivers/ada`,
      `${SCOPE}%2e%2e/drivers/ada`,
      `${SCOPE}data/pages/drivers/ada.json`,
      `${SCOPE}sw.js`,
      '//evil.example/paddock/',
      'javascript:alert(1)',
      'http://[::1',
      42,
      null,
      undefined,
      { href: `${SCOPE}drivers/ada` },
      [`${SCOPE}drivers/ada`],
    ]
    for (const data of hostile) await sw.tell(data)
    expect(sw.fetched).toEqual([])
    for (const address of Object.keys(site)) await sw.tell(address)
    // Out of reach: nothing kept, nothing thrown.
    await sw.tell(`${SCOPE}offline`)
    expect(sw.fetched).toEqual([...Object.keys(site), `${SCOPE}offline`])
    expect(sw.kept()).toEqual([])
  })

  it('keeps nothing once a newer build took over (its cache is gone), nor into another', async () => {
    const sw = worker({ [`${SCOPE}drivers/ada`]: {} }, { 'paddock-pages-v3': [] })
    await sw.tell(`${SCOPE}drivers/ada`)
    expect(sw.fetched).toEqual([])
    expect(sw.kept()).toEqual([])
    expect(sw.kept('paddock-pages-v3')).toEqual([])
  })
})
