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

for (const view of VIEWS) {
  test(`${view} on a 390 px phone: the first quote in the first screen, nothing moves`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE)
    await watchLayoutShifts(page)
    await openPage(page, view, 'Quotes')
    const first = page.getByRole('main').getByRole('figure').first()
    await expect(first).toBeInViewport()
    const box = await first.boundingBox()
    // Its first lines, not a sliver of its border.
    expect((box?.y ?? Infinity) + 80).toBeLessThanOrEqual(PHONE.height)
    await expect(page.getByRole('combobox', { name: 'Driver' })).toBeHidden()
    expect(
      await page.locator('details.matrix-details').evaluate((d) => d.hasAttribute('open')),
    ).toBe(false)
    expect(await layoutShiftSoFar(page)).toBe(0)
  })
}

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
