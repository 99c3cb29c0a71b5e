import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium'
import { expectHydrated, openPage, pageHeading } from './open-page'
import { watchConsole } from './watch-console'
import { layoutShiftSoFar, watchLayoutShifts } from './layout-shifts'

/**
 * Saved quotes (docs/offline.md), in Chromium against the production build with the strict
 * policy: saving on a card and on a quote page, the header's count, /saved's list and Remove,
 * across reloads and between two tabs, its downloads, and a quote a later dataset no longer has.
 * No console error, no CSP violation, no hydration warning in any of them.
 */

const LECLERC = 'Save this quote by Charles Leclerc'
const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'
const VERGNE_INDY = 'Er is een race die ik nog niet heb kunnen doen'
/** Where the site at `/` keeps them (src/components/saved/saved-store.ts). */
const SAVED_KEY = 'paddock-quotes:saved:/'

const savedLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Saved/ })
const card = (page: Page, text: string) => page.getByRole('figure').filter({ hasText: text })
/** The saved list's items, in order. */
const savedItems = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('figure') })

test('saving on a card and on a quote page, the count, /saved, Remove, and all of it after a reload', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await openPage(page, '/', 'Quotes')
  await expect(savedLink(page)).toHaveAccessibleName('Saved')
  const save = card(page, LECLERC_REAL).getByRole('button', { name: LECLERC })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  await expect(savedLink(page)).toHaveAccessibleName('Saved (1)')

  await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
  const onPage = page.getByRole('button', { name: 'Save this quote by Jean-Eric Vergne' })
  await onPage.click()
  await expect(onPage).toHaveAttribute('aria-pressed', 'true')
  await expect(savedLink(page)).toHaveAccessibleName('Saved (2)')

  // The prerendered page knows nothing saved; once taken over, it is this browser's again.
  await page.reload()
  await expectHydrated(page)
  await expect(onPage).toHaveAttribute('aria-pressed', 'true')
  await expect(savedLink(page)).toHaveAccessibleName('Saved (2)')

  await savedLink(page).click()
  await expect(pageHeading(page, 'Saved quotes')).toBeVisible()
  await expect(page).toHaveTitle('Saved quotes · Paddock Quotes')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
  await expect(savedItems(page)).toHaveCount(2)
  // Newest first.
  await expect(savedItems(page).nth(0).getByRole('blockquote')).toContainText(VERGNE_INDY)
  await expect(savedItems(page).nth(1).getByRole('blockquote')).toContainText(LECLERC_REAL)

  await savedItems(page)
    .nth(1)
    .getByRole('button', { name: 'Remove this quote by Charles Leclerc' })
    .click()
  await expect(savedItems(page)).toHaveCount(1)
  await expect(savedLink(page)).toHaveAccessibleName('Saved (1)')
  await openPage(page, '/saved', 'Saved quotes')
  await expect(savedItems(page)).toHaveCount(1)
  await expect(savedItems(page).getByRole('blockquote')).toContainText(VERGNE_INDY)
  expect(problems).toEqual([])
})

test('saved quotes outlast the browser: closed, then opened again on the same profile', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'paddock-saved-profile-'))
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      baseURL,
    })
  try {
    const first = await launch()
    const page = first.pages()[0] ?? (await first.newPage())
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    const save = page.getByRole('button', { name: 'Save this quote by Jean-Eric Vergne' })
    await save.click()
    await expect(save).toHaveAttribute('aria-pressed', 'true')
    await first.close()

    const again = await launch()
    const reopened = again.pages()[0] ?? (await again.newPage())
    await openPage(reopened, '/saved', 'Saved quotes')
    await expect(savedItems(reopened)).toHaveCount(1)
    await expect(savedItems(reopened).getByRole('blockquote')).toContainText(VERGNE_INDY)
    await expect(savedLink(reopened)).toHaveAccessibleName('Saved (1)')
    await again.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})

test('two tabs stay in step', async ({ context }) => {
  const [one, two] = [await context.newPage(), await context.newPage()]
  const problems = [...[one, two].map((page) => watchConsole(page))]
  await openPage(one, '/', 'Quotes')
  await openPage(two, '/saved', 'Saved quotes')
  await expect(two.getByText(/No saved quotes yet/)).toBeVisible()

  await card(one, LECLERC_REAL).getByRole('button', { name: LECLERC }).click()
  await expect(savedItems(two)).toHaveCount(1)
  await expect(savedLink(two)).toHaveAccessibleName('Saved (1)')

  await savedItems(two)
    .getByRole('button', { name: /^Remove this quote by/ })
    .click()
  await expect(card(one, LECLERC_REAL).getByRole('button', { name: LECLERC })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  await expect(savedLink(one)).toHaveAccessibleName('Saved')
  expect(problems.flat()).toEqual([])
})

test('the list downloads as CSV and JSON, in the explorer’s columns, newest first', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await openPage(page, '/', 'Quotes')
  await card(page, LECLERC_REAL).getByRole('button', { name: LECLERC }).click()
  await card(page, VERGNE_INDY)
    .getByRole('button', { name: /^Save this quote by/ })
    .click()
  await expect(savedLink(page)).toHaveAccessibleName('Saved (2)')
  await savedLink(page).click()
  await expect(savedItems(page)).toHaveCount(2)

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toBe('paddock-quotes-saved-2.csv')
  const csvText = readFileSync(await csv.path(), 'utf8')
  const lines = csvText.replace(/^\uFEFF/, '').split('\r\n')
  expect(lines[0]).toMatch(/^quoteId,speaker,speakerId,text,/)
  expect(lines[1]).toMatch(/^vergne-wants-the-indy-500,Jean-Eric Vergne,/)
  expect(lines[2]).toMatch(/^leclerc-wants-the-real-le-mans,Charles Leclerc,/)
  expect(lines.slice(3)).toEqual([''])

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ])
  expect(json.suggestedFilename()).toBe('paddock-quotes-saved-2.json')
  const file = JSON.parse(readFileSync(await json.path(), 'utf8'))
  expect(file).toMatchObject({ site: 'Paddock Quotes', count: 2, filters: {} })
  expect(file.url).toMatch(/\/saved$/)
  expect(file.quotes.map((row: { quoteId: string }) => row.quoteId)).toEqual([
    'vergne-wants-the-indy-500',
    'leclerc-wants-the-real-le-mans',
  ])
  expect(file.quotes[1].permalink).toMatch(/\/quotes\/leclerc-wants-the-real-le-mans$/)
  expect(problems).toEqual([])
})

test('a saved quote the dataset no longer has stays, as it was saved, until removed', async ({
  page,
}) => {
  const problems = watchConsole(page)
  // Whether the dataset still has a saved quote is known without asking for a file that was
  // never written (the vanished quote's, data/pages/q/659.json): no 404, none in the console.
  const missing: string[] = []
  const quoteFiles: string[] = []
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (response.status() === 404) missing.push(path)
    if (path.startsWith('/data/pages/q/')) quoteFiles.push(path)
  })
  await openPage(page, '/', 'Quotes')
  await card(page, LECLERC_REAL).getByRole('button', { name: LECLERC }).click()
  await expect(savedLink(page)).toHaveAccessibleName('Saved (1)')
  // As if a later build had dropped a quote saved under an earlier one.
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '')
    const [entry] = stored.quotes
    const quote = { ...entry.snapshot.quotes[0], id: 'a-quote-since-withdrawn' }
    quote.text = 'Words a later dataset took back.'
    stored.quotes.unshift({
      id: quote.id,
      savedAt: '2026-01-05T09:00:00.000Z',
      snapshot: { ...entry.snapshot, quotes: [quote] },
    })
    localStorage.setItem(key, JSON.stringify(stored))
  }, SAVED_KEY)

  await openPage(page, '/saved', 'Saved quotes')
  await expect(savedItems(page)).toHaveCount(2)
  const gone = savedItems(page).nth(0)
  await expect(gone).toContainText('No longer in the dataset')
  await expect(gone).toContainText('Saved 5 January 2026')
  await expect(gone.getByRole('blockquote')).toHaveText(/Words a later dataset took back\./)
  await expect(savedItems(page).nth(1)).not.toContainText('No longer in the dataset')
  // Nothing on its card leads to its page, which is gone: Save alone, no Cite, Share, Permalink.
  await expect(gone.getByRole('figure').getByRole('button')).toHaveText([
    'Save this quote by Charles Leclerc',
  ])
  await expect(gone.getByRole('link', { name: /^Permalink/ })).toHaveCount(0)
  await expect(
    savedItems(page)
      .nth(1)
      .getByRole('link', { name: /^Permalink/ }),
  ).toBeVisible()

  await gone.getByRole('button', { name: 'Remove this quote by Charles Leclerc' }).click()
  await expect(savedItems(page)).toHaveCount(1)
  await expect(page.getByText('No longer in the dataset')).toHaveCount(0)
  expect(missing).toEqual([])
  // The quote still there is known so by its file, the one asked for.
  expect(quoteFiles).toContain('/data/pages/q/628.json')
  expect(problems).toEqual([])
})

test('damaged storage: /saved says so, without an error, and Save starts a new list', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, '{"version":1,"quotes":[')
    sessionStorage.setItem('seeded', '1')
  }, SAVED_KEY)
  await openPage(page, '/saved', 'Saved quotes')
  await expect(page.getByRole('alert')).toContainText('what is stored is damaged')
  await page.getByRole('link', { name: 'Quotes', exact: true }).click()
  await card(page, LECLERC_REAL).getByRole('button', { name: LECLERC }).click()
  await expect(savedLink(page)).toHaveAccessibleName('Saved (1)')
  expect(problems).toEqual([])
})

test('the saved state comes after the first paint without moving anything', async ({ page }) => {
  await openPage(page, '/', 'Quotes')
  for (const save of await page.getByRole('button', { name: /^Save this quote by/ }).all()) {
    await save.click()
  }
  await expect(savedLink(page)).toHaveAccessibleName('Saved (5)')
  await watchLayoutShifts(page)
  for (const [path, h1] of [
    ['/', 'Quotes'],
    ['/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne'],
  ] as const) {
    await openPage(page, path, h1)
    await expect(page.getByRole('button', { name: /^Save this quote by/ }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(savedLink(page)).toHaveAccessibleName('Saved (5)')
    expect(await layoutShiftSoFar(page), path).toBe(0)
  }
})
