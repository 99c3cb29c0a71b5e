import { expect, test, type Locator, type Page } from '@playwright/test'
import { openPage, pageHeading } from './open-page'

/** The focused element shows a focus ring: a visible outline of some width. */
async function expectFocusVisible(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return { element: 'nothing', style: '', width: 0 }
    const style = getComputedStyle(element)
    return {
      element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    }
  })
  expect.soft(ring.style, `outline style of the focused ${ring.element}`).not.toBe('none')
  expect.soft(ring.width, `outline width of the focused ${ring.element}`).toBeGreaterThan(0)
}

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement)

/** Presses Tab until `target` has focus, checking the focus ring at every stop on the way. */
async function tabTo(page: Page, target: Locator, maxStops = 60): Promise<void> {
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab')
    await expectFocusVisible(page)
    if (await isFocused(target)) return
  }
  await expect(target, `reached by Tab within ${maxStops} stops`).toBeFocused()
}

test('search, filter and follow a speaker with the keyboard alone, then come back', async ({
  page,
}) => {
  await openPage(page, '/', 'Quotes')
  const list = page.getByRole('list', { name: 'Quotes', exact: true })
  await expect(list.getByRole('figure')).toHaveCount(5)

  // `/` from anywhere on the page focuses the search box.
  await page.keyboard.press('/')
  const search = page.getByRole('searchbox', { name: 'Search quotes' })
  await expect(search).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.type('le mans')
  await expect(search).toHaveValue('le mans')
  await expect(page).toHaveURL('/?q=le+mans')
  await expect(list.getByRole('figure')).toHaveCount(4)

  // The Driver combobox is the next stop; typing the start of a name and Enter chooses it.
  const driver = page.getByRole('combobox', { name: 'Driver' })
  await page.keyboard.press('Tab')
  await expect(driver).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.type('char')
  await expect(driver).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText('1 driver matches')).toBeAttached()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/?q=le+mans&driver=charles-leclerc')
  await expect(list.getByRole('figure')).toHaveCount(2)
  await expect(driver).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(driver).toHaveAttribute('aria-expanded', 'false')
  await expect(driver).toHaveAccessibleDescription('Charles Leclerc')

  // On through the page to the first quote's speaker, and Enter follows the link.
  const speaker = list
    .getByRole('figure')
    .first()
    .getByRole('link', { name: 'Charles Leclerc', exact: true })
  await tabTo(page, speaker)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/drivers/charles-leclerc')
  const h1 = pageHeading(page, 'Charles Leclerc')
  // Focus follows to the new page's heading, a programmatic target that shows no ring.
  await expect(h1).toBeFocused()

  // Back: the explorer as it was left, filters and all. (Alt+ArrowLeft is a browser shortcut
  // that CDP's synthetic key events do not reach, so the browser's Back is driven directly.)
  await page.goBack()
  await expect(page).toHaveURL('/?q=le+mans&driver=charles-leclerc')
  await expect(search).toHaveValue('le mans')
  await expect(driver).toHaveAccessibleDescription('Charles Leclerc')
  await expect(list.getByRole('figure')).toHaveCount(2)
  await expect(pageHeading(page, 'Quotes')).toBeFocused()

  // And the keyboard carries on from there, focus still visible.
  await tabTo(page, search)
})
