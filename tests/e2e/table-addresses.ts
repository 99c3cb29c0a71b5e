import { expect, type APIRequestContext, type APIResponse } from '@playwright/test'
import {
  FILE_FOLDERS,
  NOT_FOUND_PATH,
  PAGE_TYPE_NAMES,
  pageAt,
  pathOf,
  recordsOf,
  viewParamsOf,
  type PageType,
} from '../../src/urls/url-table'
import { shippedCopy } from '../support/shipped-dataset'
import { quoteFileKey, quoteFileOf } from '../../src/page-data/quote-pages'

/**
 * What a server of the build must answer, address by address, generated from the address table
 * (src/urls/url-table.ts) and the shipped dataset: a page type added to the table that the
 * server does not serve fails the test that walks these. Paths are in-app (`/drivers`); prefix
 * them with the site's base.
 */
export type AddressCheck =
  | { path: string; answer: 'page'; dataKey: string }
  | { path: string; answer: 'data' }
  | { path: string; answer: 'not found' }
  | { path: string; answer: 'missing file' }
  | { path: string; answer: 'redirect'; to: string }

/** An id no record of the shipped dataset has. */
const GHOST = 'ghost'

/** A real address of each page type: the first record of its list for a record's page. */
export function pageAddresses(): { type: PageType; path: string }[] {
  const dataset = shippedCopy()
  return PAGE_TYPE_NAMES.map((type) => {
    const records = recordsOf(type)
    const id = records && dataset[records][0]?.id
    if (records && id === undefined) throw new Error(`the shipped dataset has no ${records}`)
    if (records && dataset[records].some((record) => record.id === GHOST)) {
      throw new Error(`the shipped dataset has ${records} “${GHOST}”: pick another unknown id`)
    }
    return { type, path: pathOf(type, id) }
  })
}

const dataFile = (key: string) => `/data/pages/${key}.json`
/**
 * The file a page's data is fetched from: its own, or for a quote's page the file of many
 * quote pages its id hashes to (src/page-data/quote-pages.ts).
 */
function dataFileAt(path: string): string {
  const page = pageAt(path)
  if (page === undefined) throw new Error(`${path}: the table reads no page there`)
  if (page.type === 'quote' && page.id !== undefined) {
    return dataFile(quoteFileKey(quoteFileOf(page.id)))
  }
  return dataFile(page.dataKey)
}

export function tableChecks(): AddressCheck[] {
  const checks: AddressCheck[] = []
  for (const { type, path } of pageAddresses()) {
    const dataKey = pageAt(path)?.dataKey
    if (dataKey === undefined) throw new Error(`${path}: the table reads no page there`)
    const query = (search: string) => (path === '/' ? `/?${search}` : `${path}?${search}`)
    checks.push({ path, answer: 'page', dataKey }, { path: dataFileAt(path), answer: 'data' })
    // Another view of the page (a filter, an order, a page of results) is the same document.
    for (const param of viewParamsOf(type)) {
      checks.push({ path: query(`${param}=2`), answer: 'page', dataKey })
    }
    // The file's name, or a trailing slash, redirects to the address, keeping the query.
    const named = path === '/' ? '/index' : path
    checks.push(
      { path: `${named}.html`, answer: 'redirect', to: path },
      { path: `${named}.html?from=bookmark`, answer: 'redirect', to: query('from=bookmark') },
    )
    if (path !== '/') {
      checks.push(
        { path: `${path}/`, answer: 'redirect', to: path },
        { path: `${path}/?from=bookmark`, answer: 'redirect', to: query('from=bookmark') },
      )
    }
    // One segment deeper than any page.
    checks.push({ path: `${path === '/' ? '' : path}/${GHOST}/more`, answer: 'not found' })
    if (recordsOf(type) !== undefined) {
      const ghost = pathOf(type, GHOST)
      checks.push({ path: ghost, answer: 'not found' })
      // No data file for the ghost: unless a real quote's page shares its file of quote pages.
      const ghostFile = dataFileAt(ghost)
      const shared = shippedCopy().quotes.some(
        (quote) => dataFileAt(pathOf('quote', quote.id)) === ghostFile,
      )
      if (!shared) checks.push({ path: ghostFile, answer: 'missing file' })
      // A folder of records with no list page of its own (/quotes) is no page either.
      const folder = path.replace(/\/[^/]+$/, '')
      if (pageAt(folder) === undefined) checks.push({ path: folder, answer: 'not found' })
    }
  }
  checks.push(
    { path: `/${GHOST}`, answer: 'not found' },
    { path: '/no/such/page', answer: 'not found' },
    { path: NOT_FOUND_PATH, answer: 'not found' },
    { path: '/nope-123.js', answer: 'missing file' },
    ...FILE_FOLDERS.map((folder) => ({
      path: `/${folder}/nope-123.js`,
      answer: 'missing file' as const,
    })),
  )
  return checks
}

/** The key in a page's data block: which page's prerendered HTML this is. */
function bootKey(html: string): unknown {
  const block = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)
  const boot: unknown = block?.[1] === undefined ? undefined : JSON.parse(block[1])
  return typeof boot === 'object' && boot !== null && 'key' in boot ? boot.key : undefined
}

const type = (response: APIResponse) => response.headers()['content-type'] ?? ''

/** Asks `origin` + `base` for each address and checks the answer against the table's. */
export async function expectTableAnswers(
  request: APIRequestContext,
  origin: string,
  base: string,
  checks: readonly AddressCheck[] = tableChecks(),
): Promise<void> {
  const at = (path: string) => `${base}${path.slice(1)}`
  for (const check of checks) {
    const { path } = check
    const response = await request.get(`${origin}${at(path)}`, { maxRedirects: 0 })
    const label = `${check.answer}: ${at(path)}`
    if (check.answer === 'redirect') {
      expect(response.status(), label).toBe(301)
      const location = new URL(response.headers()['location'] ?? '', origin)
      expect(`${location.pathname}${location.search}`, label).toBe(at(check.to))
      continue
    }
    const body = await response.text()
    if (check.answer === 'page') {
      expect(response.status(), label).toBe(200)
      expect(type(response), label).toMatch(/^text\/html/)
      expect(bootKey(body), label).toBe(check.dataKey)
    } else if (check.answer === 'data') {
      expect(response.status(), label).toBe(200)
      expect(type(response), label).toMatch(/^application\/json/)
    } else if (check.answer === 'not found') {
      expect(response.status(), label).toBe(404)
      expect(type(response), label).toMatch(/^text\/html/)
      expect(body, label).toContain('"notFound":true')
    } else {
      expect(response.status(), label).toBe(404)
      expect(type(response), label).toMatch(/^text\/plain/)
    }
  }
}
