import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import type { ExplorerResult } from '../../src/search/explorer-result'
import { compileIndex } from '../../src/search/index-build/compile-index'
import { DEFAULT_SIZES, type IndexSizes } from '../../src/search/sharded/index-format'
import { createShardedEngine } from '../../src/search/sharded/sharded-engine'
import { isLetterHead } from '../../src/search/letters/letter-format'
import { indexRecordsOf } from '../../src/search/sharded/start-file'
import type { Dataset } from '../../src/dataset/schema'
import {
  FACETS,
  PAGE_SIZE,
  SORTS,
  filtersFrom,
  type ExplorerFilters,
  type Facet,
} from '../../src/urls/explorer-params'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { parseSearch, type Term } from '../../src/search/search-query'
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
  { part: 1, block: 1, codes: 1, pairs: 1 },
  { part: 2, block: 3, codes: 2, pairs: 12 },
  { part: 3, block: 2, codes: 5, pairs: 40 },
  { part: 7, block: 25, codes: 3, pairs: 9 },
  { part: 512, block: 8, codes: 1024, pairs: 4096 },
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
      const key = `${sizes.part} ${sizes.block} ${sizes.codes} ${sizes.pairs}`
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
  const { load, fetched } = served(compiled(sizes))
  const sharded = await createShardedEngine(load, engine.records).explore(filters, page, {
    matrixRows,
  })
  const whole = engine.whole.explore(filters, page, { matrixRows })
  // What the index does not answer, it says so, and the worker loads the whole dataset: a view
  // with no filter in another order, a phrase cut to one letter, a word cut to one letter among
  // other words (in the search, or in the "did you mean" it would check: the words typed
  // together need every word's positions), or a search of exclusions alone or of no word at all.
  const searching = filters.q.trim() !== ''
  if (searching) answered[sharded ? 'index' : 'whole']++
  if (sharded === undefined) {
    const chosen = FACETS.some((facet) => whole.filters[facet].length > 0)
    const cutShort = (q: string) => {
      const query = parseSearch(q)
      const terms = [...query.include, ...query.exclude]
      const letter = (t: Term) => [...(t.at(-1) ?? '')].length < 2
      return (
        query.include.length === 0 ||
        terms.some((t) => t.length > 1 && letter(t)) ||
        (query.include.length > 1 && query.include.some(letter))
      )
    }
    const suggested = whole.resultCount <= FEW_RESULTS ? suggestionOf(dataset, filters) : undefined
    expect(
      searching
        ? cutShort(filters.q) || (suggested !== undefined && cutShort(suggested))
        : !chosen && (filters.sort ?? 'newest') !== 'newest',
    ).toBe(true)
    return { sharded, fetched }
  }
  expect(comparable(sharded)).toEqual(comparable(whole))
  return { sharded, fetched }
}

/**
 * A search cut to its first letter, as a reader's first keystroke makes it: a letter some word
 * or name starts (or none does), alone, or with a word or letter excluded, or excluded itself
 * after a word; with any filters, period, order and page.
 */
function letterFiltersOf(dataset: Dataset) {
  const words = dataset.quotes.flatMap((quote) =>
    searchedFields(dataset, quote).flatMap((field) => field.text.split(/\s+/u)),
  )
  const starts = [...words, ...TRICKY_WORDS].map((word) => [...word][0] ?? 'a')
  const letter = fc.constantFrom(...starts, 'a', 'z', 'é', 'Σ', '1')
  const word = fc.constantFrom(...words.filter(Boolean), ...TRICKY_WORDS)
  const q = fc.oneof(
    { arbitrary: letter, weight: 4 },
    {
      arbitrary: fc.tuple(letter, fc.oneof(letter, word)).map(([a, b]) => `${a} -${b}`),
      weight: 1,
    },
    { arbitrary: fc.tuple(word, letter).map(([a, b]) => `${a} -${b}`), weight: 1 },
  )
  return fc.tuple(filtersOf(dataset), q).map(([filters, typed]) => ({ ...filters, q: typed }))
}

/**
 * Whether the index must answer the search itself: one letter, alone or with exclusions (a
 * letter, or words: not a phrase cut to one letter).
 */
function answersLetters(q: string): boolean {
  const { include, exclude } = parseSearch(q)
  const letter = (term: Term) => [...(term.at(-1) ?? '')].length === 1
  const [only] = include
  return (
    include.length === 1 &&
    only?.length === 1 &&
    letter(only) &&
    exclude.every((term) => term.length === 1 || !letter(term))
  )
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
        async ([dataset, filters, page, sizes, rows]) => {
          await agree(dataset, filters, page, sizes, rows)
        },
      ),
      { numRuns: 300 },
    )
    // 300 datasets, each compiled at its size: seconds on a quiet machine, more on a shared one.
  }, 60_000)

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
        async (filters, page, sizes, rows) => {
          await agree(dataset, filters, page, sizes, rows)
        },
      ),
      { numRuns: 150 },
    )
    // The comparison is no comparison if the index leaves every search to the whole dataset.
    expect(answered.index).toBeGreaterThan(answered.whole)
  }, 120_000)
})

/**
 * Views that combine filters, as the pair tables answer them: one value of each of two facets,
 * two values of one, one value with a word (common, a decoy, or the start of both); a period or
 * none, any order, deep pages.
 */
function combinedOf(dataset: Dataset) {
  const ids = {
    driver: dataset.drivers.map((d) => d.id),
    team: dataset.teams.map((t) => t.id),
    ambition: dataset.races.map((r) => r.id),
  }
  const { common, rare } = SEARCH_TERMS
  const years = dataset.sources.map((s) => Number(s.published.slice(0, 4)))
  const year = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: fc.constantFrom(...years), weight: 1 },
  )
  const word = fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    {
      arbitrary: fc.constantFrom(common.term, common.decoy, common.term.slice(0, 4), rare.term),
      weight: 3,
    },
  )
  return fc
    .record({
      facets: fc.constantFrom(...FACETS.flatMap((a) => FACETS.map((b) => [a, b] as const))),
      word,
      picks: fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
      from: year,
      to: year,
      sort: fc.option(fc.constantFrom(...SORTS), { nil: null }),
    })
    .map(({ facets: [a, b], word, picks: [i = 0, j = 0], from, to, sort }) => {
      const pick = (facet: Facet, k: number) => ids[facet][k % ids[facet].length] ?? ''
      const values: Record<Facet, string[]> = { driver: [], team: [], ambition: [] }
      values[a].push(pick(a, i))
      // A word stands in for the second facet; the same facet twice is two of its values.
      if (word === '') values[b].push(pick(b, a === b ? i + 1 + (j % 3) : j))
      return { ...values, q: word, from, to, sort } satisfies ExplorerFilters
    })
}

describe('views that combine filters answer as the whole dataset does', () => {
  it('from pair tables and the shorter list, at every part, block and pair-file size', async () => {
    // Few drivers, teams and races: long lists, and pairs of them that share many quotes.
    const dataset = generateDataset({
      quotes: 600,
      seed: 11,
      drivers: 12,
      teams: 4,
      races: 3,
      sources: 25,
    })
    const read = { pairs: 0, words: 0 }
    await fc.assert(
      fc.asyncProperty(
        combinedOf(dataset),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...SIZES),
        fc.constantFrom(0, 12),
        async (filters, page, sizes, rows) => {
          const { fetched } = await agree(dataset, filters, page, sizes, rows)
          const tables = fetched.filter((path) => /-p\d+\.json$/.test(path))
          if (tables.some((path) => path.startsWith('l/'))) read.pairs++
          if (tables.some((path) => path.startsWith('t/'))) read.words++
        },
      ),
      { numRuns: 300 },
    )
    // Not a comparison of pair tables if no view read one.
    expect(read.pairs).toBeGreaterThan(20)
    expect(read.words).toBeGreaterThan(10)
  }, 120_000)
})

describe('a first letter answers from the index as the whole dataset does', () => {
  it('on small datasets, at every part and block size', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary.chain((dataset) =>
          fc.tuple(
            fc.constant(dataset),
            letterFiltersOf(dataset),
            fc.integer({ min: 1, max: 3 }),
            fc.constantFrom(...SIZES),
            fc.constantFrom(0, 2),
          ),
        ),
        async ([dataset, filters, page, sizes, rows]) => {
          const { sharded } = await agree(dataset, filters, page, sizes, rows)
          if (answersLetters(filters.q)) expect(sharded).toBeDefined()
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)

  it("on a generated newsroom, with parts that end exactly where a letter's groups do", async () => {
    const dataset = generateDataset({ quotes: 600, seed: 11, drivers: 30, teams: 6, races: 5 })
    // The sizes of the groups of the index's letters: a part of each size, one less and one more.
    const groupSizes = new Set<number>()
    for (const [path, text] of prepared(dataset).compiled(DEFAULT_SIZES)) {
      if (!/^t\/\d+\/a\d+\.json$/.test(path)) continue
      const head: unknown = JSON.parse(text)
      if (!isLetterHead(head)) throw new Error(`${path} is not a letter's head`)
      for (const { n } of head.groups) for (const part of [n - 1, n, n + 1]) groupSizes.add(part)
    }
    const parts = [...groupSizes].filter((n) => n >= 1 && n <= 600).slice(0, 12)
    expect(parts.length).toBeGreaterThan(3)
    await fc.assert(
      fc.asyncProperty(
        letterFiltersOf(dataset),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...parts),
        async (filters, page, part) => {
          const sizes = { ...DEFAULT_SIZES, part, codes: 64 }
          const { sharded } = await agree(dataset, filters, page, sizes, 0)
          if (answersLetters(filters.q)) expect(sharded).toBeDefined()
        },
      ),
      { numRuns: 120 },
    )
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
  const sizes = { part: 64, block: 8, codes: 256, pairs: 512 }
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

  it('a first letter: its bucket, its head and the parts of its groups that hold the page', async () => {
    for (const changes of [{ q: 's' }, { q: 's', sort: 'newest', from: 2016, to: 2018 }] as const) {
      const fetched = await read(changes)
      const groupParts = fetched.filter((path) => /^t\/\d+\/a\d+-g\d+-\d+\.json$/.test(path))
      expect(groupParts.length).toBeLessThanOrEqual(changes.sort ? 12 : 1)
      // No word's postings, no code blocks: the letter's count table counts it.
      const other = fetched.filter((path) => path.startsWith('c/') || /^t\/\d+\/\d/.test(path))
      expect(other).toEqual([])
      expect(fetched.filter((path) => /^t\/\d+\.json$/.test(path))).toHaveLength(1)
    }
  })

  it('one driver: the head of their list and one part, never the whole list', async () => {
    const said = new Map<string, number>()
    for (const { speakerId } of dataset.quotes) said.set(speakerId, (said.get(speakerId) ?? 0) + 1)
    const driver = [...said].sort(([, a], [, b]) => b - a)[0]?.[0]
    const fetched = await read({ driver })
    expect(fetched.filter((path) => /^l\/d\d+-\d+\.json$/.test(path)).length).toBeLessThanOrEqual(1)
  })

  // The busiest values, as the benchmark picks them: their lists are many parts long here.
  const index = buildDatasetIndex(dataset)
  const ranked = (counts: ReadonlyMap<string, number>) =>
    [...counts].sort(([, a], [, b]) => b - a).map(([id]) => id)
  const [driver = '', next = ''] = ranked(index.counts.byDriver)
  const race = ranked(index.counts.byRace)[0] ?? ''
  const teamsOfRace = new Map<string, number>()
  for (const entry of index.entries) {
    if (!entry.races.includes(race)) continue
    for (const team of entry.teams) teamsOfRace.set(team, (teamsOfRace.get(team) ?? 0) + 1)
  }
  const team = ranked(teamsOfRace)[0] ?? ''
  const partsOf = (fetched: string[], kind: string) =>
    fetched.filter((path) => new RegExp(`^${kind}-\\d+\\.json$`).test(path))
  const listOf = (facet: 'driver' | 'team' | 'ambition', id: string) => {
    const ids = { driver: index.drivers, team: index.teams, ambition: index.races }[facet]
    return `l/${{ driver: 'd', team: 't', ambition: 'r' }[facet]}${ids.findIndex((v) => v.id === id)}`
  }
  beforeAll(() => {
    prepared(dataset).compiled(sizes)
  }, 60_000)

  it('a race with a team: both heads and one file of pair tables, no part of the longer list', async () => {
    const fetched = await read({ ambition: race, team })
    const [raceList, teamList] = [listOf('ambition', race), listOf('team', team)]
    const [ofRace = 0, ofTeam = 0] = [index.counts.byRace.get(race), index.counts.byTeam.get(team)]
    // Lists of many parts each, so that reading one whole would show.
    expect(Math.min(ofRace, ofTeam)).toBeGreaterThan(2 * sizes.part)
    const [shorter, longer] = ofRace <= ofTeam ? [raceList, teamList] : [teamList, raceList]
    expect(partsOf(fetched, longer)).toEqual([])
    expect(partsOf(fetched, shorter).length).toBeLessThanOrEqual(1)
    expect(fetched.filter((path) => /-p\d+\.json$/.test(path))).toHaveLength(1)
  })

  it('two drivers: both heads, one file of pair tables, at most a part of each', async () => {
    expect(index.counts.byDriver.get(next)).toBeGreaterThan(2 * sizes.part)
    const fetched = await read({ driver: [driver, next] })
    expect(partsOf(fetched, listOf('driver', driver)).length).toBeLessThanOrEqual(1)
    expect(partsOf(fetched, listOf('driver', next)).length).toBeLessThanOrEqual(1)
    expect(fetched.filter((path) => /-p\d+\.json$/.test(path))).toHaveLength(1)
  })

  it("a driver with a word, oldest first: the word's pair tables and the lists' oldest parts", async () => {
    const fetched = await read({ driver, q: SEARCH_TERMS.common.term, sort: 'oldest' })
    const wordParts = fetched.filter((path) => /^t\/\d+\/\d+-\d+\.json$/.test(path))
    const words = Math.ceil((dataset.quotes.length * SEARCH_TERMS.common.share) / sizes.part)
    expect(wordParts.length).toBeLessThanOrEqual(4)
    expect(wordParts.length).toBeLessThan(words / 2)
    expect(partsOf(fetched, listOf('driver', driver)).length).toBeLessThanOrEqual(2)
    expect(fetched.filter((path) => /^t\/\d+\/\d+-p\d+\.json$/.test(path))).toHaveLength(1)
    expect(fetched.filter((path) => path.startsWith('c/'))).toEqual([])
  })
})
