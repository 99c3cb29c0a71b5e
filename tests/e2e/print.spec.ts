import { expect, test } from '@playwright/test'
import { openPage } from './open-page'

/**
 * Printing a page gives a clean document (styles.css, @media print): the content and its
 * sources, none of the navigation, controls or buttons, and the addresses written out.
 */
test.describe('printed pages', () => {
  test('a quote prints without navigation or buttons, with its own address', async ({ page }) => {
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    await page.emulateMedia({ media: 'print' })

    await expect(page.getByRole('blockquote')).toBeVisible()
    await expect(page.getByText('Our translation from Dutch')).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden()
    await expect(page.locator('#print-address')).toBeVisible()
    await expect(page.locator('#print-address')).toHaveText(
      `Printed from ${new URL('/quotes/vergne-wants-the-indy-500', page.url()).href}`,
    )

    // On screen the address is not there at all.
    await page.emulateMedia({ media: 'screen' })
    await expect(page.locator('#print-address')).toBeHidden()
  })

  test('the printed address follows the reader from page to page', async ({ page }) => {
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    await page.getByRole('link', { name: 'All about Jean-Eric Vergne' }).click()
    await expect(page).toHaveURL(/\/drivers\/jean-eric-vergne$/)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('#print-address')).toHaveText(
      `Printed from ${new URL('/drivers/jean-eric-vergne', page.url()).href}`,
    )
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden()
  })

  test('the explorer prints its quotes, not its search and filters', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('search', { name: 'Filter quotes' })).toBeHidden()
    await expect(page.getByRole('blockquote').first()).toBeVisible()
  })

  test('a link to another site prints its address after its text', async ({ page }) => {
    // The first dataset's source has no address: this checks the rule on a link of the same kind
    // as a card's "Read the source", placed in the page.
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    await page.emulateMedia({ media: 'print' })
    const printed = await page.locator('main').evaluate((main) => {
      const link = document.createElement('a')
      link.href = 'https://news.example/article'
      link.textContent = 'Read the source'
      main.append(link)
      const after = getComputedStyle(link, '::after').content
      const inside = new URL('/drivers', location.href).href
      const own = document.createElement('a')
      own.href = '/drivers'
      main.append(own)
      return { after, ownAfter: getComputedStyle(own, '::after').content, inside }
    })
    expect(printed.after).toBe('" <https://news.example/article>"')
    // An address inside the site is not written out after every link.
    expect(printed.ownAfter).toBe('none')
  })
})
