import { expect, test } from '@playwright/test'
import { layoutShiftSoFar, watchLayoutShifts } from './layout-shifts'
import { openPage } from './open-page'

/**
 * On a phone the answer is in the first screen: the first quote of `/` and of a filtered view is
 * visible without scrolling (the facets fold behind "Filters", the matrix is folded), nothing
 * moves when the app takes the page over, and a desktop keeps every control in sight.
 */

const PHONE = { width: 390, height: 844 }
const VIEWS = ['/', '/?ambition=le-mans', '/?driver=pierre-gasly', '/?team=ferrari&sort=oldest']
/** The Dutch pages, whose words are longer: the same first screen. */
const DUTCH_VIEWS = ['/nl/', '/nl/?driver=pierre-gasly']

for (const view of [...VIEWS, ...DUTCH_VIEWS]) {
  const dutch = view.startsWith('/nl/')
  test(`${view} on a 390 px phone: the first quote in the first screen, nothing moves`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE)
    await watchLayoutShifts(page)
    await openPage(page, view, dutch ? 'Citaten' : 'Quotes')
    const first = page.getByRole('main').getByRole('figure').first()
    await expect(first).toBeInViewport()
    const box = await first.boundingBox()
    // Its first lines, not a sliver of its border.
    expect((box?.y ?? Infinity) + 80).toBeLessThanOrEqual(PHONE.height)
    await expect(page.getByRole('combobox', { name: dutch ? 'Coureur' : 'Driver' })).toBeHidden()
    expect(
      await page.locator('details.matrix-details').evaluate((d) => d.hasAttribute('open')),
    ).toBe(false)
    expect(await layoutShiftSoFar(page)).toBe(0)
  })
}

test('on a phone, the Dutch header is as compact as the English one: its menu on one line', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  const header = async (url: string, h1: string, nav: string) => {
    await openPage(page, url, h1)
    const menu = page.getByRole('navigation', { name: nav })
    const links = menu.getByRole('link')
    const tops = await links.evaluateAll((all) => all.map((a) => a.getBoundingClientRect().top))
    expect(new Set(tops).size, `${url}: the menu's rows`).toBe(1)
    return (await page.getByRole('banner').boundingBox())?.height
  }
  const english = await header('/', 'Quotes', 'Main')
  const dutch = await header('/nl/', 'Citaten', 'Hoofdmenu')
  expect(english).toBeGreaterThan(0)
  expect(dutch).toBe(english)
})

test('on a phone, "Filters" unfolds the facets, and the matrix opens on demand', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await openPage(page, '/?ambition=le-mans', 'Quotes')
  await page.getByRole('button', { name: 'Filters (1 chosen)' }).click()
  await expect(page.getByRole('combobox', { name: 'Ambition' })).toBeVisible()
  await page.getByText('At a glance: who wants to race where').click()
  await expect(page.getByRole('table')).toBeVisible()
})

test('on a desktop every control and the matrix are in sight, with no Filters button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openPage(page, '/?ambition=le-mans', 'Quotes')
  for (const name of ['Driver', 'Team', 'Ambition']) {
    await expect(page.getByRole('combobox', { name })).toBeVisible()
  }
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden()
  await expect(page.getByRole('table')).toBeVisible()
})
