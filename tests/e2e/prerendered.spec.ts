import { expect, test, type Locator, type Page } from '@playwright/test'
import { watchConsole } from './watch-console'
import { holdEntryScript } from './hold-script'
import { TAKEN_OVER_SELECTOR } from '../../src/app/taken-over'
import { expectHydrated, openDocument, pageHeading } from './open-page'

/**
 * Every address is a document of its own (scripts/build.ts prerenders it): readable and
 * navigable without JavaScript, taken over by the app without a change or a console message, and,
 * for a filtered explorer address, never showing the unfiltered list it was prerendered with.
 */

const INDY_QUOTE_TEXT =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'
const quoteList = (page: Page) => page.getByRole('list', { name: 'Quotes', exact: true })
/**
 * The explorer's note for readers without JavaScript. By CSS: Playwright's role and text queries
 * never look inside <noscript>, even with JavaScript off, when the browser shows its content.
 */
const noscriptNote = (page: Page) => page.locator('noscript > p')
const driversList = (page: Page) => page.getByRole('list', { name: 'Drivers', exact: true })
const driverNames = (page: Page) => driversList(page).getByRole('heading', { level: 2 })
const DRIVERS_BY_NAME = [
  'Antonio Giovinazzi',
  'Charles Leclerc',
  'Isaac Gillissen',
  'Jarno Opmeer',
  'Jean-Eric Vergne',
  'Pierre Gasly',
]
const driversPending = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Loading the drivers for this address…' })
const pendingStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Loading the quotes for this address…' })

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the explorer lists the first quotes and says what needs JavaScript', async ({ page }) => {
    await openDocument(page, '/', 'Quotes')
    await expect(page).toHaveTitle('Paddock Quotes')
    await expect(quoteList(page).getByRole('figure')).toHaveCount(5)
    await expect(
      quoteList(page).getByRole('blockquote').filter({ hasText: INDY_QUOTE_TEXT }),
    ).toBeVisible()
    await expect(noscriptNote(page)).toBeVisible()
    await expect(noscriptNote(page)).toContainText(
      'Search, filters, downloads and paging need JavaScript.',
    )
  })

  test('a filtered address shows the first quotes and the note that filtering needs JavaScript', async ({
    page,
  }) => {
    await openDocument(page, '/?driver=pierre-gasly', 'Quotes')
    const note = noscriptNote(page)
    await expect(note).toBeVisible()
    await expect(note).toContainText('Search, filters, downloads and paging need JavaScript.')
    // Nothing is hidden for a script that never comes.
    await expect(quoteList(page).getByRole('figure')).toHaveCount(5)
    await expect(pendingStatus(page)).toBeHidden()
    // The note leads to where every quote can be read without it.
    await note.locator('a', { hasText: 'drivers' }).click()
    await expect(pageHeading(page, 'Drivers')).toBeVisible()
    await expect(page).toHaveURL('/drivers')
  })

  test('/drivers lists the drivers A to Z, with a note on what needs JavaScript', async ({
    page,
  }) => {
    await openDocument(page, '/drivers?sort=quotes&page=2', 'Drivers')
    // Nothing is hidden for a script that never comes: the default view stays readable.
    await expect(driverNames(page)).toHaveText(DRIVERS_BY_NAME)
    await expect(driversPending(page)).toBeHidden()
    await expect(page.locator('noscript > p').last()).toContainText(
      'Finding, sorting and paging need JavaScript.',
    )
  })

  for (const { url, h1, title, content } of [
    {
      url: '/drivers/pierre-gasly',
      h1: 'Pierre Gasly',
      title: 'Pierre Gasly · Paddock Quotes',
      content: 'Wants to race Le Mans',
    },
    {
      url: '/races/le-mans',
      h1: '24 Hours of Le Mans',
      title: '24 Hours of Le Mans · Paddock Quotes',
      content: 'Pierre Gasly',
    },
    {
      url: '/teams/ferrari',
      h1: 'Ferrari',
      title: 'Ferrari · Paddock Quotes',
      content: 'Charles Leclerc',
    },
    {
      url: '/quotes/vergne-wants-the-indy-500',
      h1: 'Quote by Jean-Eric Vergne',
      title: /^Jean-Eric Vergne: “Er is een race die ik.*” · Paddock Quotes$/,
      content: INDY_QUOTE_TEXT,
    },
  ]) {
    test(`${url} shows its content`, async ({ page }) => {
      const response = await openDocument(page, url, h1)
      expect(response?.status()).toBe(200)
      await expect(page).toHaveTitle(title)
      await expect(page.getByRole('main')).toContainText(content)
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    })
  }

  test('links are real links: speaker, race, nav and back to the explorer', async ({ page }) => {
    await openDocument(page, '/', 'Quotes')
    const indy = quoteList(page).getByRole('figure').filter({ hasText: 'Indianapolis 500' })
    await indy.getByRole('link', { name: 'Jean-Eric Vergne', exact: true }).click()
    await expect(page).toHaveURL('/drivers/jean-eric-vergne')
    await expect(pageHeading(page, 'Jean-Eric Vergne')).toBeVisible()
    await expect(page.getByRole('main')).toContainText(INDY_QUOTE_TEXT)

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Races' })
      .click()
    await expect(page).toHaveURL('/races')
    await page.getByRole('main').getByRole('link', { name: 'Indianapolis 500' }).first().click()
    await expect(page).toHaveURL('/races/indy-500')
    await expect(pageHeading(page, 'Indianapolis 500')).toBeVisible()

    await page.getByRole('link', { name: 'Paddock Quotes' }).click()
    await expect(page).toHaveURL('/')
    await expect(quoteList(page).getByRole('figure')).toHaveCount(5)
  })
})

declare global {
  interface Window {
    __rootMutations?: string[]
    __frames?: { all: number; unfiltered: number }
    __listFrames?: { all: number; byName: number }
  }
}

/**
 * Opens `url` with the app's script held, marks the prerendered h1 and records every node added,
 * removed or rewritten under #root, then lets the script run and waits until the app has taken
 * the page over.
 */
async function openPrerendered(page: Page, url: string) {
  const release = await holdEntryScript(page)
  const response = await page.goto(url, { waitUntil: 'commit' })
  // The data block comes after #root: once it is there, the page's HTML is all in.
  await expect(page.locator('#page-data')).toBeAttached()
  const root = page.locator('#root')
  // Only the app marks #root as taken over: the HTML never says so.
  await expect(page.locator(TAKEN_OVER_SELECTOR)).not.toBeAttached()
  const before = await root.innerHTML()
  await root.locator('h1').evaluate((element) => Reflect.set(element, 'prerendered', true))
  await page.evaluate(() => {
    const seen: string[] = []
    window.__rootMutations = seen
    const describe = (node: Node) =>
      node instanceof Element ? `<${node.tagName.toLowerCase()}>` : JSON.stringify(node.textContent)
    new MutationObserver((records) => {
      for (const record of records) {
        const where = describe(record.target)
        if (record.type === 'characterData') seen.push(`${where}: text`)
        for (const node of record.addedNodes) seen.push(`${where}: added ${describe(node)}`)
        for (const node of record.removedNodes) seen.push(`${where}: removed ${describe(node)}`)
      }
      // Attributes are compared as HTML at the end: React sets some again to the same value.
    }).observe(document.getElementById('root') ?? document, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
  release()
  await expectHydrated(page)
  // Effects after the first render (the explorer's, the focus management) have run.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return {
    status: response?.status(),
    sameHtml: async () => (await root.innerHTML()) === before,
    sameH1: () =>
      root.locator('h1').evaluate((element) => Reflect.get(element, 'prerendered') === true),
    mutations: () => page.evaluate(() => window.__rootMutations ?? []),
  }
}

test.describe('the app takes over the prerendered page', () => {
  for (const [url, h1] of [
    ['/', 'Quotes'],
    ['/drivers', 'Drivers'],
    ['/drivers/pierre-gasly', 'Pierre Gasly'],
    ['/races', 'Races'],
    ['/races/le-mans', '24 Hours of Le Mans'],
    ['/teams', 'Teams'],
    ['/teams/veloce-esports', 'Veloce Esports'],
    ['/quotes/vergne-hopes-gasly-does-le-mans', 'Quote by Jean-Eric Vergne'],
  ] as const) {
    test(`${url}: the same nodes, no change, no console message`, async ({ page }) => {
      const problems = watchConsole(page)
      const opened = await openPrerendered(page, url)
      expect(opened.status).toBe(200)
      await expect(pageHeading(page, h1)).toBeVisible()
      expect(await opened.sameH1(), 'the prerendered h1 is still the one on screen').toBe(true)
      expect(await opened.mutations(), 'nodes changed under #root').toEqual([])
      expect(await opened.sameHtml(), 'the HTML under #root is as prerendered').toBe(true)
      // One title and one description: the app's head tags took over the prerendered ones.
      await expect(page.locator('head title')).toHaveCount(1)
      await expect(page.locator('head meta[name="description"]')).toHaveCount(1)
      expect(problems).toEqual([])
    })

    test(`${url}: every script it runs to take over is named in its HTML, none found late`, async ({
      page,
    }) => {
      // A chunk the HTML does not name is found only once the code before it has run: a round
      // trip more before the page is the app's (its own route chunk, above all).
      const scripts: string[] = []
      page.on('request', (request) => {
        const { pathname } = new URL(request.url())
        if (/^\/assets\/.*\.js$/.test(pathname)) scripts.push(pathname)
      })
      await page.goto(url)
      await expectHydrated(page)
      const named = await page
        .locator('script[src], link[rel="modulepreload"]')
        .evaluateAll((elements) =>
          elements.map(
            (element) =>
              new URL(
                element.getAttribute('src') ?? element.getAttribute('href') ?? '',
                location.href,
              ).pathname,
          ),
        )
      expect(scripts.length).toBeGreaterThan(0)
      expect(scripts.filter((script) => !named.includes(script))).toEqual([])
    })
  }

  test('a move inside the app asks for the next page’s code and the chunks it imports at once', async ({
    page,
  }) => {
    // Each chunk the next page's code imports is asked for beside it (a modulepreload link the
    // preload helper adds, scripts/lib/preload-helper.ts), not once that code has arrived and
    // run: the page's chunk is held until they are all asked for, or a while has passed.
    await page.goto('/drivers')
    await expectHydrated(page)
    // What the page has loaded already is not asked for again.
    const before = new Set(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
      ),
    )
    const early = new Set<string>()
    let held = false
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      ;(held ? early : before).add(pathname)
    })
    let wanted: string[] = []
    await page.route(/\/assets\/driver-page-[\w-]+\.js$/, async (route) => {
      held = true
      const response = await route.fetch()
      const code = await response.text()
      wanted = [...code.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)]
        .map(([, file]) => `/assets/${file}`)
        .filter((file) => !before.has(file))
      await expect
        .poll(() => wanted.filter((file) => !early.has(file)), { timeout: 5_000 })
        .toEqual([])
        .catch(() => {})
      held = false
      await route.fulfill({ response })
    })
    await page.getByRole('main').getByRole('link', { name: 'Pierre Gasly' }).first().click()
    await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible({ timeout: 15_000 })
    expect(wanted.length).toBeGreaterThan(0)
    expect(wanted.filter((file) => !early.has(file))).toEqual([])
  })

  test('/?driver=pierre-gasly: the same page, then its own results, no console message', async ({
    page,
  }) => {
    const problems = watchConsole(page)
    const opened = await openPrerendered(page, '/?driver=pierre-gasly')
    await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
    expect(await opened.sameH1()).toBe(true)
    await expect(page).toHaveTitle('Quotes: Pierre Gasly · Paddock Quotes')
    await expect(page.locator('head title')).toHaveCount(1)
    expect(problems).toEqual([])
  })

  for (const [url, message] of [
    ['/drivers/ghost', 'There is no driver “ghost” in these quotes.'],
    ['/no/such/page', 'There is no page at this address.'],
  ] as const) {
    test(`${url}: the 404 page, then what this address lacks, no console message`, async ({
      page,
    }) => {
      const problems = watchConsole(page)
      const opened = await openPrerendered(page, url)
      expect(opened.status).toBe(404)
      await expect(pageHeading(page, 'Not found')).toBeVisible()
      await expect(page.getByText(message)).toBeVisible()
      await expect(page).toHaveTitle('Not found · Paddock Quotes')
      expect(problems).toEqual([])
    })
  }
})

test.describe('a filtered address never shows the unfiltered list', () => {
  test('before the JavaScript: a loading note; after: the filtered quotes only', async ({
    page,
  }) => {
    // Every frame until the end of the test: is the prerendered list of all 5 quotes on screen?
    await page.addInitScript(() => {
      const frames = { all: 0, unfiltered: 0 }
      window.__frames = frames
      const sample = () => {
        const list = document.querySelector('ol[aria-label="Quotes"]')
        frames.all += 1
        if (list && list.getClientRects().length > 0 && list.children.length === 5) {
          frames.unfiltered += 1
        }
        requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    })
    const release = await holdEntryScript(page)
    await page.goto('/?driver=pierre-gasly', { waitUntil: 'commit' })

    await expect(pendingStatus(page)).toBeVisible()
    await expect(pageHeading(page, 'Quotes')).toBeVisible()
    await expect(quoteList(page)).toBeHidden()
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toBeHidden()

    release()
    await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
    await expect(pendingStatus(page)).toBeHidden()
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )
    const frames = await page.evaluate(() => window.__frames)
    expect(frames?.all, 'frames sampled').toBeGreaterThan(0)
    expect(frames?.unfiltered, 'frames showing all quotes').toBe(0)
  })

  // Another order or period is another view too: the prerendered list (newest first, every
  // year) is not what these addresses ask for.
  for (const url of ['/?sort=speaker', '/?from=2021', '/?to=2019']) {
    test(`${url}: a loading note until the app runs, then its own view, no console message`, async ({
      page,
    }) => {
      const problems = watchConsole(page)
      await expectPendingUntilTakenOver(page, url, {
        pending: pendingStatus(page),
        heading: 'Quotes',
        list: quoteList(page),
      })
      expect(problems).toEqual([])
    })
  }
})

test.describe('a list page at another view never shows the default one', () => {
  // The shipped dataset's six drivers fill one page, so `page=2` is page 1 again; another order
  // and a filter are what tell the address's view from the prerendered one (A to Z).
  test('/drivers?page=2: a loading note until the app runs, then the list, no console message', async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await expectPendingUntilTakenOver(page, '/drivers?page=2', {
      pending: driversPending(page),
      heading: 'Drivers',
      list: driversList(page),
    })
    await expect(driverNames(page)).toHaveText(DRIVERS_BY_NAME)
    expect(problems).toEqual([])
  })

  test('/drivers?q=…&sort=quotes: never a frame of the A-to-Z list, no console message', async ({
    page,
  }) => {
    // Every frame until the end of the test: is the prerendered list (A to Z) on screen?
    await page.addInitScript(() => {
      const frames = { all: 0, byName: 0 }
      window.__listFrames = frames
      const sample = () => {
        const list = document.querySelector('ul[aria-label="Drivers"]')
        frames.all += 1
        const first = list?.querySelector('h2')?.textContent
        if (list && list.getClientRects().length > 0 && first === 'Antonio Giovinazzi') {
          frames.byName += 1
        }
        requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    })
    const problems = watchConsole(page)
    const opened = await openPrerendered(page, '/drivers?q=j&sort=quotes')
    expect(await opened.sameH1()).toBe(true)
    await expect(driverNames(page)).toHaveText(['Jean-Eric Vergne', 'Jarno Opmeer'])
    await expect(page.getByRole('searchbox', { name: 'Find a driver' })).toHaveValue('j')
    await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('quotes')
    await expect(page.getByText('2 of 6 drivers match “j”')).toBeVisible()
    await expect(driversPending(page)).toBeHidden()
    const frames = await page.evaluate(() => window.__listFrames)
    expect(frames?.all, 'frames sampled').toBeGreaterThan(0)
    expect(frames?.byName, 'frames showing the drivers A to Z').toBe(0)
    expect(problems).toEqual([])
  })
})

/**
 * Opens `url` with the app's script held: its page shows the loading note and its heading, not
 * the prerendered default list; once the script runs, the app takes over and the note goes.
 */
async function expectPendingUntilTakenOver(
  page: Page,
  url: string,
  shown: { pending: Locator; heading: string; list: Locator },
) {
  const release = await holdEntryScript(page)
  await page.goto(url, { waitUntil: 'commit' })
  await expect(shown.pending).toBeVisible()
  await expect(pageHeading(page, shown.heading)).toBeVisible()
  await expect(shown.list).toBeHidden()
  release()
  await expectHydrated(page)
  await expect(shown.pending).toBeHidden()
}
