import { expect, test, type Page } from '@playwright/test'
import { expectHydrated, pageHeading } from './open-page'
import { watchConsole } from './watch-console'

/**
 * A host may answer an address with another page's document: an SPA fallback (Netlify's
 * `/* /index.html 200`, Cloudflare Pages without a 404 page) serves index.html for an unknown or
 * malformed address, or for a page it does not have. Here `vite preview` serves the build, and
 * the fallback is played by answering the address with `/`'s document (status 200). The app must
 * render the address in the bar afresh: no hydration error, no console message, and not one
 * frame of the explorer the document holds.
 */

declare global {
  interface Window {
    __mainHiddenAtParse?: boolean
  }
}

/** Serves `/`'s document for `address`, as a host's SPA fallback would. */
async function serveHomeAt(page: Page, address: string) {
  await page.route(
    (url) => url.pathname === new URL(address, 'http://x').pathname,
    async (route) => {
      const home = await route.fetch({ url: new URL('/', route.request().url()).href })
      await route.fulfill({ response: home })
    },
  )
  // Whether the document's main content was hidden when the parser was done with it (before
  // any script of the app ran): the first paint came no earlier.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const main = document.getElementById('main')
      window.__mainHiddenAtParse = main !== null && getComputedStyle(main).visibility === 'hidden'
    })
  })
}

/**
 * What the console may say beside nothing: the app asks for an unknown record's data file to
 * learn it has none (the browser logs the 404 of that file), and React Router warns that a
 * malformed address cannot be decoded (it then matches it as written: the 404 page).
 */
const CASES = [
  {
    address: '/drivers/ghost',
    heading: 'Not found',
    why: 'an unknown record',
    expected: /^error: Failed to load resource: .* 404/,
  },
  { address: '/no/such/page', heading: 'Not found', why: 'an unknown address' },
  {
    address: '/%E0%A4%A',
    heading: 'Not found',
    why: 'a malformed address',
    expected: /^warning: The URL path "\/%E0%A4%A" could not be decoded/,
  },
  { address: '/drivers/pierre-gasly', heading: 'Pierre Gasly', why: 'a real page' },
  { address: '/races', heading: 'Races', why: 'a list page' },
]

for (const { address, heading, why, expected } of CASES) {
  test(`${why} served index.html (${address}): rendered afresh, no flash, no console message`, async ({
    page,
  }) => {
    const problems = watchConsole(page)
    await serveHomeAt(page, address)
    await page.goto(address)
    await expectHydrated(page)
    await expect(pageHeading(page, heading)).toBeVisible()
    await expect(page.locator('#main')).toBeVisible()
    expect(await page.evaluate(() => window.__mainHiddenAtParse)).toBe(true)
    // The explorer's list of quotes is gone, not merely hidden.
    await expect(pageHeading(page, 'Quotes')).toHaveCount(0)
    expect(problems.filter((problem) => !expected?.test(problem))).toEqual([])
  })
}

test('the page at its own address is shown at once, never hidden', async ({ page }) => {
  const problems = watchConsole(page)
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const main = document.getElementById('main')
      window.__mainHiddenAtParse = main !== null && getComputedStyle(main).visibility === 'hidden'
    })
  })
  await page.goto('/drivers/pierre-gasly')
  await expectHydrated(page)
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  expect(await page.evaluate(() => window.__mainHiddenAtParse)).toBe(false)
  expect(problems).toEqual([])
})
