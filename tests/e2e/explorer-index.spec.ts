import { statSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openPage } from './open-page'

/*
 * A filtered or searched view cold: what it fetches beyond the page itself comes from the
 * explorer's index (docs/explorer-index.md), a few small files, never the whole dataset.
 */

const quoteList = (page: Page) => page.getByRole('list', { name: 'Quotes', exact: true })
/**
 * The whole dataset, what every filtered view downloaded before the index, as the preview server
 * sends it (uncompressed, like the index's files).
 */
const WHOLE_DATASET = statSync('public/data/quotes.json').size

/** Every data file the page (its worker included) fetches, with the bytes of its body. */
function watchData(page: Page) {
  const fetched: { path: string; bytes: number }[] = []
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url())
    if (!pathname.includes('/data/')) return
    void request.sizes().then(({ responseBodySize }) => {
      fetched.push({ path: pathname, bytes: responseBodySize })
    })
  })
  return fetched
}

for (const [label, address, figures] of [
  ['a driver', '/?driver=pierre-gasly', 2],
  ['a race with a team', '/?ambition=le-mans&team=veloce-esports', 2],
  ['a word', '/?q=indianapolis', 1],
  ['a first letter', '/?q=g', 3],
  ['a word in a period, oldest first', '/?q=mans&from=2020&to=2020&sort=oldest', 4],
] as const) {
  test(`${label}, cold: a few files of the index, not the dataset`, async ({ page }) => {
    const fetched = watchData(page)
    await openPage(page, address, 'Quotes')
    await expect(quoteList(page).getByRole('figure')).toHaveCount(figures)
    await expect.poll(() => fetched.length).toBeGreaterThan(0)

    const paths = fetched.map(({ path }) => path)
    expect(paths).not.toContain('/data/quotes.json')
    for (const path of paths) expect(path).toMatch(/^\/data\/explorer\/[0-9a-f]+\//)
    expect(paths.length).toBeLessThanOrEqual(12)
    const bytes = fetched.reduce((sum, { bytes }) => sum + bytes, 0)
    expect(bytes).toBeLessThan(WHOLE_DATASET)
  })
}
