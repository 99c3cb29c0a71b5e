import { expect, test, type Page } from '@playwright/test'
import { openPage, pageHeading } from './open-page'
import { SUB_PATH } from './playwright.config'

/*
 * The build served under SUB_PATH, /paddock/ (the 'subpath' project): every address is relative
 * to the baseURL, http://127.0.0.1:4181/paddock/, so a leading slash would leave the sub-path.
 */

const quoteList = (page: Page) => page.getByRole('list', { name: 'Quotes', exact: true })
/** The address bar's path and query, waited for like any other expectation. */
const expectPath = (page: Page, path: string) =>
  expect
    .poll(() => {
      const url = new URL(page.url())
      return url.pathname + url.search
    })
    .toBe(path)

test('the explorer loads fresh under the sub-path, filters and search data included', async ({
  page,
}) => {
  await openPage(page, './', 'Quotes')
  await expect(page).toHaveTitle('Paddock Quotes')
  await expect(quoteList(page).getByRole('figure')).toHaveCount(5)

  // A filtered view comes from the explorer's worker, which reads its index under the base.
  const start = page.waitForResponse((response) => response.url().endsWith('/start.json'))
  await openPage(page, '?driver=pierre-gasly&ambition=le-mans', 'Quotes')
  const response = await start
  expect(new URL(response.url()).pathname).toMatch(
    new RegExp(`^${SUB_PATH}data/explorer/[0-9a-f]+/start\\.json$`),
  )
  expect(response.status()).toBe(200)
  await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
    'Pierre Gasly',
  )
  await expect(page.getByRole('combobox', { name: 'Ambition' })).toHaveAccessibleDescription(
    'Le Mans',
  )
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
  await expect(page).toHaveTitle('Quotes: Pierre Gasly, Le Mans · Paddock Quotes')

  // A search reads the index's buckets of words, under the base too.
  const bucket = page.waitForResponse((response) => /\/t\/\d+\.json$/.test(response.url()))
  await openPage(page, '?q=indianapolis', 'Quotes')
  expect(new URL((await bucket).url()).pathname).toMatch(
    new RegExp(`^${SUB_PATH}data/explorer/[0-9a-f]+/t/\\d+\\.json$`),
  )
  await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('indianapolis')
  await expect(quoteList(page).getByRole('figure')).toHaveCount(1)
})

test('moving to another page fetches its data under the sub-path', async ({ page }) => {
  await openPage(page, 'drivers', 'Drivers')
  const data = page.waitForResponse((response) => response.url().includes('/data/pages/'))
  await page.getByRole('main').getByRole('link', { name: 'Pierre Gasly', exact: true }).click()
  const response = await data
  expect(new URL(response.url()).pathname).toBe(`${SUB_PATH}data/pages/drivers/pierre-gasly.json`)
  expect(response.status()).toBe(200)
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  await expectPath(page, `${SUB_PATH}drivers/pierre-gasly`)
  await expect(page.getByRole('region', { name: 'Ambitions' }).getByRole('figure')).toHaveCount(2)
})

for (const [address, title, content] of [
  ['drivers', 'Drivers', 'Pierre Gasly'],
  ['drivers/pierre-gasly', 'Pierre Gasly', 'Quotes about Pierre Gasly'],
  ['races', 'Races', 'Wanted by Jean-Eric Vergne'],
  ['races/indy-500', 'Indianapolis 500', 'The Greatest Spectacle in Racing'],
  ['teams', 'Teams', 'Veloce Esports'],
  ['teams/ferrari', 'Ferrari', 'Quotes by or about Ferrari drivers'],
  ['quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne', 'Indianapolis 500.'],
] as const) {
  test(`${SUB_PATH}${address} loads fresh with its data`, async ({ page }) => {
    const response = await openPage(page, address, title)
    expect(response?.status()).toBe(200)
    await expectPath(page, `${SUB_PATH}${address}`)
    await expect(page.getByRole('main')).toContainText(content)
    await expect(page).toHaveTitle(
      title.startsWith('Quote by')
        ? /^Jean-Eric Vergne: “.*” · Paddock Quotes$/
        : `${title} · Paddock Quotes`,
    )
  })
}

test('in-app links keep the /paddock/ prefix', async ({ page }) => {
  await openPage(page, './', 'Quotes')
  await expect(quoteList(page).getByRole('figure')).toHaveCount(5)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect
    .soft(nav.getByRole('link', { name: 'Quotes', exact: true }))
    .toHaveAttribute('href', SUB_PATH)

  await nav.getByRole('link', { name: 'Races', exact: true }).click()
  await expect(pageHeading(page, 'Races')).toBeVisible()
  await expectPath(page, `${SUB_PATH}races`)

  await page
    .getByRole('table')
    .getByRole('link', { name: /Pierre Gasly wants to race Le Mans/ })
    .click()
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
  await expectPath(page, `${SUB_PATH}?driver=pierre-gasly&ambition=le-mans`)
  // The address the link led to is one a bookmark or a reload can come back to.
  await page.reload()
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)

  await quoteList(page)
    .getByRole('figure')
    .first()
    .getByRole('link', { name: 'Jean-Eric Vergne', exact: true })
    .click()
  await expect(pageHeading(page, 'Jean-Eric Vergne')).toBeVisible()
  await expectPath(page, `${SUB_PATH}drivers/jean-eric-vergne`)

  await page.goBack()
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
  await expectPath(page, `${SUB_PATH}?driver=pierre-gasly&ambition=le-mans`)
})

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the copied link and citation point under /paddock/', async ({ page, baseURL }) => {
    await openPage(page, 'drivers/pierre-gasly', 'Pierre Gasly')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}drivers/pierre-gasly`,
    )

    await openPage(page, 'quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    const cite = page.getByRole('region', { name: 'Cite this quote' })
    await cite.getByRole('button', { name: 'Copy the Plain text citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText(
      'Copied the Plain text citation',
    )
    const citation = await page.evaluate(() => navigator.clipboard.readText())
    expect(citation).toMatch(
      /^“Er is een race .*” \(English translation by Paddock Quotes: .*\) — Jean-Eric Vergne, Motorsport.com, June 2020\. /,
    )
    expect(citation.endsWith(` ${baseURL}quotes/vergne-wants-the-indy-500`)).toBe(true)
  })
})

test('an unknown address under /paddock/ is not found, status 404, with a way back', async ({
  page,
}) => {
  const response = await openPage(page, 'no/such/page', 'Not found')
  expect(response?.status()).toBe(404)
  await expect(page).toHaveTitle('Not found · Paddock Quotes')
  await page.getByRole('main').getByRole('link', { name: 'All quotes' }).click()
  await expect(quoteList(page).getByRole('figure')).toHaveCount(5)
  await expectPath(page, SUB_PATH)

  const ghost = await openPage(page, 'teams/ghost', 'Not found')
  expect(ghost?.status()).toBe(404)
  await expect(page.getByText('There is no team “ghost” in these quotes.')).toBeVisible()
})

test('a missing file under /paddock/ is a plain 404, never a page', async ({ request }) => {
  for (const path of ['assets/nope-123.js', 'data/pages/drivers/ghost.json', 'nope.svg']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(response.headers()['content-type'], path).toMatch(/^text\/plain/)
  }
})

test('installable under /paddock/: the manifest, its icons and the worker’s scope', async ({
  page,
  request,
}) => {
  await openPage(page, 'drivers', 'Drivers')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe(`${SUB_PATH}manifest.json`)
  const manifest = await (await request.get('manifest.json')).json()
  expect(manifest).toMatchObject({ start_url: SUB_PATH, scope: SUB_PATH, id: SUB_PATH })
  for (const icon of manifest.icons) {
    expect(icon.src.startsWith(`${SUB_PATH}icons/`), icon.src).toBe(true)
    expect((await request.get(`.${icon.src.slice(SUB_PATH.length - 1)}`)).status()).toBe(200)
  }
  // The worker sits at the base and keeps to it.
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return new URL(registration.scope).pathname
  })
  expect(scope).toBe(SUB_PATH)
})

test('/paddock/nl/saved marks a vanished quote, in Dutch, with no request that answers 404', async ({
  page,
}) => {
  const missing: string[] = []
  const quoteFiles: string[] = []
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (response.status() === 404) missing.push(path)
    if (path.includes('/data/pages/q/')) quoteFiles.push(path)
  })
  await openPage(page, 'nl/', 'Citaten')
  await page
    .getByRole('figure')
    .filter({ hasText: 'Ik wil absoluut de echte 24 uur van Le Mans rijden' })
    .getByRole('button', { name: 'Bewaar dit citaat van Charles Leclerc' })
    .click()
  const savedLink = page.getByRole('navigation').getByRole('link', { name: /^Bewaard/ })
  await expect(savedLink).toHaveAccessibleName('Bewaard (1)')
  // As if a later build had dropped a quote saved under an earlier one (its file, q/659, was
  // never written).
  await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '')
    const [entry] = stored.quotes
    const quote = { ...entry.snapshot.quotes[0], id: 'a-quote-since-withdrawn' }
    stored.quotes.unshift({
      ...entry,
      id: quote.id,
      snapshot: { ...entry.snapshot, quotes: [quote] },
    })
    localStorage.setItem(key, JSON.stringify(stored))
  }, `paddock-quotes:saved:${SUB_PATH}`)

  await openPage(page, 'nl/saved', 'Bewaarde citaten')
  await expect(page).toHaveTitle('Bewaarde citaten · Paddock Quotes')
  await expect(page.getByText('2 bewaarde citaten, nieuwste eerst.')).toBeVisible()
  const items = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('figure') })
  await expect(items.nth(0)).toContainText('Niet meer in de dataset: getoond zoals het is bewaard')
  await expect(items.nth(0).getByRole('link', { name: /^Vaste link/ })).toHaveCount(0)
  await expect(items.nth(1).getByRole('link', { name: /^Vaste link/ })).toHaveAttribute(
    'href',
    `${SUB_PATH}nl/quotes/leclerc-wants-the-real-le-mans`,
  )
  await expect(items.nth(1)).not.toContainText('Niet meer in de dataset')
  expect(quoteFiles).toContain(`${SUB_PATH}data/pages/q/628.json`)
  expect(missing).toEqual([])
})
