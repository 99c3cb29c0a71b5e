import { expect, test, type Page } from '@playwright/test'
import { TAKEN_OVER_SELECTOR } from '../../src/app/taken-over'
import { englishLeft, englishOnly } from '../support/english-words'
import { holdEntryScript } from './hold-script'
import { expectHydrated, openDocument, openPage, pageHeading } from './open-page'
import { watchConsole } from './watch-console'

/**
 * The site in English (at /) and Dutch (under /nl/), docs/i18n.md, in the production build: each
 * page type prerendered in its language and taken over by the app unchanged whatever the
 * browser's own locale and time zone, the language switch keeping the explorer's view, and no
 * English word of the interface on a Dutch page, islands and Cite included.
 */

type Language = 'en' | 'nl'
type PageType = {
  name: string
  path: string
  h1: Record<Language, string>
  title: Record<Language, string | RegExp>
  /** A source date the page shows, as its language writes it. */
  date?: Record<Language, string>
  notFound?: true
}

const JUNE_2020 = { en: 'June 2020', nl: 'juni 2020' }
const PAGE_TYPES: PageType[] = [
  {
    name: 'the explorer',
    path: '',
    h1: { en: 'Quotes', nl: 'Citaten' },
    title: { en: 'Paddock Quotes', nl: 'Paddock Quotes' },
    date: JUNE_2020,
  },
  {
    name: 'the drivers',
    path: 'drivers',
    h1: { en: 'Drivers', nl: 'Coureurs' },
    title: { en: 'Drivers · Paddock Quotes', nl: 'Coureurs · Paddock Quotes' },
  },
  {
    name: 'the races',
    path: 'races',
    h1: { en: 'Races', nl: 'Races' },
    title: { en: 'Races · Paddock Quotes', nl: 'Races · Paddock Quotes' },
  },
  {
    name: 'the teams',
    path: 'teams',
    h1: { en: 'Teams', nl: 'Teams' },
    title: { en: 'Teams · Paddock Quotes', nl: 'Teams · Paddock Quotes' },
  },
  {
    name: 'a driver',
    path: 'drivers/pierre-gasly',
    h1: { en: 'Pierre Gasly', nl: 'Pierre Gasly' },
    title: { en: 'Pierre Gasly · Paddock Quotes', nl: 'Pierre Gasly · Paddock Quotes' },
    date: JUNE_2020,
  },
  {
    name: 'a race',
    path: 'races/le-mans',
    h1: { en: '24 Hours of Le Mans', nl: '24 Hours of Le Mans' },
    title: {
      en: '24 Hours of Le Mans · Paddock Quotes',
      nl: '24 Hours of Le Mans · Paddock Quotes',
    },
    date: JUNE_2020,
  },
  {
    name: 'a team',
    path: 'teams/ferrari',
    h1: { en: 'Ferrari', nl: 'Ferrari' },
    title: { en: 'Ferrari · Paddock Quotes', nl: 'Ferrari · Paddock Quotes' },
    date: JUNE_2020,
  },
  {
    name: 'a quote',
    path: 'quotes/vergne-wants-the-indy-500',
    h1: { en: 'Quote by Jean-Eric Vergne', nl: 'Citaat van Jean-Eric Vergne' },
    title: {
      en: /^Jean-Eric Vergne: “Er is een race .*” · Paddock Quotes$/,
      nl: /^Jean-Eric Vergne: “Er is een race .*” · Paddock Quotes$/,
    },
    date: JUNE_2020,
  },
  {
    name: 'the 404 page',
    path: 'no/such/page',
    h1: { en: 'Not found', nl: 'Niet gevonden' },
    title: { en: 'Not found · Paddock Quotes', nl: 'Niet gevonden · Paddock Quotes' },
    notFound: true,
  },
]

const PREFIX: Record<Language, string> = { en: '/', nl: '/nl/' }
const OTHER: Record<Language, Language> = { en: 'nl', nl: 'en' }
const AUTONYM: Record<Language, string> = { en: 'English', nl: 'Nederlands' }

/**
 * Browsers whose own locale and time zone differ from the page's: a date or a number formatted
 * with the browser's defaults would differ from the prerendered text (an English page read in a
 * Dutch browser, a Dutch one in an American browser; Los Angeles is behind UTC, so "2020-06" read
 * as local time is May there; Auckland is half a day ahead, the next day there).
 */
const BROWSERS = [
  { locale: 'nl-NL', timezoneId: 'America/Los_Angeles' },
  { locale: 'en-US', timezoneId: 'Pacific/Auckland' },
]

/** Waits two frames: effects after the first render (focus, the explorer's) have run. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )

for (const browser of BROWSERS) {
  test.describe(`a browser in ${browser.locale}, ${browser.timezoneId}`, () => {
    test.use(browser)

    for (const lang of ['en', 'nl'] as const) {
      for (const type of PAGE_TYPES) {
        const url = PREFIX[lang] + type.path
        test(`${url} (${type.name}): taken over as prerendered, no console message`, async ({
          page,
        }) => {
          const problems = watchConsole(page)
          const release = await holdEntryScript(page)
          const response = await page.goto(url, { waitUntil: 'commit' })
          // The data block comes after #root: once it is there, the page's HTML is all in.
          await expect(page.locator('#page-data')).toBeAttached()
          await expect(page.locator(TAKEN_OVER_SELECTOR)).not.toBeAttached()
          const root = page.locator('#root')
          const main = page.locator('main')
          const prerendered = { html: await root.innerHTML(), text: await main.innerText() }
          release()
          await expectHydrated(page)
          await expect(pageHeading(page, type.h1[lang])).toBeVisible()
          await twoFrames(page)

          expect(response?.status()).toBe(type.notFound ? 404 : 200)
          expect(await page.locator('html').getAttribute('lang')).toBe(lang)
          await expect(page).toHaveTitle(type.title[lang])
          if (type.date) await expect(main).toContainText(type.date[lang])
          if (type.notFound) {
            // Rendered afresh (one 404 page for every address): the same words and numbers.
            expect(await main.innerText()).toBe(prerendered.text)
          } else {
            expect(await root.innerHTML(), 'the page as prerendered').toBe(prerendered.html)
          }
          expect(problems).toEqual([])
        })
      }
    }
  })
}

test.describe('every page type prerendered in Dutch', () => {
  test.use({ javaScriptEnabled: false })

  for (const type of PAGE_TYPES) {
    const url = PREFIX.nl + type.path
    test(`${url} (${type.name}): Dutch, with its description and a link to its English page`, async ({
      page,
      request,
    }) => {
      const english = await request.get(PREFIX.en + type.path)
      const englishDescription = /<meta name="description" content="([^"]*)"/.exec(
        await english.text(),
      )?.[1]
      await openDocument(page, url, type.h1.nl)
      expect(await page.locator('html').getAttribute('lang')).toBe('nl')
      await expect(page).toHaveTitle(type.title.nl)
      const description = page.locator('meta[name="description"]')
      await expect(description).toHaveCount(1)
      expect(await description.getAttribute('content')).not.toBe(englishDescription)
      const switchLink = page.getByRole('link', { name: AUTONYM.en, exact: true })
      await expect(switchLink).toHaveAttribute('hreflang', 'en')
      await expect(switchLink).toHaveAttribute('lang', 'en')
      // The 404 page is one file for every address: its switch leads to the English 404 page.
      if (!type.notFound) await expect(switchLink).toHaveAttribute('href', PREFIX.en + type.path)
    })
  }
})

/** The text of the page a reader sees or hears, but what is marked as in another language. */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title]
    const foreign = (element: Element | null) => {
      const tagged = element?.closest('[lang]')
      return tagged !== null && tagged !== undefined && tagged.getAttribute('lang') !== 'nl'
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, template, noscript') || foreign(parent)) {
        continue
      }
      const text = node.textContent?.trim()
      if (text) texts.push(text)
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (foreign(element)) continue
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)
        if (value) texts.push(value)
      }
    }
    return texts
  })
}

test.describe('no English word of the interface on a Dutch page once the app runs', () => {
  const english = englishOnly()

  for (const type of PAGE_TYPES) {
    const url = PREFIX.nl + type.path
    test(`${url} (${type.name}), its islands woken and Cite open`, async ({ page }) => {
      const problems = watchConsole(page)
      await openPage(page, url, type.h1.nl)
      const figure = page.getByRole('main').getByRole('figure').first()
      if (await figure.isVisible()) {
        // A pointer over the page wakes the islands; Cite shows the formats.
        await figure.hover()
        const cite = figure.getByRole('button', { name: /^Citeer\b/ })
        if (await cite.isVisible()) {
          await cite.click()
          await expect(cite).toHaveAttribute('aria-expanded', 'true')
          await expect(figure.getByRole('listitem').first()).toBeVisible()
        }
      }
      await page.waitForLoadState('networkidle')
      await twoFrames(page)
      const texts = await shownText(page)
      expect(english.length).toBeGreaterThan(100)
      expect(texts, 'the scan reads the page').toContain(type.h1.nl)
      expect(englishLeft(english, texts)).toEqual([])
      expect(problems).toEqual([])
    })
  }
})

test.describe('the language switch', () => {
  const quoteCount = (page: Page, words: RegExp) =>
    page.getByRole('main').getByText(words).first().innerText()

  test('keeps the explorer’s filters and search, there and back', async ({ page }) => {
    const problems = watchConsole(page)
    const query = '?driver=pierre-gasly&q=le+mans'
    await openPage(page, `/${query}`, 'Quotes')
    const results = page.getByRole('main').getByRole('figure')
    await expect(results).toHaveCount(2)
    const englishCount = await quoteCount(page, /^\d+ quotes? of \d+$/)

    await page.getByRole('link', { name: AUTONYM.nl, exact: true }).click()
    await expect(page).toHaveURL(`/nl/${query}`)
    await expectHydrated(page)
    await expect(pageHeading(page, 'Citaten')).toBeVisible()
    await expect(results).toHaveCount(2)
    expect(await quoteCount(page, /^\d+ citaten? van \d+$/)).toBe(
      englishCount.replace('quotes', 'citaten').replace('of', 'van'),
    )
    await expect(page.getByRole('searchbox', { name: 'Citaten doorzoeken' })).toHaveValue('le mans')
    await expect(page.getByRole('combobox', { name: 'Coureur' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )

    await page.getByRole('link', { name: AUTONYM.en, exact: true }).click()
    await expect(page).toHaveURL(`/${query}`)
    await expectHydrated(page)
    await expect(results).toHaveCount(2)
    expect(await quoteCount(page, /^\d+ quotes? of \d+$/)).toBe(englishCount)
    await expect(page.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('le mans')
    await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
      'Pierre Gasly',
    )
    expect(problems).toEqual([])
  })

  for (const lang of ['en', 'nl'] as const) {
    test(`on a ${lang} list page, keeps its search and order`, async ({ page }) => {
      const other = OTHER[lang]
      const query = '?q=j&sort=quotes'
      await openPage(page, `${PREFIX[lang]}drivers${query}`, lang === 'en' ? 'Drivers' : 'Coureurs')
      const names = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })
      await expect(names).toHaveText(['Jean-Eric Vergne', 'Jarno Opmeer'])
      await page.getByRole('link', { name: AUTONYM[other], exact: true }).click()
      await expect(page).toHaveURL(`${PREFIX[other]}drivers${query}`)
      await expectHydrated(page)
      await expect(names).toHaveText(['Jean-Eric Vergne', 'Jarno Opmeer'])
    })
  }
})
