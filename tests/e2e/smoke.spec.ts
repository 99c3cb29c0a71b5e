import { expect, test } from '@playwright/test'

test('the explorer loads every quote from a fresh visit', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible()
  await expect(page.getByRole('figure')).toHaveCount(5)
  await expect(page).toHaveTitle('Paddock Quotes')
})
