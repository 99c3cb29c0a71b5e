import { test as base, expect, type Page, type Route } from '@playwright/test'
import { openPage, pageHeading } from './open-page'

/**
 * What a visitor sees when the network or the server lets the app down: no connection, a slow
 * answer, a failing server or an HTML page in place of the next page's data (pages come with
 * their own data; moving to another one fetches its data/pages/<page>.json), the explorer's
 * search data failing, and a page chunk that vanished in a redeploy. Each test gets a fresh
 * context, so sessionStorage (the reload flag) starts empty.
 */

/** The data of Pierre Gasly's page, fetched when the reader moves there from another page. */
const GASLY_DATA_URL = '**/data/pages/drivers/pierre-gasly.json'
const DATASET_URL = '**/data/quotes.json'
/** The files of the explorer's index (docs/explorer-index.md): a filtered view reads them. */
const INDEX_FILES = '**/data/explorer/**'
const DRIVER_CHUNK = /\/assets\/driver-page-.*\.js/
const QUOTE_COUNT = 5
const ERROR_HEADING = 'This page could not be shown'

/** Every uncaught exception or unhandled rejection on the page, as "name: message". */
const test = base.extend<{ pageErrors: string[] }>({
  // Named so: react-hooks reads a function called `use` as React's hook.
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
    await provide(errors)
  },
})

/**
 * Holds every matching request until the test decides what to do with it, in arrival order;
 * after `letThrough()`, those held and not taken, and every later one, go to the server untouched.
 */
async function interceptInOrder(page: Page, url: string) {
  const arrived: Route[] = []
  const waiting: ((route: Route) => void)[] = []
  let passThrough = false
  let count = 0
  await page.route(url, async (route) => {
    count += 1
    if (passThrough) return route.continue()
    const taker = waiting.shift()
    if (taker) taker(route)
    else arrived.push(route)
  })
  return {
    /** The next request, once it has been made. */
    next: (): Promise<Route> => {
      const route = arrived.shift()
      return route ? Promise.resolve(route) : new Promise((resolve) => waiting.push(resolve))
    },
    count: () => count,
    /** From now on the server answers: the requests held and not taken too. */
    letThrough: () => {
      passThrough = true
      for (const route of arrived.splice(0)) void route.continue()
    },
  }
}

/**
 * Reports, across reloads, every h1 the app shows and any moment the site (its header) vanishes
 * after it was on screen, which is what a visitor would see as a white screen.
 */
async function watchScreens(page: Page) {
  const headings: string[] = []
  const blanks: string[] = []
  const afterChunkError: string[] = []
  await page.exposeFunction('reportScreen', (kind: string, detail: string) => {
    if (kind === 'h1') headings.push(detail)
    else if (kind === 'after-chunk-error') afterChunkError.push(detail)
    else blanks.push(detail)
  })
  await page.addInitScript(() => {
    const report = (kind: string, detail: string) => {
      const reportScreen: unknown = Reflect.get(window, 'reportScreen')
      if (typeof reportScreen === 'function') void reportScreen(kind, detail)
    }
    let siteShown = false
    let lastHeading = ''
    new MutationObserver(() => {
      const root = document.getElementById('root')
      if (!root) return
      if (root.querySelector('header')) siteShown = true
      else if (siteShown) report('blank', `${location.pathname}: ${root.textContent ?? ''}`)
      const heading = root.querySelector('h1')?.textContent ?? ''
      if (heading !== lastHeading) {
        lastHeading = heading
        if (heading) report('h1', heading)
      }
    }).observe(document, { childList: true, subtree: true, characterData: true })
    window.addEventListener('vite:preloadError', () => {
      const heading = () => document.querySelector('#root h1')?.textContent ?? ''
      requestAnimationFrame(() =>
        requestAnimationFrame(() => report('after-chunk-error', heading())),
      )
    })
  })
  return { headings, blanks, afterChunkError }
}

const quoteFigures = (page: Page) =>
  page.getByRole('list', { name: 'Quotes', exact: true }).getByRole('figure')
const loadAlert = (page: Page) =>
  page.getByRole('alert').filter({
    has: page.getByRole('heading', { level: 1, name: 'The quotes could not be loaded' }),
  })
const gaslyLink = (page: Page) =>
  page.getByRole('main').getByRole('link', { name: 'Pierre Gasly', exact: true })

/**
 * Opens /drivers (prerendered: its data comes with the page) and follows the link to Pierre
 * Gasly, whose page's data is fetched on the way, and held for the test by `requests`.
 */
async function moveToGasly(page: Page) {
  await openPage(page, '/drivers', 'Drivers')
  const requests = await interceptInOrder(page, GASLY_DATA_URL)
  await gaslyLink(page).click()
  return requests
}

/** The page the reader was on stays, with nothing said, while the next one's data is on its way. */
async function expectStillOnDrivers(page: Page): Promise<void> {
  await expect(pageHeading(page, 'Drivers')).toBeVisible()
  await expect(page).toHaveURL(/\/drivers$/)
  await expect(page.getByRole('alert')).toHaveCount(0)
}

async function expectGasly(page: Page): Promise<void> {
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  await expect(page).toHaveURL(/\/drivers\/pierre-gasly$/)
  await expect(page).toHaveTitle('Pierre Gasly · Paddock Quotes')
  await expect(page.getByRole('region', { name: 'Ambitions' }).getByRole('figure')).toHaveCount(2)
  await expect(page.getByRole('alert')).toHaveCount(0)
}

// The app's own answer to a network that fails it, as a first visit meets it: the service worker,
// which precaches the shipped site whole once it is in charge and would answer from its cache,
// is kept out (offline.spec.ts is about what it does).
test.use({ serviceWorkers: 'block' })

test.describe('the next page’s data cannot be fetched', () => {
  test('offline: the page stays, one automatic retry, then an alert; Retry recovers', async ({
    page,
    pageErrors,
  }) => {
    const requests = await moveToGasly(page)
    const first = await requests.next()
    await expectStillOnDrivers(page)
    await first.abort('internetdisconnected')

    // The dropped connection is tried once more before anything is said.
    await expect.poll(() => requests.count(), { message: 'an automatic retry' }).toBe(2)
    const retry = await requests.next()
    await expectStillOnDrivers(page)
    await retry.abort('internetdisconnected')

    const alert = loadAlert(page)
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(
      /could not be fetched from http:\/\/127\.0\.0\.1:\d+\/data\/pages\/drivers\/pierre-gasly\.json: the network request failed/,
    )
    await expect(page).toHaveURL(/\/drivers\/pierre-gasly$/)
    await expect(page).toHaveTitle('Quotes unavailable · Paddock Quotes')
    // The site around the alert is still there.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    expect(requests.count(), 'the first try and one automatic retry, no more').toBe(2)

    // Back online.
    await alert.getByRole('button', { name: 'Retry' }).click()
    const manual = await requests.next()
    await expect(alert.getByRole('button', { name: 'Retry' }), 'busy while it tries').toBeDisabled()
    await manual.continue()
    await expectGasly(page)
    expect(pageErrors).toEqual([])
  })

  test('slow: the page stays, with no alert, until the next page’s data arrives', async ({
    page,
    pageErrors,
  }) => {
    const requests = await moveToGasly(page)
    const held = await requests.next()
    await expectStillOnDrivers(page)
    // The page being left still works meanwhile.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

    requests.letThrough()
    await held.continue()
    await expectGasly(page)
    expect(pageErrors).toEqual([])
  })
})

test.describe('the server answers with something else', () => {
  test('a 503 is reported at once, with no automatic retry; Retry then loads', async ({
    page,
    pageErrors,
  }) => {
    const requests = await moveToGasly(page)
    const first = await requests.next()
    await first.fulfill({ status: 503, contentType: 'text/plain', body: 'Down for maintenance' })

    const alert = loadAlert(page)
    await expect(alert).toContainText(
      /The server answered 503\b.* for .*\/data\/pages\/drivers\/pierre-gasly\.json/,
    )
    await expect(alert).not.toContainText('Down for maintenance')
    // A server error will not fix itself in a second: no retry was made behind the alert.
    expect(requests.count()).toBe(1)

    requests.letThrough()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expectGasly(page)
    expect(requests.count()).toBe(2)
    expect(pageErrors).toEqual([])
  })

  test('an HTML page served with 200 in place of the JSON is named as such', async ({
    page,
    pageErrors,
  }) => {
    const requests = await moveToGasly(page)
    const first = await requests.next()
    await first.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Welcome</title><h1>Welcome to nginx!</h1>',
    })

    const alert = loadAlert(page)
    await expect(alert).toContainText(
      /Expected JSON from .*\/data\/pages\/drivers\/pierre-gasly\.json, but the server sent an HTML page\./,
    )
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    // The page it got is reported, never shown.
    await expect(page.getByText('Welcome to nginx!')).toHaveCount(0)

    requests.letThrough()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expectGasly(page)
    expect(pageErrors).toEqual([])
  })
})

test.describe('the explorer’s data cannot be fetched', () => {
  test('a filtered address whose index cannot be fetched says so; Retry shows its quotes', async ({
    page,
    pageErrors,
  }) => {
    // The explorer's worker reads a filtered view from the build's index: all of it is down.
    let down = true
    let failed = 0
    await page.route(INDEX_FILES, async (route) => {
      if (!down) return route.continue()
      failed += 1
      await route.fulfill({ status: 503, contentType: 'text/plain', body: 'Down for maintenance' })
    })
    await page.goto('/?driver=pierre-gasly')

    const alert = page.getByRole('alert').filter({ hasText: 'The quotes could not be filtered' })
    await expect(alert).toContainText(
      /The server answered 503\b.* for .*\/data\/explorer\/[0-9a-f]+\/start\.json/,
    )
    // The page around the results is there: the filter the address asked for, and the nav.
    await expect(pageHeading(page, 'Quotes')).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )
    await expect(quoteFigures(page)).toHaveCount(0)
    expect(failed).toBeGreaterThan(0)

    down = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(quoteFigures(page)).toHaveCount(2)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(pageErrors).toEqual([])
  })

  test('an index a newer build replaced: the page says so and reloads, never a Retry that fails again', async ({
    page,
    pageErrors,
  }) => {
    // The page was opened from the old build; since then a deploy took its index folder away.
    let gone = true
    await page.route(INDEX_FILES, async (route) => {
      if (!gone) return route.continue()
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
    })
    await page.goto('/?driver=pierre-gasly')
    const alert = page.getByRole('alert').filter({ hasText: 'The quotes could not be filtered' })
    await expect(alert).toContainText(/is no longer on the server/)
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0)
    await expect(quoteFigures(page)).toHaveCount(0)

    // Reloading gets the page as the server has it now (here: the index back).
    gone = false
    const loads = countLoads(page)
    await alert.getByRole('button', { name: 'Reload the page' }).click()
    await expect(quoteFigures(page)).toHaveCount(2)
    expect(loads.count).toBe(1)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(pageErrors).toEqual([])
  })

  test('a damaged file of the index is an error with Retry, never a wrong count', async ({
    page,
    pageErrors,
  }) => {
    let damaged = true
    await page.route(/\/data\/explorer\/[0-9a-f]+\/l\/[^/]+\.json$/, async (route) => {
      if (!damaged) return route.continue()
      // Cut short, as a broken upload or a proxy's truncated response would be.
      const response = await route.fetch()
      const text = await response.text()
      await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) })
    })
    await page.goto('/?driver=pierre-gasly')
    const alert = page.getByRole('alert').filter({ hasText: 'The quotes could not be filtered' })
    await expect(alert).toContainText(/is not valid JSON/)
    await expect(quoteFigures(page)).toHaveCount(0)
    await expect(page.getByText(/^\d+ quotes?\b/)).toHaveCount(0)

    damaged = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(quoteFigures(page)).toHaveCount(2)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(pageErrors).toEqual([])
  })

  test('a search the whole dataset answers, which cannot be fetched, says so; Retry shows its results', async ({
    page,
    pageErrors,
  }) => {
    // A search of exclusions alone is left to the whole dataset (docs/explorer-index.md).
    const requests = await interceptInOrder(page, DATASET_URL)
    await page.goto('/?q=-g')
    const first = await requests.next()
    await first.fulfill({ status: 503, contentType: 'text/plain', body: 'Down for maintenance' })

    const alert = page.getByRole('alert').filter({ hasText: 'The quotes could not be filtered' })
    await expect(alert).toContainText(/The server answered 503\b.* for .*\/data\/quotes\.json/)
    await expect(quoteFigures(page)).toHaveCount(0)

    requests.letThrough()
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(quoteFigures(page)).not.toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(requests.count()).toBe(2)
    expect(pageErrors).toEqual([])
  })
})

/** How many times the page has loaded: the first visit, then each reload. */
function countLoads(page: Page) {
  const loads = { count: 0 }
  page.on('load', () => {
    loads.count += 1
  })
  return loads
}

/** Serves the driver page's chunk, or a 404 for the requests `missing` picks (1-based). */
async function serveDriverChunk(page: Page, missing: (request: number) => boolean) {
  const chunk = { requests: 0 }
  await page.route(DRIVER_CHUNK, async (route) => {
    chunk.requests += 1
    if (missing(chunk.requests)) await route.fulfill({ status: 404, body: 'Not found' })
    else await route.continue()
  })
  return chunk
}

test.describe('a page chunk gone after a redeploy', () => {
  const speakerLink = (page: Page) =>
    page
      .getByRole('list', { name: 'Quotes', exact: true })
      .getByRole('link', { name: 'Charles Leclerc', exact: true })
      .first()

  test('a chunk missing once: the app reloads once and shows the page', async ({
    page,
    pageErrors,
  }) => {
    const screens = await watchScreens(page)
    const loads = countLoads(page)
    const chunk = await serveDriverChunk(page, (request) => request === 1)

    await openPage(page, '/', 'Quotes')
    await expect(quoteFigures(page)).toHaveCount(QUOTE_COUNT)
    expect(chunk.requests, 'the driver page is not loaded before it is needed').toBe(0)
    expect(loads.count).toBe(1)

    // The reload's page request is held: meanwhile the old page stays on screen, as it would on
    // a slow connection, and shows what it shows.
    let reloadRequested = () => {}
    const reloading = new Promise<void>((resolve) => {
      reloadRequested = resolve
    })
    let releaseReload = () => {}
    const reloadReleased = new Promise<void>((resolve) => {
      releaseReload = resolve
    })
    await page.route('**/drivers/charles-leclerc', async (route) => {
      reloadRequested()
      await reloadReleased
      await route.continue()
    })

    // Not awaited yet: a click may wait for the navigation it sets off, which is held here.
    const clicked = speakerLink(page).click()
    await reloading
    // The old page's screen two frames after the chunk failed: what the visitor is looking at.
    await expect.poll(() => screens.afterChunkError.length).toBe(1)
    expect(screens.afterChunkError[0], 'shown while the reload is on its way').not.toBe(
      ERROR_HEADING,
    )
    expect(loads.count, 'the reload has not landed yet').toBe(1)
    releaseReload()
    await clicked

    await expect.poll(() => loads.count, { message: 'one reload' }).toBe(2)
    await expect(page).toHaveURL(/\/drivers\/charles-leclerc$/)
    await expect(pageHeading(page, 'Charles Leclerc')).toBeVisible()
    await expect(page).toHaveTitle('Charles Leclerc · Paddock Quotes')
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(chunk.requests, 'the 404, then the chunk after the reload').toBe(2)
    expect(loads.count, 'no second reload').toBe(2)

    expect(screens.blanks, 'the site never vanished').toEqual([])
    expect(screens.headings, 'pages shown along the way').not.toContain(ERROR_HEADING)
    expect(pageErrors).toEqual([])
  })

  test('a chunk missing for good: one reload, then the error page, and no reload loop', async ({
    page,
    pageErrors,
  }) => {
    const screens = await watchScreens(page)
    const loads = countLoads(page)
    const chunk = await serveDriverChunk(page, () => true)

    await openPage(page, '/', 'Quotes')
    await expect(quoteFigures(page)).toHaveCount(QUOTE_COUNT)
    await speakerLink(page).click()
    await expect.poll(() => loads.count, { message: 'one reload' }).toBe(2)

    const error = page.getByRole('alert').filter({
      has: page.getByRole('heading', { level: 1, name: ERROR_HEADING }),
    })
    await expect(error).toBeVisible()
    await expect(page).toHaveURL(/\/drivers\/charles-leclerc$/)
    await expect(page).toHaveTitle('Something went wrong · Paddock Quotes')
    await expect(error.getByRole('button', { name: 'Reload the page' })).toBeVisible()
    await expect(error.getByRole('link', { name: 'Back to all quotes' })).toHaveAttribute(
      'href',
      '/',
    )
    // The site around the error is still there.
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    expect(chunk.requests).toBeGreaterThanOrEqual(2)

    // No reload loop: this document lives on while the visitor goes back to the quotes.
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true))
    await error.getByRole('link', { name: 'Back to all quotes' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(quoteFigures(page)).toHaveCount(QUOTE_COUNT)
    expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true)
    expect(loads.count, 'still the first reload only').toBe(2)

    // "Reload the page" reloads once more, and the page still explains itself.
    await page.goBack()
    await expect(error).toBeVisible()
    await error.getByRole('button', { name: 'Reload the page' }).click()
    await expect.poll(() => loads.count).toBe(3)
    await expect(error).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await error.getByRole('link', { name: 'Back to all quotes' }).click()
    await expect(quoteFigures(page)).toHaveCount(QUOTE_COUNT)
    expect(loads.count).toBe(3)

    expect(screens.blanks, 'the site never vanished').toEqual([])
    // What surfaces uncaught is the chunk failing to load, and nothing else.
    expect(
      pageErrors.filter((message) => !/dynamically imported module: .*driver-page-/.test(message)),
    ).toEqual([])
  })
})
