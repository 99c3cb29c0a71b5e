import { statSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { holdEntryScript } from './hold-script'
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

/** The explorer's worker script, requested by src/app/view-boot.js or by the app. */
const WORKER_SCRIPT = /\/assets\/explorer\.worker-[^/]*\.js$/

test('a filtered address reads its index while the app’s code still loads, with one worker', async ({
  page,
}) => {
  const release = await holdEntryScript(page)
  const fetched = watchData(page)
  const workerScripts: string[] = []
  page.on('request', (request) => {
    if (WORKER_SCRIPT.test(request.url())) workerScripts.push(request.url())
  })
  await page.goto('/?driver=pierre-gasly', { waitUntil: 'commit' })

  // The app's code is held back: the worker view-boot.js started has read the view's lists and
  // the records of its first page already.
  await expect.poll(() => fetched.some(({ path }) => /\/r\/\d+\.json$/.test(path))).toBe(true)
  await expect(quoteList(page).getByRole('figure')).toHaveCount(0)
  release()
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
  await expect(page.getByText(/^2 quotes\b/)).toBeVisible()

  // The app took that worker over: one worker, each file of the index fetched once.
  expect(workerScripts).toHaveLength(1)
  expect(page.workers()).toHaveLength(1)
  const paths = fetched.map(({ path }) => path)
  expect(new Set(paths).size).toBe(paths.length)
})

test('a worker that view-boot.js could not start: the app starts its own and answers', async ({
  page,
}) => {
  let refused = 0
  await page.route(WORKER_SCRIPT, async (route) => {
    if (refused > 0) return route.continue()
    refused += 1
    await route.abort()
  })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await openPage(page, '/?driver=pierre-gasly', 'Quotes')
  await expect(quoteList(page).getByRole('figure')).toHaveCount(2)
  expect(refused).toBe(1)
  expect(errors).toEqual([])
})
