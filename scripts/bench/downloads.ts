import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Request } from '@playwright/test'
import { pageDataKey } from '../../src/page-data/page-data'
import { waitForApp } from '../lib/harness'
import { openTab } from './load'
import { STEP_TIMEOUT, waitFor } from './page-steps'
import type { Plan, View } from './plan'
import { DESKTOP } from './profiles'

export const KINDS = ['HTML', 'data', 'JS', 'CSS', 'other'] as const
export type Kind = (typeof KINDS)[number]

/** Files fetched: their size on disk, and the response bodies' bytes as the server sent them. */
export type Transfer = { files: number; bytes: number; sentBytes: number }

export type ViewDownloads = {
  view: View
  /** Everything the view requested until it was ready (hydrated, or showing its count) and idle. */
  byKind: Record<Kind, Transfer>
  total: Transfer
  /** The page's data file, data/pages/<key>.json: what a client-side move to the view fetches. */
  navData: Transfer | null
  /** When it was ready (performance.now()): one load, not a median. */
  readyMs: number
}

const none = (): Transfer => ({ files: 0, bytes: 0, sentBytes: 0 })

function add(into: Transfer, bytes: number, sentBytes: number) {
  into.files += 1
  into.bytes += bytes
  into.sentBytes += sentBytes
}

/** The file of `site` the server answered `url` with: `/drivers/x` is drivers/x.html. */
function servedFile(site: string, url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url).pathname)
  const candidates = pathname.endsWith('/')
    ? [`${pathname}index.html`]
    : [pathname, `${pathname}.html`]
  return candidates
    .map((candidate) => path.join(site, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile())
}

function kindOf(file: string | undefined, request: Request): Kind {
  const ext = file ? path.extname(file) : ''
  if (ext === '.html' || request.resourceType() === 'document') return 'HTML'
  if (ext === '.json') return 'data'
  if (ext === '.js' || ext === '.mjs') return 'JS'
  if (ext === '.css') return 'CSS'
  return 'other'
}

async function transferOf(site: string, request: Request) {
  const file = servedFile(site, request.url())
  const { responseBodySize } = await request.sizes()
  return { file, bytes: file ? statSync(file).size : responseBodySize, sentBytes: responseBodySize }
}

/**
 * What each of the plan's views downloads, loaded on desktop in a fresh context: every request
 * until it is ready and the network is idle, by kind, and its page data file fetched apart.
 * Sizes: the files served, and the bodies as sent (the browser's count: gzip where the server
 * compresses).
 */
export async function measureDownloads(
  browser: Browser,
  origin: string,
  site: string,
  plan: Plan,
): Promise<ViewDownloads[]> {
  const measured: ViewDownloads[] = []
  for (const view of plan.views) {
    const tab = await openTab(browser, DESKTOP)
    try {
      const { page } = tab
      const requests: Request[] = []
      const onFinished = (request: Request) => void requests.push(request)
      page.on('requestfinished', onFinished)
      await page.goto(`${origin}${view.path}`, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
      if (view.count === undefined) {
        await waitForApp(page, STEP_TIMEOUT)
      } else {
        const shows = `window.__bench?.findStatus() === ${JSON.stringify(view.count)}`
        await waitFor(page, `"${view.count}"`, shows)
      }
      const readyMs = await page.evaluate(() => performance.now())
      await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT })
      page.off('requestfinished', onFinished)

      const byKind = emptyKinds()
      const total = none()
      for (const request of requests) {
        const { file, bytes, sentBytes } = await transferOf(site, request)
        add(byKind[kindOf(file, request)], bytes, sentBytes)
        add(total, bytes, sentBytes)
      }

      let navData: Transfer | null = null
      const key = pageDataKey(new URL(view.path, origin).pathname)
      if (key !== undefined) {
        const url = `${origin}/data/pages/${key}.json`
        const [response] = await Promise.all([
          page.waitForResponse(url, { timeout: STEP_TIMEOUT }),
          page.evaluate((href) => fetch(href).then((r) => r.arrayBuffer().then(() => r.ok)), url),
        ])
        await response.finished()
        const { bytes, sentBytes } = await transferOf(site, response.request())
        navData = { files: 1, bytes, sentBytes }
      }
      measured.push({ view, byKind, total, navData, readyMs })
    } finally {
      await tab.context.close()
    }
  }
  return measured
}

function emptyKinds(): Record<Kind, Transfer> {
  return { HTML: none(), data: none(), JS: none(), CSS: none(), other: none() }
}
