import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { holdEntryScript } from './hold-script'
import { expectHydrated, openPage, pageHeading } from './open-page'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
/** The explorer's search data, fetched by its worker for any view but the prerendered one. */
/** The explorer's index: a filtered view reads it. */
const INDEX_URL = '**/data/explorer/**'

/** Runs axe on the page as it is now; every violation is listed, with the elements at fault. */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  )
  expect.soft(violations, `axe violations, ${label}`).toEqual([])
}

/** One h1, and no level skipped on the way down (h2 -> h4 is a skip; h4 -> h2 is not). */
async function expectHeadingsInOrder(page: Page): Promise<void> {
  const levels = await page
    .getByRole('heading')
    .evaluateAll((headings) =>
      headings.map((heading) =>
        Number(heading.getAttribute('aria-level') ?? heading.tagName.replace(/^H/i, '')),
      ),
    )
  expect
    .soft(
      levels.filter((level) => level === 1),
      `one h1 in ${levels}`,
    )
    .toHaveLength(1)
  expect.soft(levels[0], `the first heading is the h1, in ${levels}`).toBe(1)
  const skips = levels.flatMap((level, i) => {
    const previous = levels[i - 1]
    return previous !== undefined && level > previous + 1 ? [`h${previous} -> h${level}`] : []
  })
  expect.soft(skips, `heading levels ${levels}`).toEqual([])
}

async function expectLandmarks(page: Page): Promise<void> {
  await expect.soft(page.getByRole('banner')).toHaveCount(1)
  await expect.soft(page.getByRole('navigation', { name: 'Main', exact: true })).toHaveCount(1)
  await expect.soft(page.getByRole('main')).toHaveCount(1)
  await expect.soft(page.getByRole('contentinfo')).toHaveCount(1)
}

/** Holds the requests for `url` until `release()`. */
async function hold(page: Page, url: string | RegExp): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    await released
    await route.continue()
  })
  return release
}

const backgroundColor = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

const PAGES = [
  { name: 'explorer', url: '/', h1: 'Quotes', ready: { figures: 5 } },
  {
    name: 'filtered explorer',
    url: '/?driver=pierre-gasly&ambition=le-mans',
    h1: 'Quotes',
    ready: { figures: 2 },
  },
  { name: 'explorer with no results', url: '/?q=zzzz', h1: 'Quotes', ready: { figures: 0 } },
  { name: 'drivers', url: '/drivers', h1: 'Drivers' },
  { name: 'driver', url: '/drivers/pierre-gasly', h1: 'Pierre Gasly' },
  { name: 'races', url: '/races', h1: 'Races' },
  { name: 'race', url: '/races/le-mans', h1: '24 Hours of Le Mans' },
  { name: 'teams', url: '/teams', h1: 'Teams' },
  { name: 'team', url: '/teams/veloce-esports', h1: 'Veloce Esports' },
  {
    name: 'quote',
    url: '/quotes/vergne-hopes-gasly-does-le-mans',
    h1: 'Quote by Jean-Eric Vergne',
  },
  { name: 'saved quotes, none yet', url: '/saved', h1: 'Saved quotes' },
  { name: 'unknown id', url: '/drivers/ghost', h1: 'Not found' },
  { name: 'unknown address', url: '/no/such/page', h1: 'Not found' },
] as const

test.describe('every page type', () => {
  for (const { name, url, h1, ...rest } of PAGES) {
    test(`${name} (${url}): no axe violations in light and dark, headings, landmarks`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' })
      await openPage(page, url, h1)
      if ('ready' in rest) {
        await expect(
          page.getByRole('list', { name: 'Quotes', exact: true }).getByRole('figure'),
        ).toHaveCount(rest.ready.figures)
      }
      await expectHeadingsInOrder(page)
      await expectLandmarks(page)
      await expectNoAxeViolations(page, `${url} in light`)

      const light = await backgroundColor(page)
      await page.emulateMedia({ colorScheme: 'dark' })
      expect(await backgroundColor(page), 'the dark theme is in force').not.toBe(light)
      await expectNoAxeViolations(page, `${url} in dark`)
    })
  }
})

test('the saved quotes, listed, one of them no longer in the dataset: no axe violations', async ({
  page,
}) => {
  await openPage(page, '/', 'Quotes')
  for (const save of await page.getByRole('button', { name: /^Save this quote by/ }).all()) {
    await save.click()
  }
  await page.evaluate(() => {
    const key = 'paddock-quotes:saved:/'
    const stored = JSON.parse(localStorage.getItem(key) ?? '')
    stored.quotes[0].id = 'a-quote-since-withdrawn'
    stored.quotes[0].snapshot.quotes[0].id = 'a-quote-since-withdrawn'
    localStorage.setItem(key, JSON.stringify(stored))
  })
  await openPage(page, '/saved', 'Saved quotes')
  await expect(page.getByText('5 saved quotes, newest first.')).toBeVisible()
  await expect(page.getByText(/No longer in the dataset/)).toHaveCount(1)
  await expectHeadingsInOrder(page)
  await expectLandmarks(page)
  await expectNoAxeViolations(page, '/saved, listed, in light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, '/saved, listed, in dark')
})

test('a filtered address while its quotes load is accessible, then shows them', async ({
  page,
}) => {
  const release = await hold(page, INDEX_URL)
  await page.goto('/?driver=pierre-gasly')
  const count = page.getByRole('status').filter({ hasText: 'Loading the quotes…' })
  await expect(count).toBeVisible()
  await expect(page).toHaveTitle('Quotes: Pierre Gasly · Paddock Quotes')
  await expectHeadingsInOrder(page)
  await expectLandmarks(page)
  await expectNoAxeViolations(page, 'loading, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'loading, dark')

  release()
  await expect(
    page.getByRole('list', { name: 'Quotes', exact: true }).getByRole('figure'),
  ).toHaveCount(2)
  await expect(count).toHaveCount(0)
})

test('a page whose data fails says what went wrong, is accessible, and Retry recovers', async ({
  page,
}) => {
  let failing = true
  await page.route('**/data/pages/drivers/pierre-gasly.json', async (route) => {
    if (failing) await route.fulfill({ status: 500, body: 'Server error' })
    else await route.continue()
  })
  await openPage(page, '/drivers', 'Drivers')
  await page.getByRole('main').getByRole('link', { name: 'Pierre Gasly', exact: true }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  await expect(
    alert.getByRole('heading', { level: 1, name: 'The quotes could not be loaded' }),
  ).toBeVisible()
  await expect(alert).toContainText('500')
  await expect(page).toHaveTitle('Quotes unavailable · Paddock Quotes')
  await expectHeadingsInOrder(page)
  await expectLandmarks(page)
  await expectNoAxeViolations(page, 'load error, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page, 'load error, dark')

  failing = false
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page).toHaveTitle('Pierre Gasly · Paddock Quotes')
})

test('the result count is a polite live region that follows the filters', async ({ page }) => {
  await openPage(page, '/', 'Quotes')
  const count = page.getByRole('status').filter({ hasText: /^\d+ quotes?\b/ })
  await expect(count).toHaveText('5 quotes')
  await expect(count).toHaveAttribute('aria-live', 'polite')
  await page.getByRole('combobox', { name: 'Driver' }).fill('Charles Leclerc')
  await page.keyboard.press('Enter')
  await expect(count).toHaveText('2 quotes of 5')
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('mythische')
  await expect(count).toHaveText('1 quote of 5')
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('zzzz')
  await expect(count).toHaveText('0 quotes of 5')
})

test('“Skip to content” is the first Tab stop and the next Tab starts in the content', async ({
  page,
}) => {
  // Ready first: while main holds only the loading placeholder there is nothing in it to
  // Tab to, and the Tab leaves the page (headless Chromium wraps it to the skip link).
  await openPage(page, '/', 'Quotes')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page).toHaveURL(/#main$/)
  // Past the header and its navigation.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused()
})

test('skipping to the content before the JavaScript runs: the next Tab, after it, lands in it', async ({
  page,
}) => {
  const release = await holdEntryScript(page)
  // The prerendered page, links and all, is there before any of the app's script.
  await page.goto('/', { waitUntil: 'commit' })
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeAttached()
  await page.keyboard.press('Tab')
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  release()
  await expectHydrated(page)
  // Taking the page over leaves the reader where they were.
  await expect(page.getByRole('main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toBeFocused()
})

test('a facet’s open list is accessible, and fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await openPage(page, '/?driver=charles-leclerc&driver=pierre-gasly', 'Quotes')
  // On a phone the facets are folded behind one button, which says how many are chosen.
  const filters = page.getByRole('button', { name: 'Filters (2 chosen)' })
  await expect(filters).toHaveAttribute('aria-expanded', 'false')
  await filters.click()
  await expect(filters).toHaveAttribute('aria-expanded', 'true')
  const driver = page.getByRole('combobox', { name: 'Driver' })
  await expect(driver).toHaveAccessibleDescription('2 drivers')
  await driver.click()
  await page.keyboard.press('ArrowDown')
  const listbox = page.getByRole('listbox', { name: 'Driver' })
  await expect(listbox).toHaveAttribute('aria-multiselectable', 'true')
  await expect(listbox.getByRole('option', { selected: true })).toHaveCount(2)
  await expectNoAxeViolations(page, 'the Driver list open')
  // The control and its list stay within the screen (the matrix has a scroll of its own).
  for (const [what, box] of [
    ['the control', await driver.boundingBox()],
    ['the list', await listbox.boundingBox()],
  ] as const) {
    expect(box, what).not.toBeNull()
    expect((box?.x ?? 0) + (box?.width ?? 0), `${what} within 320 px`).toBeLessThanOrEqual(320)
  }
})
