import { expect, test, type Page } from '@playwright/test'
import { expectHeadingsInOrder, expectLandmarks, expectNoViolations } from './a11y-checks'
import { holdEntryScript } from './hold-script'
import { expectHydrated, openPage, pageHeading } from './open-page'

/** The explorer's index: a filtered view reads it. */
const INDEX_URL = '**/data/explorer/**'

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

test('the saved quotes, listed, one of them no longer in the dataset: neither checker finds anything', async ({
  page,
}) => {
  test.slow() // both checkers, in two themes
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
  await expectNoViolations(page, '/saved, listed, in light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoViolations(page, '/saved, listed, in dark')
})

test('a filtered address while its quotes load is accessible, then shows them', async ({
  page,
}) => {
  test.slow() // both checkers, in two themes
  const release = await hold(page, INDEX_URL)
  await page.goto('/?driver=pierre-gasly')
  const count = page.getByRole('status').filter({ hasText: 'Loading the quotes…' })
  await expect(count).toBeVisible()
  await expect(page).toHaveTitle('Quotes: Pierre Gasly · Paddock Quotes')
  await expectHeadingsInOrder(page)
  await expectLandmarks(page)
  await expectNoViolations(page, 'loading, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoViolations(page, 'loading, dark')

  release()
  await expect(
    page.getByRole('list', { name: 'Quotes', exact: true }).getByRole('figure'),
  ).toHaveCount(2)
  await expect(count).toHaveCount(0)
})

test('a page whose data fails says what went wrong, is accessible, and Retry recovers', async ({
  page,
}) => {
  test.slow() // both checkers, in two themes
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
  await expectNoViolations(page, 'load error, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoViolations(page, 'load error, dark')

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
  test.slow() // both checkers, in two themes
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
  await expectNoViolations(page, 'the Driver list open')
  // The control and its list stay within the screen (the matrix has a scroll of its own).
  for (const [what, box] of [
    ['the control', await driver.boundingBox()],
    ['the list', await listbox.boundingBox()],
  ] as const) {
    expect(box, what).not.toBeNull()
    expect((box?.x ?? 0) + (box?.width ?? 0), `${what} within 320 px`).toBeLessThanOrEqual(320)
  }
})
