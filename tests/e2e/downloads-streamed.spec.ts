import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { generateDataset, serializeDataset } from '../../scripts/generate/dataset'
import { startPreview } from '../../scripts/lib/preview-server'
import { buildSite } from '../../scripts/lib/site-build'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import { filtersFrom, type FilterChanges } from '../../src/urls/explorer-params'
import { openPage } from './open-page'

/*
 * A large download, against a production build of its own: 2,000 generated archive quotes, of
 * which 2010 to 2019 hold 973, in 122 of the index's 250 record blocks of 8. The file is streamed
 * from those blocks in the explorer's worker, and is the file the whole dataset's engine makes.
 */

const dataset = generateDataset({
  quotes: 2000,
  seed: 5,
  shape: 'archive',
  drivers: 60,
  teams: 8,
  races: 6,
  sources: 200,
})
const PERIOD: FilterChanges = { from: 2010, to: 2019 }
/** The period's quotes, and its first ordinal: the quotes of the years after it come first. */
const yearOf = new Map(
  dataset.sources.map((source) => [source.id, Number(source.published.slice(0, 4))]),
)
const years = dataset.quotes.map((quote) => yearOf.get(quote.sourceId) ?? 0)
const RESULTS = years.filter((year) => year >= 2010 && year <= 2019).length
const FIRST = years.filter((year) => year > 2019).length
const BLOCKS = Math.floor((FIRST + RESULTS - 1) / 8) - Math.floor(FIRST / 8) + 1

let site: { origin: string; stop: () => Promise<void> } | undefined
let dir: string | undefined

test.describe('a large download', () => {
  test.describe.configure({ mode: 'default' })

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    dir = mkdtempSync(join(tmpdir(), 'paddock-downloads-'))
    const datasetFile = join(dir, 'quotes.json')
    writeFileSync(datasetFile, serializeDataset(dataset))
    await buildSite({ datasetFile, outDir: join(dir, 'dist') })
    site = await startPreview({ outDir: join(dir, 'dist') })
  })

  test.afterAll(async () => {
    await site?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** The view's file as the whole dataset's engine writes it: the download before the index. */
  function expected(origin: string, view: string, changes: FilterChanges, format: 'csv' | 'json') {
    const engine = createExplorerEngine(dataset)
    return engine.download(filtersFrom(changes), format, `${origin}/`, `${origin}${view}`)
  }

  /**
   * Every data file the page and its worker ask for from now on, once the view shows its results
   * (whose record blocks the page fetched for itself).
   */
  async function watchData(page: Page, count: number) {
    await expect(
      page.getByText(`Download these ${count.toLocaleString('en-GB')} quotes:`),
    ).toBeVisible()
    await page.waitForLoadState('networkidle')
    const asked: string[] = []
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (pathname.startsWith('/data/')) asked.push(pathname)
    })
    return asked
  }

  async function download(page: Page, format: 'CSV' | 'JSON', count = RESULTS) {
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: `Download ${format}` }).click()
    const file = await downloading
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
      `Downloaded ${count.toLocaleString('en-GB')} quotes as ${format}`,
    )
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
  }

  test('is the same CSV as before, from the record blocks, never the whole dataset', async ({
    page,
  }) => {
    const origin = site?.origin ?? ''
    const view = '/?from=2010&to=2019'
    await openPage(page, `${origin}${view}`, 'Quotes')
    const asked = await watchData(page, RESULTS)

    const file = await download(page, 'CSV')
    const before = expected(origin, view, PERIOD, 'csv')
    expect(file.name).toBe(before.filename)
    expect(file.bytes.equals(Buffer.from(before.text, 'utf8'))).toBe(true)
    expect(asked).not.toContain('/data/quotes.json')
    const blocks = asked.filter((path) => /^\/data\/explorer\/[0-9a-f]+\/r\/\d+\.json$/.test(path))
    expect([RESULTS, BLOCKS]).toEqual([973, 122])
    expect(new Set(blocks).size).toBe(BLOCKS)
  })

  test('of a team in the speakers’ order: the same JSON as before but for its time of export', async ({
    page,
  }) => {
    const origin = site?.origin ?? ''
    const team = dataset.teams[0]?.id ?? ''
    const changes: FilterChanges = { ...PERIOD, team, sort: 'speaker' }
    const view = `/?team=${team}&from=2010&to=2019&sort=speaker`
    const count = createExplorerEngine(dataset).explore(filtersFrom(changes), 1).resultCount
    await openPage(page, `${origin}${view}`, 'Quotes')
    const asked = await watchData(page, count)

    const file = await download(page, 'JSON', count)
    const before = expected(origin, view, changes, 'json')
    const exportTime = /"exported": "[^"]+"/
    expect(file.name).toBe(before.filename)
    expect(file.bytes.toString('utf8').replace(exportTime, '')).toBe(
      before.text.replace(exportTime, ''),
    )
    // Not in the blocks' order: each block is still fetched once.
    const blocks = asked.filter((path) => /\/r\/\d+\.json$/.test(path))
    expect(blocks.length).toBeGreaterThan(count / 8)
    expect(new Set(blocks).size).toBe(blocks.length)
    expect(asked).not.toContain('/data/quotes.json')
  })
})
