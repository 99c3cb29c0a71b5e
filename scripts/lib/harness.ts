import { chromium, type Browser, type Page, type Request } from '@playwright/test'
import { TAKEN_OVER_SELECTOR } from '../../src/app/taken-over'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { startPreview } from './preview-server'

/**
 * The one way the scripts drive a browser: Debian's Chromium with this machine's flags, built
 * sites served by `vite preview` as nginx serves them, and pages waited for until the app has
 * taken them over (src/app/taken-over.ts), never by looking into React.
 */

/** How long a page may take to be ready: a 50,000-quote page on a busy machine is slow. */
const READY_TIMEOUT = 60_000

/** A built site, served until stop(). */
export type ServedSite = { origin: string; stop: () => Promise<void> }

/** Serves the built site in `outDir` (default: the repository's dist/). */
export async function serveSite(outDir?: string): Promise<ServedSite> {
  return startPreview({ outDir })
}

/** The browser, and the sites it is pointed at: close() stops them all. */
export type Harness = {
  browser: Browser
  serve: (outDir?: string) => Promise<ServedSite>
  close: () => Promise<void>
}

/** Debian's Chromium (headless, with CHROMIUM_ARGS), ready to serve sites to. */
export async function startHarness(): Promise<Harness> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const servers = new Set<ServedSite>()
  return {
    browser,
    async serve(outDir) {
      const site = await serveSite(outDir)
      const served: ServedSite = {
        origin: site.origin,
        stop: async () => {
          if (servers.delete(served)) await site.stop()
        },
      }
      servers.add(served)
      return served
    },
    async close() {
      for (const server of [...servers].reverse()) await server.stop()
      await browser.close()
    },
  }
}

/** Waits until the app in `page` has taken it over: hydrated it, or rendered it afresh. */
export async function waitForApp(page: Page, timeout = READY_TIMEOUT): Promise<void> {
  await page.waitForSelector(TAKEN_OVER_SELECTOR, { state: 'attached', timeout })
}

/** What a page is ready at, for the pages that are not the app's (the size budget's floor). */
export type WaitForReady = (page: Page, timeout: number) => Promise<void>

/**
 * The URLs of the requests `wanted` picks that `url` makes in a fresh context (nothing cached)
 * until it is ready, the network is idle and its fonts are in. No timing: only which files.
 */
export async function requestsOfFirstView(
  browser: Browser,
  url: string,
  wanted: (request: Request) => boolean,
  ready: WaitForReady = waitForApp,
): Promise<string[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const urls: string[] = []
    page.on('request', (request) => {
      if (wanted(request)) urls.push(request.url())
    })
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT })
    await ready(page, READY_TIMEOUT)
    await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    return urls
  } finally {
    await context.close()
  }
}
