import { expect, test, type Page } from '@playwright/test'
import {
  expectHeadingsInOrder,
  expectLandmarks,
  expectNoViolationsInEitherTheme,
} from './a11y-checks'
import { openPage } from './open-page'

/**
 * Every page type, in English and in Dutch, light and dark: axe and IBM's checker find nothing
 * (issue 25, item 6), the headings are in order and the landmarks are there. One page a test;
 * the themes are switched on it, not loaded again.
 */

/** What each language's pages say where the tests look. */
const LANGUAGES = {
  en: {
    prefix: '',
    nav: 'Main',
    quotes: 'Quotes',
    drivers: 'Drivers',
    quoteBy: 'Quote by',
    cite: /^Cite\b/,
    notFound: 'Not found',
  },
  nl: {
    prefix: '/nl',
    nav: 'Hoofdmenu',
    quotes: 'Citaten',
    drivers: 'Coureurs',
    quoteBy: 'Citaat van',
    cite: /^Citeer\b/,
    notFound: 'Niet gevonden',
  },
} as const
type Words = (typeof LANGUAGES)[keyof typeof LANGUAGES]

type PageType = {
  name: string
  path: string
  h1: (words: Words) => string | RegExp
  figures?: number
}

const PAGE_TYPES: PageType[] = [
  { name: 'explorer', path: '/', h1: (w) => w.quotes, figures: 5 },
  {
    name: 'filtered explorer',
    path: '/?driver=pierre-gasly&ambition=le-mans',
    h1: (w) => w.quotes,
    figures: 2,
  },
  { name: 'explorer with no results', path: '/?q=zzzz', h1: (w) => w.quotes, figures: 0 },
  { name: 'drivers', path: '/drivers', h1: (w) => w.drivers },
  { name: 'driver', path: '/drivers/pierre-gasly', h1: () => 'Pierre Gasly' },
  { name: 'races', path: '/races', h1: () => 'Races' },
  { name: 'race', path: '/races/le-mans', h1: () => '24 Hours of Le Mans' },
  { name: 'teams', path: '/teams', h1: () => 'Teams' },
  { name: 'team', path: '/teams/veloce-esports', h1: () => 'Veloce Esports' },
  {
    name: 'quote',
    path: '/quotes/vergne-hopes-gasly-does-le-mans',
    h1: (w) => `${w.quoteBy} Jean-Eric Vergne`,
  },
  // /saved's words are the saved quotes' own (issue 24), in English until they are translated:
  // the page's one h1, whatever it says, once it is not the loading placeholder's.
  {
    name: 'saved quotes, none yet',
    path: '/saved',
    h1: () => /^(?!Loading quotes$|Citaten laden$)/,
  },
  { name: 'unknown id', path: '/drivers/ghost', h1: (w) => w.notFound },
  { name: 'unknown address', path: '/no/such/page', h1: (w) => w.notFound },
]

// Two checkers, twice a page: seconds each on a busy two-core machine.
test.slow()

const quoteList = (page: Page, words: Words) =>
  page.getByRole('list', { name: words.quotes, exact: true }).getByRole('figure')

for (const [lang, words] of Object.entries(LANGUAGES)) {
  test.describe(`${lang}: every page type`, () => {
    for (const { name, path, h1, figures } of PAGE_TYPES) {
      const url = `${words.prefix}${path}`
      test(`${name} (${url}): both checkers find nothing, light and dark`, async ({ page }) => {
        await openPage(page, url, h1(words))
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
        if (figures !== undefined) await expect(quoteList(page, words)).toHaveCount(figures)
        await expectHeadingsInOrder(page)
        await expectLandmarks(page, words.nav)
        await expectNoViolationsInEitherTheme(page, url)
      })
    }
  })

  test(`${lang}: the explorer with its islands awake and a quote's citations open`, async ({
    page,
  }) => {
    await openPage(page, `${words.prefix}/`, words.quotes)
    const figure = quoteList(page, words).first()
    // A pointer over the page loads the islands' code (island.tsx); Cite then opens its panel.
    await figure.hover()
    const cite = figure.getByRole('button', { name: words.cite })
    await cite.click()
    await expect(cite).toHaveAttribute('aria-expanded', 'true')
    await expect(figure.getByRole('listitem').filter({ hasText: 'APA 7' })).toBeVisible()
    await expectNoViolationsInEitherTheme(page, `${words.prefix}/ with a Cite panel open`)
  })

  test(`${lang}: at phone width, the explorer's folded filters open and a quote's page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await openPage(page, `${words.prefix}/`, words.quotes)
    const filters = page.getByRole('button', { name: /^Filters\b/ })
    await filters.click()
    await expect(filters).toHaveAttribute('aria-expanded', 'true')
    await expectNoViolationsInEitherTheme(page, `${words.prefix}/ at 390 px, filters open`)

    const quote = `${words.prefix}/quotes/vergne-hopes-gasly-does-le-mans`
    await openPage(page, quote, `${words.quoteBy} Jean-Eric Vergne`)
    await expectNoViolationsInEitherTheme(page, `${quote} at 390 px`)
  })
}

test('words in another language than the page’s are marked with theirs (WCAG 3.1.2)', async ({
  page,
}) => {
  const said = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
  await openPage(page, '/quotes/vergne-hopes-gasly-does-le-mans', 'Quote by Jean-Eric Vergne')
  // The Dutch quote on an English page, where it is shown and in each of the four citations.
  await expect(page.locator('blockquote[lang="nl"]')).toHaveText(said)
  const cited = page.locator('#cite-this-quote [lang="nl"]')
  await expect(cited).toHaveCount(4)
  for (const run of await cited.all()) await expect(run).toHaveText(said)
  await expect(page.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl')

  // On the Dutch page the quote is in the page's language; the translation block is gone.
  await openPage(page, '/nl/quotes/vergne-hopes-gasly-does-le-mans', 'Citaat van Jean-Eric Vergne')
  await expect(page.locator('#cite-this-quote [lang]')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en')
})
