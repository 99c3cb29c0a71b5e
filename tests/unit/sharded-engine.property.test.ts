import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import type { ExplorerResult } from '../../src/search/explorer-result'
import { compileIndex } from '../../src/search/index-build/compile-index'
import type { IndexSizes } from '../../src/search/sharded/index-format'
import { createShardedEngine } from '../../src/search/sharded/sharded-engine'
import { indexRecordsOf } from '../../src/search/sharded/start-file'
import type { Dataset } from '../../src/dataset/schema'
import {
  FACETS,
  PAGE_SIZE,
  SORTS,
  filtersFrom,
  type ExplorerFilters,
} from '../../src/urls/explorer-params'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { parseSearch } from '../../src/search/search-query'
import { buildVocabulary, FEW_RESULTS, suggestSearch } from '../../src/search/suggestions'
import { buildSearchIndex } from '../../src/search/search-index'
import { explore } from '../../src/search/explore'
import type { ExportFormat } from '../../src/search/export-quotes'
import { streamDownload } from '../../src/search/download/stream-download'
import { raceLabel } from '../../src/format/labels'
import { generateDataset } from '../../scripts/generate/dataset'
import { TRICKY_WORDS, datasetArbitrary } from '../support/arbitrary-dataset'
import { searchedFields } from '../support/search-reference'

// The sharded index (docs/explorer-index.md) must answer exactly as the in-memory engine, which
// explore.property.test.ts holds to the reference model written from the contract: at part and
// block sizes that put lists and blocks on every kind of boundary.

const SIZES: IndexSizes[] = [
  { part: 1, block: 1, codes: 1 },
  { part: 2, block: 3, codes: 2 },
  { part: 3, block: 2, codes: 5 },
  { part: 7, block: 25, codes: 3 },
  { part: 512, block: 8, codes: 1024 },
]

/** The index's files served from memory, as the site serves them; a missing one rejects. */
function served(files: ReadonlyMap<string, string>) {
  const fetched: string[] = []
  const load = (path: string) => {
    fetched.push(path)
    const text = files.get(path)
    if (text === undefined) return Promise.reject(new Error(`404 ${path}`))
    const json: unknown = JSON.parse(text)
    return Promise.resolve(json)
  }
  return { load, fetched }
}

/**
 * A result with its count lists and each matrix row's cells in one order: the engines list them
 * in the order they met them, and the page reads them as maps.
 */
function comparable(result: ExplorerResult | undefined) {
  if (!result) return result
  const sorted = (pairs: readonly [string, number][]) =>
    [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const { matrix } = result
  return {
    ...result,
    ...(matrix && {
      matrix: { ...matrix, rows: matrix.rows.map(([id, cells]) => [id, sorted(cells)]) },
    }),
    counts: {
      driver: sorted(result.counts.driver),
      team: sorted(result.counts.team),
      ambition: sorted(result.counts.ambition),
    },
  }
}

/**
 * A search as a reader types it: words (whole, or their starts) from one quote's searched fields
 * or from the tricky ones, maybe as a "phrase" or an -exclusion; or nothing.
 */
function queryOf(dataset: Dataset): fc.Arbitrary<string> {
  const words = dataset.quotes.flatMap((quote) =>
    searchedFields(dataset, quote).flatMap((field) => field.text.split(/\s+/u)),
  )
  const piece = fc
    .tuple(fc.constantFrom(...words.filter(Boolean), ...TRICKY_WORDS), fc.nat(3))
    .map(([word, cut]) => {
      const codePoints = [...word]
      return codePoints.slice(0, Math.max(1, codePoints.length - cut)).join('')
    })
  const term = fc.oneof(
    { arbitrary: piece, weight: 4 },
    {
      arbitrary: fc.array(piece, { minLength: 2, maxLength: 3 }).map((p) => `"${p.join(' ')}"`),
      weight: 1,
    },
    { arbitrary: piece.map((p) => `-${p}`), weight: 1 },
  )
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 2 },
    {
      arbitrary: fc.array(term, { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
      weight: 5,
    },
  )
}

function filtersOf(dataset: Dataset) {
  const ids = {
    driver: dataset.drivers.map((d) => d.id),
    team: dataset.teams.map((t) => t.id),
    ambition: dataset.races.map((r) => r.id),
  }
  const years = dataset.sources.map((s) => Number(s.published.slice(0, 4)))
  const year = fc.oneof(fc.constantFrom(...years, 1990, 2031), fc.integer({ min: 1990, max: 2031 }))
  const facet = (all: string[]) =>
    all.length === 0
      ? fc.constant([])
      : fc.oneof(
          { arbitrary: fc.constant([]), weight: 2 },
          { arbitrary: fc.array(fc.constantFrom(...all, 'ghost'), { maxLength: 3 }), weight: 3 },
        )
  return fc.record({
    driver: facet(ids.driver),
    team: facet(ids.team),
    ambition: facet(ids.ambition),
    q: queryOf(dataset),
    from: fc.option(year),
    to: fc.option(year),
    sort: fc.option(fc.constantFrom(...SORTS)),
  }) satisfies fc.Arbitrary<ExplorerFilters>
}

/** The "did you mean" the whole dataset would check, found or not (suggestions.ts). */
function suggestionOf(dataset: Dataset, filters: ExplorerFilters): string | undefined {
  const search = buildSearchIndex(buildDatasetIndex(dataset))
  const query = parseSearch(filters.q)
  const found = explore(search, filters).matched.length
  return suggestSearch(buildVocabulary(search), query, found)
}

/** How many searches the index answered, and how many it left to the whole dataset. */
const answered = { index: 0, whole: 0 }

/** The dataset's in-memory engine and its index at each size, made once per dataset. */
const made = new WeakMap<Dataset, ReturnType<typeof prepare>>()
function prepare(dataset: Dataset) {
  const index = buildDatasetIndex(dataset)
  const bySize = new Map<string, Map<string, string>>()
  return {
    engine: { whole: createExplorerEngine(dataset), records: indexRecordsOf(index) },
    compiled: (sizes: IndexSizes) => {
      const key = `${sizes.part} ${sizes.block} ${sizes.codes}`
      let files = bySize.get(key)
      if (!files) bySize.set(key, (files = compileIndex(index, sizes)))
      return files
    },
  }
}
function prepared(dataset: Dataset) {
  let ready = made.get(dataset)
  if (!ready) made.set(dataset, (ready = prepare(dataset)))
  return ready
}

async function agree(
  dataset: Dataset,
  filters: ExplorerFilters,
  page: number,
  sizes: IndexSizes,
  matrixRows: number,
) {
  const { engine, compiled } = prepared(dataset)
  const sharded = await createShardedEngine(served(compiled(sizes)).load, engine.records).explore(
    filters,
    page,
    { matrixRows },
  )
  const whole = engine.whole.explore(filters, page, { matrixRows })
  // What the index does not answer, it says so, and the worker loads the whole dataset: a view
  // with no filter in another order, a word cut to one letter (in the search, or in the "did
  // you mean" it would check), or a search of exclusions alone or of no word at all.
  const searching = filters.q.trim() !== ''
  if (searching) answered[sharded ? 'index' : 'whole']++
  if (sharded === undefined) {
    const chosen = FACETS.some((facet) => whole.filters[facet].length > 0)
    const cutShort = (q: string) => {
      const query = parseSearch(q)
      const terms = [...query.include, ...query.exclude]
      return query.include.length === 0 || terms.some((t) => [...(t.at(-1) ?? '')].length < 2)
    }
    const suggested = whole.resultCount <= FEW_RESULTS ? suggestionOf(dataset, filters) : undefined
    expect(
      searching
        ? cutShort(filters.q) || (suggested !== undefined && cutShort(suggested))
        : !chosen && (filters.sort ?? 'newest') !== 'newest',
    ).toBe(true)
    return
  }
  expect(comparable(sharded)).toEqual(comparable(whole))
}

describe('the sharded index answers as the whole dataset does', () => {
  it('on small datasets that keep every rule, at every part and block size', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary.chain((dataset) =>
          fc.tuple(
            fc.constant(dataset),
            filtersOf(dataset),
            fc.integer({ min: 1, max: 3 }),
            fc.constantFrom(...SIZES),
            fc.constantFrom(0, 2, 12),
          ),
        ),
        async ([dataset, filters, page, sizes, rows]) => agree(dataset, filters, page, sizes, rows),
      ),
      { numRuns: 300 },
    )
  })

  it('on a generated newsroom of 600 quotes over many years, at every part and block size', async () => {
    const dataset = generateDataset({
      quotes: 600,
      seed: 7,
      drivers: 30,
      teams: 6,
      races: 5,
      sources: 25,
    })
    answered.index = 0
    answered.whole = 0
    await fc.assert(
      fc.asyncProperty(
        filtersOf(dataset),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...SIZES),
        fc.constantFrom(0, 12),
        async (filters, page, sizes, rows) => agree(dataset, filters, page, sizes, rows),
      ),
      { numRuns: 150 },
    )
    // The comparison is no comparison if the index leaves every search to the whole dataset.
    expect(answered.index).toBeGreaterThan(answered.whole)
  }, 120_000)
})

/** A file's text, its time of export aside (the JSON's `exported`, made at the download). */
async function textOf(file: { text: string } | { blob: Blob }) {
  // Decoded by hand: Blob.text() drops the CSV's byte order mark.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const text = 'text' in file ? file.text : decoder.decode(await file.blob.arrayBuffer())
  return text.replace(/"exported": "[^"]*"/, '"exported": "…"')
}

/**
 * A download streamed from the record blocks (download/stream-download.ts), wherever the index
 * answers the view, is the whole dataset's file byte for byte: the same rows in the same order.
 */
async function sameDownload(
  dataset: Dataset,
  filters: ExplorerFilters,
  sizes: IndexSizes,
  format: ExportFormat,
) {
  const { engine, compiled } = prepared(dataset)
  const { load, fetched } = served(compiled(sizes))
  const results = await createShardedEngine(load, engine.records).results(filters)
  downloads[results ? 'streamed' : 'whole']++
  if (!results) return
  const asked = { format, base: BASE, viewUrl: `${BASE}?view` }
  const labels = dataset.races.map(raceLabel)
  const streamed = await streamDownload(results, labels, load, asked)
  const whole = engine.whole.download(filters, format, asked.base, asked.viewUrl)
  expect(await textOf(streamed)).toBe(await textOf(whole))
  expect(streamed).toMatchObject({ count: whole.count, filename: whole.filename })
  expect(fetched).not.toContain('quotes.json')
}

const BASE = 'https://quotes.example/sub/'
/** How many downloads were streamed, and how many left to the whole dataset. */
const downloads = { streamed: 0, whole: 0 }

describe('a download streamed from the record blocks is the whole dataset’s file', () => {
  it('on small datasets, at every part and block size, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary.chain((dataset) =>
          fc.tuple(
            fc.constant(dataset),
            filtersOf(dataset),
            fc.constantFrom(...SIZES),
            fc.constantFrom<ExportFormat>('csv', 'json'),
          ),
        ),
        async ([dataset, filters, sizes, format]) => sameDownload(dataset, filters, sizes, format),
      ),
      { numRuns: 150 },
    )
  })

  it('on a generated newsroom of 600 quotes, results of many blocks in any order', async () => {
    const dataset = generateDataset({ quotes: 600, seed: 11, drivers: 30, teams: 6, races: 5 })
    downloads.streamed = 0
    downloads.whole = 0
    await fc.assert(
      fc.asyncProperty(
        filtersOf(dataset),
        fc.constantFrom(...SIZES),
        fc.constantFrom<ExportFormat>('csv', 'json'),
        async (filters, sizes, format) => sameDownload(dataset, filters, sizes, format),
      ),
      { numRuns: 40 },
    )
    expect(downloads.streamed).toBeGreaterThan(downloads.whole)
  }, 120_000)
})

describe('what a view reads of the index', () => {
  const dataset = generateDataset({ quotes: 3000, seed: 3 })
  const sizes = { part: 64, block: 8, codes: 256 }
  const read = async (changes: Parameters<typeof filtersFrom>[0]) => {
    const { engine, compiled } = prepared(dataset)
    const { load, fetched } = served(compiled(sizes))
    const filters = filtersFrom(changes)
    const result = await createShardedEngine(load, engine.records).explore(filters, 1)
    expect(comparable(result)).toEqual(comparable(engine.whole.explore(filters, 1)))
    // Not an empty view, which would read nothing whatever the index.
    expect(result?.resultCount).toBeGreaterThan(PAGE_SIZE)
    return fetched
  }

  it('a common word in a period: its head, its counts by year and the parts of the period', async () => {
    const fetched = await read({ q: SEARCH_TERMS.common.term, from: 2016, to: 2018 })
    const parts = fetched.filter((path) => /^t\/\d+\/\d+-\d+\.json$/.test(path))
    const wordParts = Math.ceil((dataset.quotes.length * SEARCH_TERMS.common.share) / sizes.part)
    expect(parts.length).toBeLessThanOrEqual(2)
    expect(parts.length).toBeLessThan(wordParts)
    expect(fetched.filter((path) => path.startsWith('c/'))).toEqual([])
  })

  it('one driver: the head of their list and one part, never the whole list', async () => {
    const said = new Map<string, number>()
    for (const { speakerId } of dataset.quotes) said.set(speakerId, (said.get(speakerId) ?? 0) + 1)
    const driver = [...said].sort(([, a], [, b]) => b - a)[0]?.[0]
    const fetched = await read({ driver })
    expect(fetched.filter((path) => /^l\/d\d+-\d+\.json$/.test(path)).length).toBeLessThanOrEqual(1)
  })
})
