import type { Browser } from '@playwright/test'

/** How long a page may take to become ready; a 50,000-quote page on a busy machine is slow. */
const READY_TIMEOUT = 60_000

/**
 * In the app's pages: React has taken over the prerendered page (hydration attaches its props
 * to the DOM nodes it adopts, the page's h1 among them). The page's code is all in by then.
 */
export const APP_HYDRATED = `(() => {
  const heading = document.querySelector('main h1')
  return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactProps$'))
})()`

/** In the floor app (tests/fixtures/floor-app): its one query has succeeded. */
export const FLOOR_READY = `document.querySelector('#root p')?.textContent === 'success'`

/** Whether a request is for a script: by the browser's own account, or by the file's name. */
export function isScript(resourceType: string, url: string): boolean {
  return resourceType === 'script' || /\.m?js$/.test(new URL(url).pathname)
}

/**
 * The same-origin scripts `url` requests (entry, module preloads, imported chunks, workers)
 * until it is `ready` (an expression evaluated in the page) and then the network is idle, in a
 * fresh context with nothing cached. No timing is measured: only which files were requested.
 */
export async function scriptsRequested(
  browser: Browser,
  url: string,
  ready: string,
): Promise<string[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const origin = new URL(url).origin
    const scripts: string[] = []
    page.on('request', (request) => {
      const requested = request.url()
      if (new URL(requested).origin === origin && isScript(request.resourceType(), requested)) {
        scripts.push(requested)
      }
    })
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT })
    await page.waitForFunction(ready, undefined, { timeout: READY_TIMEOUT, polling: 50 })
    await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT })
    return scripts
  } finally {
    await context.close()
  }
}
