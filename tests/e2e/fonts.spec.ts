import { expect, test, type Page } from '@playwright/test'
import { openPage, pageHeading } from './open-page'
import { layoutShiftSoFar, watchLayoutShifts } from './layout-shifts'

/**
 * The self-hosted fonts (src/app/fonts.css, `npm run fonts`): the pages use them, and nothing
 * moves when they arrive, whether they come with the first paint (preloaded, as on a fast
 * connection) or only after the fallback faces have been painted (a slow one).
 */
const PAGES = [
  { path: '/', h1: 'Quotes' },
  { path: '/drivers/pierre-gasly', h1: 'Pierre Gasly' },
  { path: '/quotes/vergne-hopes-gasly-does-le-mans', h1: 'Quote by Jean-Eric Vergne' },
] as const
const WIDTHS = [390, 1280] as const

async function layoutShift(page: Page): Promise<number> {
  // Two frames after the last font is in: any shift it caused has been recorded.
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
  return layoutShiftSoFar(page)
}

async function fontsInUse(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
  )
}

for (const width of WIDTHS) {
  for (const { path, h1 } of PAGES) {
    test(`${path} at ${width} px: set in the site's fonts, no layout shift`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await watchLayoutShifts(page)
      await openPage(page, path, h1)
      expect(await layoutShift(page)).toBe(0)
      expect(await fontsInUse(page)).toEqual(
        expect.arrayContaining(['Source Serif 400 600', 'Public Sans 400 700']),
      )
    })

    test(`${path} at ${width} px: fonts that miss the first paint move nothing`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      await watchLayoutShifts(page)
      // The fonts held back until the page has been painted in the fallback faces.
      let release!: () => void
      const painted = new Promise<void>((done) => (release = done))
      let fontsServed = 0
      await page.route('**/*.woff2', async (route) => {
        await painted
        await route.continue()
        fontsServed++
      })
      // Not until "load": that waits for the fonts held back.
      await page.goto(path, { waitUntil: 'commit' })
      await expect(pageHeading(page, h1)).toBeVisible()
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done))),
      )
      // Painted in the metric-matched local faces (Liberation on Debian), the real ones not in.
      const before = await fontsInUse(page)
      expect(before).toEqual(
        expect.arrayContaining(['Source Serif Fallback 400 500', 'Public Sans Fallback 400 500']),
      )
      expect(before).not.toContain('Source Serif 400 600')
      release()
      await expect.poll(() => fontsServed).toBeGreaterThanOrEqual(2)
      await page.waitForLoadState('networkidle')
      expect(await layoutShift(page)).toBe(0)
    })
  }
}
