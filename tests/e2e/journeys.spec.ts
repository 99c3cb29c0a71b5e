import { expect, test, type Page } from '@playwright/test'
import { openPage, pageHeading } from './open-page'

/** Every quote in public/data/quotes.json. */
const QUOTE_COUNT = 5
const INDY_QUOTE_TEXT =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'

const INDY_QUOTE_EN =
  'There is one race I have not yet been able to do, but would still love to do in my life: the Indianapolis 500.'

const resultList = (page: Page) => page.getByRole('list', { name: 'Quotes', exact: true })
const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ quotes?\b/ })
/** The quotes the explorer lists, identified by their permalinks' addresses. */
const listedQuoteIds = async (page: Page) =>
  (
    await resultList(page)
      .getByRole('link', { name: /^Permalink/ })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  ).map((href) => href.replace(/^.*\/quotes\//, ''))

async function expectExplorer(
  page: Page,
  expected: { ids: readonly string[]; count: string },
): Promise<void> {
  await expect(resultList(page).getByRole('figure')).toHaveCount(expected.ids.length)
  await expect
    .poll(async () => (await listedQuoteIds(page)).toSorted())
    .toEqual([...expected.ids].toSorted())
  await expect(resultCount(page)).toHaveText(expected.count)
}

const ALL_IDS = [
  'leclerc-wants-the-real-le-mans',
  'leclerc-le-mans-a-mythical-race',
  'vergne-hopes-gasly-does-le-mans',
  'vergne-gasly-really-wants-le-mans',
  'vergne-wants-the-indy-500',
]
const LECLERC_IDS = ALL_IDS.slice(0, 2)
const VERGNE_IDS = ALL_IDS.slice(2)
const ABOUT_GASLY_IDS = ALL_IDS.slice(2, 4)

const CHOSEN_NOTHING = [
  ['Driver', 'All drivers'],
  ['Team', 'All teams'],
  ['Ambition', 'Any race'],
] as const

test.describe('every address works on a fresh load', () => {
  test('/ is the explorer with every quote', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await expect(page).toHaveTitle('Paddock Quotes')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
    for (const [name, summary] of CHOSEN_NOTHING) {
      await expect(page.getByRole('combobox', { name })).toHaveAccessibleDescription(summary)
    }
    // The prerendered page carries no option of a filter: they are made when a list opens.
    await expect(page.getByRole('listbox')).toHaveCount(0)
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('')
    // A quote as published, in its language, with its translation marked as such.
    const indy = resultList(page).getByRole('figure').filter({ hasText: 'Indianapolis 500' })
    await expect(indy.getByRole('blockquote')).toHaveText(INDY_QUOTE_TEXT)
    await expect(indy.getByRole('blockquote')).toHaveAttribute('lang', 'nl')
    await expect(indy.getByText('Our translation from Dutch')).toBeVisible()
    await expect(indy.getByRole('link', { name: 'Jean-Eric Vergne', exact: true })).toBeVisible()
  })

  test('a filtered explorer address restores its filters', async ({ page }) => {
    await openPage(page, '/?driver=pierre-gasly&ambition=le-mans', 'Quotes')
    await expect(page).toHaveTitle('Quotes: Pierre Gasly, Le Mans · Paddock Quotes')
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )
    await expect(page.getByRole('combobox', { name: 'Ambition' })).toHaveAccessibleDescription(
      'Le Mans',
    )
    await expect(page.getByRole('combobox', { name: 'Team' })).toHaveAccessibleDescription(
      'All teams',
    )
    await expectExplorer(page, { ids: ABOUT_GASLY_IDS, count: `2 quotes of ${QUOTE_COUNT}` })
    await expect(
      page.getByRole('button', { name: 'Remove filter Driver: Pierre Gasly' }),
    ).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Remove filter Ambition: Le Mans' }),
    ).toBeVisible()
  })

  test('a search address restores the search box and its results', async ({ page }) => {
    await openPage(page, '/?q=indianapolis', 'Quotes')
    await expect(page).toHaveTitle('Quotes: “indianapolis” · Paddock Quotes')
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('indianapolis')
    await expectExplorer(page, {
      ids: ['vergne-wants-the-indy-500'],
      count: `1 quote of ${QUOTE_COUNT}`,
    })
    // The match is highlighted, case ignored.
    await expect(resultList(page).locator('mark').first()).toHaveText('Indianapolis')
  })

  test('unknown filter values are ignored, not trusted', async ({ page }) => {
    await openPage(page, '/?driver=ghost&team=nope&ambition=monaco', 'Quotes')
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'All drivers',
    )
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
  })

  test('/drivers lists every driver', async ({ page }) => {
    await openPage(page, '/drivers', 'Drivers')
    await expect(page).toHaveTitle('Drivers · Paddock Quotes')
    const names = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(names).toHaveText([
      'Antonio Giovinazzi',
      'Charles Leclerc',
      'Isaac Gillissen',
      'Jarno Opmeer',
      'Jean-Eric Vergne',
      'Pierre Gasly',
    ])
    await expect(page.getByRole('link', { name: 'Pierre Gasly', exact: true })).toHaveAttribute(
      'href',
      '/drivers/pierre-gasly',
    )
  })

  test('/drivers/<id> shows the driver, teams, ambitions and quotes', async ({ page }) => {
    await openPage(page, '/drivers/pierre-gasly', 'Pierre Gasly')
    await expect(page).toHaveTitle('Pierre Gasly · Paddock Quotes')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /Pierre Gasly.*Le Mans/,
    )
    const teams = page.getByRole('region', { name: 'Teams' })
    await expect(teams.getByRole('listitem')).toHaveText([
      'AlphaTauri · Formula 1 driver',
      'Veloce Esports · Virtual Le Mans driver',
    ])
    const ambitions = page.getByRole('region', { name: /^Ambitions/ })
    await expect(ambitions.getByRole('heading', { level: 3 })).toHaveText(
      'Wants to race Le Mans (2 quotes)',
    )
    await expect(ambitions.getByRole('figure')).toHaveCount(2)
    await expect(
      ambitions.getByRole('link', { name: 'Jean-Eric Vergne', exact: true }).first(),
    ).toBeVisible()
    // Not quoted himself, and the quotes about him are the two above: each shown once.
    await expect(page.getByRole('region', { name: /^Quotes by Pierre Gasly/ })).toHaveCount(0)
    const about = page.getByRole('region', { name: /^Quotes about Pierre Gasly/ })
    await expect(about).toContainText('Both are shown above, under Ambitions.')
    await expect(page.getByRole('main').getByRole('figure')).toHaveCount(2)
  })

  test('/races lists the races and who wants to race them', async ({ page }) => {
    await openPage(page, '/races', 'Races')
    await expect(page).toHaveTitle('Races · Paddock Quotes')
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      '24 Hours of Le Mans',
      'Indianapolis 500',
    ])
    await expect(page.getByText('Wanted by Charles Leclerc and Pierre Gasly')).toBeVisible()
    await expect(page.getByText('Wanted by Jean-Eric Vergne')).toBeVisible()
    await expect(page.getByRole('table')).toBeVisible()
  })

  test('/races/<id> shows the race and who wants to race it', async ({ page }) => {
    await openPage(page, '/races/indy-500', 'Indianapolis 500')
    await expect(page).toHaveTitle('Indianapolis 500 · Paddock Quotes')
    await expect(page.getByText('The Greatest Spectacle in Racing')).toBeVisible()
    const wishers = page.getByRole('region', { name: /^Who wants to race it/ })
    await expect(wishers.getByRole('heading', { level: 3 })).toHaveText([
      'Jean-Eric Vergne (1 quote)',
    ])
    await expect(wishers.getByRole('blockquote')).toHaveText([INDY_QUOTE_TEXT])
    await expect(
      page.getByRole('link', { name: 'Explore the 1 quote voicing an ambition to race it' }),
    ).toHaveAttribute('href', '/?ambition=indy-500')
  })

  test('/teams lists every team', async ({ page }) => {
    await openPage(page, '/teams', 'Teams')
    await expect(page).toHaveTitle('Teams · Paddock Quotes')
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'AlphaTauri',
      'Ferrari',
      'Porsche',
      'Veloce Esports',
    ])
    await expect(page.getByText('4 drivers, 3 quotes')).toBeVisible()
  })

  test('/teams/<id> shows the team, its drivers and their quotes', async ({ page }) => {
    await openPage(page, '/teams/veloce-esports', 'Veloce Esports')
    await expect(page).toHaveTitle('Veloce Esports · Paddock Quotes')
    const drivers = page.getByRole('region', { name: /^Drivers/ })
    await expect(drivers.getByRole('link')).toHaveText([
      'Isaac Gillissen',
      'Jarno Opmeer',
      'Jean-Eric Vergne',
      'Pierre Gasly',
    ])
    const quotes = page.getByRole('region', { name: /^Quotes by or about Veloce Esports drivers/ })
    await expect(quotes.getByRole('figure')).toHaveCount(3)
  })

  test('/quotes/<id> is the quote’s permalink', async ({ page }) => {
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    await expect(page).toHaveTitle(/^Jean-Eric Vergne: “Er is een race die ik.*” · Paddock Quotes$/)
    const quote = page.getByRole('main').getByRole('figure')
    await expect(quote.getByRole('blockquote')).toHaveText(INDY_QUOTE_TEXT)
    await expect(quote).toContainText('Motorsport.com, June 2020')
    await expect(
      quote.getByRole('link', { name: 'Jean-Eric Vergne wants to race Indy 500' }),
    ).toHaveAttribute('href', '/races/indy-500')
  })
})

test.describe('filters', () => {
  test('the Driver combobox filters by speaker or subject, one driver or several', async ({
    page,
  }) => {
    await openPage(page, '/', 'Quotes')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
    const driver = page.getByRole('combobox', { name: 'Driver' })
    await driver.click()
    // Every option says how many quotes it gives; those that give none are disabled.
    await expect(page.getByRole('option', { name: 'Pierre Gasly 2 quotes' })).toBeEnabled()
    await expect(page.getByRole('option', { name: 'Jarno Opmeer 0 quotes' })).toBeDisabled()
    await page.keyboard.type('lecl')
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/?driver=charles-leclerc')
    await expect(page).toHaveTitle('Quotes: Charles Leclerc · Paddock Quotes')
    await expectExplorer(page, { ids: LECLERC_IDS, count: `2 quotes of ${QUOTE_COUNT}` })

    await page.keyboard.type('gasly')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL('/?driver=charles-leclerc&driver=pierre-gasly')
    await expect(driver).toHaveAccessibleDescription('2 drivers')
    await expect(page).toHaveTitle('Quotes: Charles Leclerc or Pierre Gasly · Paddock Quotes')
    await expectExplorer(page, {
      ids: [...LECLERC_IDS, ...ABOUT_GASLY_IDS],
      count: `4 quotes of ${QUOTE_COUNT}`,
    })
  })

  test('the Team combobox filters by the drivers’ team', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await page.getByRole('combobox', { name: 'Team' }).fill('Veloce Esports')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/?team=veloce-esports')
    await expectExplorer(page, { ids: VERGNE_IDS, count: `3 quotes of ${QUOTE_COUNT}` })
  })

  test('the Ambition combobox filters by the race wished for', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await page.getByRole('combobox', { name: 'Ambition' }).fill('Indy 500')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/?ambition=indy-500')
    await expectExplorer(page, {
      ids: ['vergne-wants-the-indy-500'],
      count: `1 quote of ${QUOTE_COUNT}`,
    })
    // The other controls now count within the ambition.
    await page.getByRole('combobox', { name: 'Driver' }).click()
    await expect(page.getByRole('option', { name: 'Charles Leclerc 0 quotes' })).toBeDisabled()
  })

  test('the search box searches text and translations, ignoring case', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('MYTHICAL')
    await expect(page).toHaveURL('/?q=MYTHICAL')
    await expectExplorer(page, {
      ids: ['leclerc-le-mans-a-mythical-race'],
      count: `1 quote of ${QUOTE_COUNT}`,
    })
  })

  test('filters combine, clear one by one and all at once', async ({ page }) => {
    await openPage(page, '/?team=veloce-esports&ambition=le-mans&q=hij', 'Quotes')
    await expectExplorer(page, { ids: ABOUT_GASLY_IDS, count: `2 quotes of ${QUOTE_COUNT}` })
    await page.getByRole('button', { name: 'Remove filter Search: “hij”' }).click()
    await expect(page).toHaveURL('/?team=veloce-esports&ambition=le-mans')
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('')
    await page.getByRole('button', { name: 'Clear all', exact: true }).click()
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('combobox', { name: 'Team' })).toHaveAccessibleDescription(
      'All teams',
    )
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
  })

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await openPage(page, '/?q=zzzz&driver=antonio-giovinazzi', 'Quotes')
    await expect(page.getByRole('heading', { name: 'No quotes match' })).toBeVisible()
    await expect(resultCount(page)).toHaveText(`0 quotes of ${QUOTE_COUNT}`)
    await page.getByRole('button', { name: 'Clear all filters' }).click()
    await expect(page).toHaveURL('/')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
  })

  test('a mistyped search offers the name it is closest to, and says what to change', async ({
    page,
  }) => {
    await openPage(page, '/?q=leclrec', 'Quotes')
    await expect(page.getByRole('heading', { name: 'No quotes match' })).toBeVisible()
    await page.getByRole('link', { name: 'Leclerc', exact: true }).click()
    await expect(page).toHaveURL('/?q=Leclerc')
    await expect(resultCount(page)).toHaveText(`2 quotes of ${QUOTE_COUNT}`)
    await expect(page).toHaveTitle('Quotes: “Leclerc” · Paddock Quotes')
    await expect(page.locator('mark').first()).toHaveText('Leclerc')
    await page.goBack()
    await expect(page).toHaveURL('/?q=leclrec')
    await page.getByRole('button', { name: 'Clear the search' }).click()
    await expect(page).toHaveURL('/')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
  })

  test('a phrase, an exclusion and an order combine, and survive a reload and Back', async ({
    page,
  }) => {
    await openPage(page, '/', 'Quotes')
    const search = page.getByRole('searchbox', { name: 'Search quotes' })
    await search.fill('"le mans" -gasly')
    await expect(resultCount(page)).toHaveText(`2 quotes of ${QUOTE_COUNT}`)
    const sort = page.getByRole('combobox', { name: 'Sort' })
    await expect(sort).toHaveValue('relevance')
    await sort.selectOption('speaker')
    await expect(page).toHaveURL(/sort=speaker/)
    await expect(page).toHaveTitle('Quotes: “"le mans" -gasly”, by speaker · Paddock Quotes')
    await page.reload()
    await expect(search).toHaveValue('"le mans" -gasly')
    await expect(sort).toHaveValue('speaker')
    await expect(resultCount(page)).toHaveText(`2 quotes of ${QUOTE_COUNT}`)
    // Only the phrase is marked, never Gasly: exclusions find nothing to mark.
    for (const mark of await page.locator('mark').allTextContents()) {
      expect(mark.toLowerCase()).toMatch(/^(le mans|le|mans)$/)
    }
    await page.goBack()
    await expect(sort).toHaveValue('relevance')
    await expect(page).toHaveURL(/^[^?]*\?q=/)
  })

  test('Back and Forward restore the URL, the controls and the list', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
    const driver = page.getByRole('combobox', { name: 'Driver' })
    const ambition = page.getByRole('combobox', { name: 'Ambition' })
    const search = page.getByRole('searchbox', { name: 'Search quotes' })

    await driver.fill('vergne')
    await driver.press('Enter')
    await expect(page).toHaveURL('/?driver=jean-eric-vergne')
    await ambition.fill('le mans')
    await ambition.press('Enter')
    await expect(page).toHaveURL('/?driver=jean-eric-vergne&ambition=le-mans')
    await search.fill('samen')
    await expect(page).toHaveURL('/?driver=jean-eric-vergne&ambition=le-mans&q=samen')
    await expectExplorer(page, {
      ids: ['vergne-gasly-really-wants-le-mans'],
      count: `1 quote of ${QUOTE_COUNT}`,
    })

    await page.goBack()
    await expect(page).toHaveURL('/?driver=jean-eric-vergne&ambition=le-mans')
    await expect(search).toHaveValue('')
    await expect(ambition).toHaveAccessibleDescription('Le Mans')
    await expectExplorer(page, { ids: ABOUT_GASLY_IDS, count: `2 quotes of ${QUOTE_COUNT}` })

    await page.goBack()
    await expect(page).toHaveURL('/?driver=jean-eric-vergne')
    await expect(ambition).toHaveAccessibleDescription('Any race')
    await expect(driver).toHaveAccessibleDescription('Jean-Eric Vergne')
    await expectExplorer(page, { ids: VERGNE_IDS, count: `3 quotes of ${QUOTE_COUNT}` })

    await page.goBack()
    await expect(page).toHaveURL('/')
    await expect(driver).toHaveAccessibleDescription('All drivers')
    await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })

    await page.goForward()
    await page.goForward()
    await page.goForward()
    await expect(page).toHaveURL('/?driver=jean-eric-vergne&ambition=le-mans&q=samen')
    await expect(driver).toHaveAccessibleDescription('Jean-Eric Vergne')
    await expect(ambition).toHaveAccessibleDescription('Le Mans')
    await expect(search).toHaveValue('samen')
    await expectExplorer(page, {
      ids: ['vergne-gasly-really-wants-le-mans'],
      count: `1 quote of ${QUOTE_COUNT}`,
    })
  })
})

test.describe('links', () => {
  test('a speaker link leads to the driver’s page', async ({ page }) => {
    await openPage(page, '/', 'Quotes')
    const quote = resultList(page).getByRole('figure').filter({ hasText: 'Indianapolis 500' })
    await quote.getByRole('link', { name: 'Jean-Eric Vergne', exact: true }).click()
    await expect(page).toHaveURL('/drivers/jean-eric-vergne')
    await expect(pageHeading(page, 'Jean-Eric Vergne')).toBeVisible()
    await expect(page).toHaveTitle('Jean-Eric Vergne · Paddock Quotes')
    await expect(page.getByRole('region', { name: /^Ambitions/ })).toContainText(INDY_QUOTE_TEXT)
  })

  test('an ambition matrix cell leads to the filtered explorer', async ({ page }) => {
    await openPage(page, '/races', 'Races')
    const matrix = page.getByRole('table')
    await matrix.getByRole('link', { name: /Pierre Gasly wants to race Le Mans/ }).click()
    await expect(page).toHaveURL('/?driver=pierre-gasly&ambition=le-mans')
    await expect(pageHeading(page, 'Quotes')).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )
    await expect(page.getByRole('combobox', { name: 'Ambition' })).toHaveAccessibleDescription(
      'Le Mans',
    )
    await expectExplorer(page, { ids: ABOUT_GASLY_IDS, count: `2 quotes of ${QUOTE_COUNT}` })
  })

  test('the main navigation reaches every section', async ({ page }) => {
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const [name, url] of [
      ['Drivers', '/drivers'],
      ['Races', '/races'],
      ['Teams', '/teams'],
      ['Quotes', '/'],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click()
      await expect(page).toHaveURL(url)
      await expect(pageHeading(page, name)).toBeVisible()
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      )
    }
  })
})

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('“Copy link” on a driver page copies its address and says so', async ({ page, baseURL }) => {
    await openPage(page, '/drivers/pierre-gasly', 'Pierre Gasly')
    await expect(page.getByText('Copied', { exact: true })).toHaveCount(0)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/drivers/pierre-gasly`,
    )
  })

  test('the quote page’s plain citation copies text, translation, speaker, source, date and permalink', async ({
    page,
    baseURL,
  }) => {
    await openPage(page, '/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
    const cite = page.getByRole('region', { name: 'Cite this quote' })
    await cite.getByRole('button', { name: 'Copy the Plain text citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText(
      'Copied the Plain text citation',
    )
    await expect(page.getByRole('status', { name: 'Confirmations' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `“${INDY_QUOTE_TEXT}” (English translation by Paddock Quotes: “${INDY_QUOTE_EN}”) — Jean-Eric Vergne, Motorsport.com, June 2020. ${baseURL}/quotes/vergne-wants-the-indy-500`,
    )
  })
})

test.describe('not found', () => {
  for (const [address, message] of [
    ['/drivers/ghost', 'There is no driver “ghost” in these quotes.'],
    ['/races/monaco', 'There is no race “monaco” in these quotes.'],
    ['/teams/nope', 'There is no team “nope” in these quotes.'],
    ['/quotes/made-up', 'There is no quote “made-up” in these quotes.'],
    ['/no/such/page', 'There is no page at this address.'],
  ] as const) {
    test(`${address} says not found, with status 404, and offers a way back`, async ({ page }) => {
      const response = await openPage(page, address, 'Not found')
      expect(response?.status()).toBe(404)
      await expect(page).toHaveTitle('Not found · Paddock Quotes')
      await expect(page.getByText(message)).toBeVisible()
      const main = page.getByRole('main')
      for (const name of ['Drivers', 'Races', 'Teams']) {
        await expect(main.getByRole('link', { name, exact: true })).toBeVisible()
      }
      await main.getByRole('link', { name: 'All quotes' }).click()
      await expect(page).toHaveURL('/')
      await expectExplorer(page, { ids: ALL_IDS, count: `${QUOTE_COUNT} quotes` })
    })
  }
})
