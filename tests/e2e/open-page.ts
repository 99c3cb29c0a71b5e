import { expect, type Page, type Response } from '@playwright/test'
import { TAKEN_OVER_SELECTOR } from '../../src/app/taken-over'

/** A cold load (entry script, data, the page's chunk) on a busy machine outlasts a UI update. */
const PAGE_LOAD_TIMEOUT = 15_000

/**
 * A page's own h1. Exact, because the loading placeholder that comes first (in index.html and
 * while a page's data or code loads) has an h1 too, "Loading quotes", which a loose "Quotes"
 * matches.
 */
export const pageHeading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name, exact: true })

/**
 * Goes to `url` and waits until its page is ready: data and code in, its h1 `h1` on screen,
 * the placeholder gone, the app in charge. Not for tests that hold the data back to look at the placeholder.
 */
export async function openPage(
  page: Page,
  url: string,
  h1: string | RegExp,
): Promise<Response | null> {
  const response = await page.goto(url)
  // A prerendered h1 is on screen before the app runs: wait until the app has taken the page
  // over, so what the test types next reaches its handlers instead of the bare HTML. A page
  // rendered afresh (the 404 page) may show its loading placeholder first.
  await expectHydrated(page)
  await expect(pageHeading(page, h1)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT })
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))
  return response
}

/** Goes to `url` and waits for its h1 `h1` on screen, as a reader without JavaScript sees it. */
export async function openDocument(
  page: Page,
  url: string,
  h1: string | RegExp,
): Promise<Response | null> {
  const response = await page.goto(url)
  await expect(pageHeading(page, h1)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT })
  return response
}

/**
 * Waits until the app has taken the page over (hydrated it, or rendered it afresh): it marks
 * #root then (src/app/taken-over.ts), so the app, not the HTML alone, is what is on screen now.
 */
export async function expectHydrated(page: Page): Promise<void> {
  await expect(page.locator(TAKEN_OVER_SELECTOR), 'the app has taken over the page').toBeAttached({
    timeout: PAGE_LOAD_TIMEOUT,
  })
}
