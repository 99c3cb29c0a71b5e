import { expect, test, type Page, type Route } from '@playwright/test'
import { openPage } from './open-page'
import { watchConsole } from './watch-console'

/**
 * The islands of `/` (src/components/page/island.tsx): the quote actions, the matrix, the
 * downloads, the chips and the result options are in its HTML, but their code loads only when a
 * reader reaches for the page. Until then the prerendered markup stays as it is; after, it works
 * as if it had always been live.
 */

/** The islands of `/`, each its own chunk. */
const ISLANDS = 5
const ISLAND_CHUNK =
  /\/assets\/(quote-actions|matrix-details|download-results|active-filters|result-options)-[\w-]+\.js$/

/** The island chunks the page has asked for so far. */
function watchIslandChunks(page: Page) {
  const asked: string[] = []
  page.on('request', (request) => {
    if (ISLAND_CHUNK.test(new URL(request.url()).pathname)) asked.push(request.url())
  })
  return asked
}

/** Holds the island chunks the page asks for until `release()`: how many it has asked for. */
async function holdIslandChunks(page: Page) {
  const held: Route[] = []
  await page.route(ISLAND_CHUNK, (route) => void held.push(route))
  return {
    count: () => held.length,
    release: async () => {
      for (const route of held) await route.continue()
    },
  }
}

test('/ takes over without the islands’ code, and keeps their HTML as it was', async ({ page }) => {
  const problems = watchConsole(page)
  const asked = watchIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  await page.waitForLoadState('networkidle')
  expect(asked).toEqual([])
  const figure = page.getByRole('main').getByRole('figure').first()
  await expect(figure.getByRole('button', { name: /^Cite this quote by / })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible()
  await expect(page.getByRole('table')).toBeVisible()
  expect(problems).toEqual([])
})

test('a pointer over the page loads the islands; Cite then opens the formats', async ({ page }) => {
  const problems = watchConsole(page)
  const asked = watchIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  const figure = page.getByRole('main').getByRole('figure').first()
  await figure.hover()
  await expect.poll(() => asked.length).toBe(ISLANDS)
  const cite = figure.getByRole('button', { name: /^Cite this quote by / })
  await cite.click()
  await expect(cite).toHaveAttribute('aria-expanded', 'true')
  await expect(figure.getByRole('button', { name: 'Copy the APA 7 citation' })).toBeVisible()
  expect(problems).toEqual([])
})

test('a click that comes before the islands’ code is held, then done', async ({ page }) => {
  const problems = watchConsole(page)
  const held = await holdIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  const figure = page.getByRole('main').getByRole('figure').first()
  const cite = figure.getByRole('button', { name: /^Cite this quote by / })
  await cite.click()
  await expect.poll(held.count).toBe(ISLANDS)
  // Nothing happened yet: the click waits for the code.
  await expect(cite).toHaveAttribute('aria-expanded', 'false')
  await held.release()
  await expect(cite).toHaveAttribute('aria-expanded', 'true')
  await expect(figure.getByRole('button', { name: 'Copy the APA 7 citation' })).toBeVisible()
  expect(problems).toEqual([])
})

test('a click with no pointer, key or focus before it (a screen reader’s) is done too', async ({
  page,
}) => {
  const problems = watchConsole(page)
  const asked = watchIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  const figure = page.getByRole('main').getByRole('figure').first()
  const cite = figure.getByRole('button', { name: /^Cite this quote by / })
  // A click event alone, as a screen reader's browse mode sends it: no pointer moved, no focus.
  await cite.dispatchEvent('click')
  await expect.poll(() => asked.length).toBe(ISLANDS)
  await expect(cite).toHaveAttribute('aria-expanded', 'true')
  expect(problems).toEqual([])
})

test('a keyboard reader keeps the focus where it is as an island comes alive', async ({ page }) => {
  const problems = watchConsole(page)
  const asked = watchIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  const download = page.getByRole('button', { name: 'Download CSV' })
  await download.focus()
  await expect.poll(() => asked.length).toBe(ISLANDS)
  // Taken over in place: the same element, still focused, now with its handlers.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))
  await expect(download).toBeFocused()
  const saved = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await saved).suggestedFilename()).toMatch(/\.csv$/)
  expect(problems).toEqual([])
})

test('a sort chosen before the islands’ code is in is applied once it is', async ({ page }) => {
  const problems = watchConsole(page)
  const held = await holdIslandChunks(page)
  await openPage(page, '/', 'Quotes')
  const sort = page.getByRole('combobox', { name: 'Sort' })
  // As a reader gets to it: by the keyboard or a tap, either of which focuses it first.
  await sort.focus()
  await sort.selectOption({ label: 'Oldest first' })
  await expect.poll(held.count).toBe(ISLANDS)
  expect(new URL(page.url()).search).toBe('')
  await held.release()
  await expect(page).toHaveURL(/\?sort=oldest$/)
  await expect(sort).toHaveValue('oldest')
  expect(problems).toEqual([])
})
