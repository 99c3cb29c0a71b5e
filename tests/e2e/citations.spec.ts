import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { openDocument, openPage } from './open-page'

/**
 * Citing a quote in the production build: Cite loads the formats only when asked for, Copy puts
 * text and HTML on the clipboard, Share without a share sheet copies the link, and the quote
 * page's citations are in its HTML.
 */

const INDY = '/quotes/vergne-wants-the-indy-500'
const INDY_QUOTE_TEXT =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'
const CITATION_CODE = /\/assets\/citation-list-[^/]*\.js$/

const indyFigure = (page: Page) => page.getByRole('figure').filter({ hasText: 'Indianapolis 500' })

/** What the clipboard holds as text and as HTML. */
function readClipboard(page: Page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read()
    const read = async (type: string) =>
      item?.types.includes(type) ? (await item.getType(type)).text() : undefined
    return { text: await read('text/plain'), html: await read('text/html') }
  })
}

test.describe('citing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('on /, Cite loads the formats when opened; Copy puts text and HTML on the clipboard', async ({
    page,
    baseURL,
  }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await openPage(page, '/', 'Quotes')
    await page.waitForLoadState('networkidle')
    expect(
      scripts.filter((path) => CITATION_CODE.test(path)),
      'no citation code up front',
    ).toEqual([])

    const figure = indyFigure(page)
    const cite = figure.getByRole('button', { name: /^Cite/ })
    await expect(cite).toHaveAttribute('aria-expanded', 'false')
    await cite.click()
    await expect(cite).toHaveAttribute('aria-expanded', 'true')
    await figure.getByRole('button', { name: 'Copy the APA 7 citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText(
      'Copied the APA 7 citation',
    )
    expect(scripts.filter((path) => CITATION_CODE.test(path)).length).toBeGreaterThan(0)

    const { text, html } = await readClipboard(page)
    const permalink = `${baseURL}${INDY}`
    expect(text).toBe(
      `Motorsport.com. (2020, June). [Quote by Jean-Eric Vergne: “${INDY_QUOTE_TEXT}”; English ` +
        'translation by Paddock Quotes: “There is one race I have not yet been able to do, but ' +
        'would still love to do in my life: the Indianapolis 500.”]. Quoted on Paddock Quotes: ' +
        permalink,
    )
    expect(html).toContain(`Quoted on <i>Paddock Quotes</i>: ${permalink}`)
    expect(html).toContain(permalink)
  })

  test('Share without a share sheet copies the quote’s link and says “Link copied”', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share')
    })
    await openPage(page, '/', 'Quotes')
    const figure = indyFigure(page)
    await figure.getByRole('button', { name: /^Share/ }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText('Link copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${INDY}`)
  })

  test('the quote page has no permalink to itself; its citations copy the full address', async ({
    page,
    baseURL,
  }) => {
    await openPage(page, INDY, 'Quote by Jean-Eric Vergne')
    await expect(page.getByRole('link', { name: /^Permalink/ })).toHaveCount(0)
    const section = page.getByRole('region', { name: 'Cite this quote' })
    await page.getByRole('figure').getByRole('link', { name: /^Cite/ }).click()
    await expect(page).toHaveURL(`${INDY}#cite-this-quote`)
    await expect(section).toBeInViewport()

    await section.getByRole('button', { name: 'Copy the Chicago 17 (note) citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText(
      'Copied the Chicago 17 (note) citation',
    )
    const { text, html } = await readClipboard(page)
    expect(text).toMatch(/^Jean-Eric Vergne, “Er is een race .*\.” English translation by Paddock/)
    expect(text?.endsWith(`; Paddock Quotes, ${baseURL}${INDY}.`)).toBe(true)
    expect(html).toContain('<i>Motorsport.com</i>, June 2020')
  })

  test('a clipboard the browser refuses says “Could not copy”', async ({ page, context }) => {
    await context.clearPermissions()
    await page.addInitScript(() => {
      const refuse = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
      Object.defineProperty(navigator.clipboard, 'write', { value: refuse })
      Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse })
    })
    await openPage(page, INDY, 'Quote by Jean-Eric Vergne')
    const section = page.getByRole('region', { name: 'Cite this quote' })
    await section.getByRole('button', { name: 'Copy the MLA 9 citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).toHaveText(
      'Could not copy: your browser blocked the clipboard',
    )
  })
})

test('an open Cite panel and a confirmation have no axe violation, in light and dark', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await openPage(page, '/', 'Quotes')
    const figure = indyFigure(page)
    await figure.getByRole('button', { name: /^Cite/ }).click()
    await figure.getByRole('button', { name: 'Copy the MLA 9 citation' }).click()
    await expect(page.getByRole('status', { name: 'Confirmations' })).not.toBeEmpty()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    expect(
      results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(' | ')}`),
      colorScheme,
    ).toEqual([])
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the quote page’s four citations are in its HTML, naming the path without SITE_URL', async ({
    page,
  }) => {
    await openDocument(page, INDY, 'Quote by Jean-Eric Vergne')
    const section = page.getByRole('region', { name: 'Cite this quote' })
    await expect(section.getByRole('listitem')).toHaveCount(4)
    for (const style of ['Plain text', 'APA 7', 'MLA 9', 'Chicago 17 (note)']) {
      await expect(section.getByText(style, { exact: true })).toBeVisible()
    }
    await expect(section.getByRole('listitem').first()).toContainText(
      `— Jean-Eric Vergne, Motorsport.com, June 2020. ${INDY}`,
    )
  })

  test('a Dutch quote page’s citations are in Dutch, with no translation of a quote in Dutch', async ({
    page,
  }) => {
    await openDocument(page, `/nl${INDY}`, 'Citaat van Jean-Eric Vergne')
    const section = page.getByRole('region', { name: 'Dit citaat citeren' })
    await expect(section.getByRole('listitem')).toHaveCount(4)
    for (const style of ['Platte tekst', 'APA 7', 'MLA 9', 'Chicago 17 (noot)']) {
      await expect(section.getByText(style, { exact: true })).toBeVisible()
    }
    await expect(section.getByRole('listitem').first()).toContainText(
      `“${INDY_QUOTE_TEXT}” — Jean-Eric Vergne, Motorsport.com, juni 2020. /nl${INDY}`,
    )
    await expect(section.getByRole('listitem').nth(1)).toContainText(
      `Motorsport.com. (2020, juni). [Citaat van Jean-Eric Vergne: “${INDY_QUOTE_TEXT}”]. Geciteerd op Paddock Quotes`,
    )
    await expect(section).not.toContainText(/translation|Vertaling|There is one race/)
  })
})
