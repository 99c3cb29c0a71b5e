import { describe, expect, it } from 'vitest'
import { SEARCH_TERMS, generateDataset } from '../../scripts/generate-dataset'
import { buildDatasetIndex } from '../../src/data/dataset-index'
import { explore } from '../../src/data/explore'
import { createExplorerEngine, type ExplorePage } from '../../src/data/explorer-engine'
import { isExplorerRequest } from '../../src/data/explorer-protocol'
import {
  NO_FILTERS,
  PAGE_SIZE,
  filtersFrom,
  type ExplorerFilters,
  type FilterChanges,
} from '../../src/lib/explorer-params'
import type { Dataset } from '../../src/data/schema'
import { at, shippedCopy } from '../support/shipped-dataset'

const shipped = shippedCopy()
const generated = generateDataset({ quotes: 2_000, seed: 7 })

/** What the explorer showed before the engine: explore() on the index, sliced into pages. */
function expected(dataset: Dataset, filters: FilterChanges) {
  const { results, counts, totals, terms } = explore(
    buildDatasetIndex(dataset),
    filtersFrom(filters),
  )
  return {
    results,
    counts: {
      driver: Array.from(counts.driver),
      team: Array.from(counts.team),
      ambition: Array.from(counts.ambition),
    },
    totals,
    terms,
  }
}

function allPages(engine: ReturnType<typeof createExplorerEngine>, filters: ExplorerFilters) {
  const pages: ExplorePage[] = [engine.explore(filters, 1)]
  for (let n = 2; n <= at(pages, 0).pageCount; n++) pages.push(engine.explore(filters, n))
  return pages
}

function filterCases(dataset: Dataset): ExplorerFilters[] {
  const secondDriver = at(dataset.quotes, 1).speakerId
  const driver = at(dataset.quotes, 0).speakerId
  const team = at(at(dataset.drivers, 0).affiliations, 0).teamId
  const ambition = at(dataset.races, 0).id
  const cases: FilterChanges[] = [
    { q: '' },
    { driver: [driver, secondDriver, 'ghost'], team },
    { q: '', driver },
    { q: '', team },
    { q: '', ambition },
    { q: '', driver, ambition },
    { q: 'le mans' },
    { q: SEARCH_TERMS.common.term },
    { q: SEARCH_TERMS.common.term, team },
    { q: 'nothing-says-this' },
  ]
  return cases.map(filtersFrom)
}

describe.each([
  ['the shipped dataset', shipped],
  ['a generated dataset of 2,000 quotes', generated],
])('the explorer engine on %s', (_, dataset) => {
  const engine = createExplorerEngine(dataset)

  it.each(filterCases(dataset))('gives explore()’s results, page by page, for %o', (filters) => {
    const want = expected(dataset, filters)
    const pages = allPages(engine, filters)

    expect(pages.flatMap((page) => page.quotes)).toEqual(want.results)
    pages.forEach((page, i) => {
      expect(page.page).toBe(i + 1)
      expect(page.first).toBe(i * PAGE_SIZE)
      expect(page.quotes.length).toBeLessThanOrEqual(PAGE_SIZE)
      expect(page.resultCount).toBe(want.results.length)
      expect(page.pageCount).toBe(Math.max(1, Math.ceil(want.results.length / PAGE_SIZE)))
      expect(page.counts).toEqual(want.counts)
      expect(page.totals).toEqual(want.totals)
      expect(page.terms).toEqual(want.terms)
    })
  })

  it('gives each page exactly the sources its quotes cite, once each', () => {
    for (const page of allPages(engine, NO_FILTERS)) {
      const cited = new Set(page.quotes.map((quote) => quote.sourceId))
      expect(page.sources.map((source) => source.id).sort()).toEqual([...cited].sort())
    }
  })

  it('survives structured cloning and JSON unchanged', () => {
    const page = engine.explore(filtersFrom({ q: '', ambition: at(dataset.races, 0).id }), 1)
    expect(structuredClone(page)).toEqual(page)
    expect(JSON.parse(JSON.stringify(page))).toEqual(page)
  })
})

describe('the explorer engine’s page', () => {
  const engine = createExplorerEngine(generated)
  const pageCount = engine.explore(filtersFrom({ q: '' }), 1).pageCount

  it('has more than one page to move between', () => {
    expect(pageCount).toBeGreaterThan(2)
  })

  it.each([0, -1, 1.5, Number.NaN, pageCount + 1, 999])(
    'is page 1 for page %s, as for such a page in the URL',
    (asked) => {
      const page = engine.explore(filtersFrom({ q: '' }), asked)
      expect(page.page).toBe(1)
      expect(page.first).toBe(0)
      expect(page.quotes).toEqual(generated.quotes.slice(0, PAGE_SIZE))
    },
  )

  it('is the last page when asked for it, with what is left', () => {
    const page = engine.explore(filtersFrom({ q: '' }), pageCount)
    expect(page.page).toBe(pageCount)
    expect(page.quotes).toEqual(generated.quotes.slice((pageCount - 1) * PAGE_SIZE))
  })
})

describe('the explorer engine’s filters', () => {
  const engine = createExplorerEngine(shipped)

  it('drops an id the dataset does not know, as a URL with it would', () => {
    const page = engine.explore(filtersFrom({ q: '', driver: 'ghost', ambition: 'le-mans' }), 1)
    expect(page.filters).toEqual({ ...NO_FILTERS, ambition: ['le-mans'] })
    expect(page.quotes).toEqual(expected(shipped, { q: '', ambition: 'le-mans' }).results)
  })

  it('drops a repeated id, and keeps the order of the others', () => {
    const asked = filtersFrom({
      driver: ['pierre-gasly', 'ghost', 'charles-leclerc', 'pierre-gasly'],
    })
    const page = engine.explore(asked, 1)
    expect(page.filters.driver).toEqual(['pierre-gasly', 'charles-leclerc'])
    expect(page.resultCount).toBe(4)
  })

  it('takes filters of several ids as they arrive in a worker, cloned', () => {
    const filters = filtersFrom({ driver: ['pierre-gasly', 'charles-leclerc'], team: 'ferrari' })
    const request = structuredClone({
      id: 1,
      type: 'explore',
      filters,
      page: 1,
      options: { matrixRows: 0 },
    })
    expect(isExplorerRequest(request)).toBe(true)
    expect(isExplorerRequest({ ...request, filters: { ...filters, team: 'ferrari' } })).toBe(false)
    expect(engine.explore(request.filters, 1).resultCount).toBe(2)
  })

  it('gives the same page again after other filters in between', () => {
    const first = engine.explore(filtersFrom({ q: '', team: 'ferrari' }), 1)
    engine.explore(filtersFrom({ q: 'indianapolis' }), 1)
    expect(engine.explore(filtersFrom({ q: '', team: 'ferrari' }), 1)).toEqual(first)
  })
})

describe('the ambition matrix of the results', () => {
  it('counts every result, not only the page, and sends only the rows asked for', () => {
    const engine = createExplorerEngine(generated)
    const byRace = buildDatasetIndex(generated).counts.byRace
    const race = [...byRace].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
    const page = engine.explore(filtersFrom({ ambition: race }), 1, { matrixRows: 5 })
    const matrix = page.matrix
    if (!matrix) throw new Error('no matrix sent')
    expect(matrix.rows.length).toBe(Math.min(5, matrix.drivers))
    // Each row's counts are those of the results: quotes voicing that wish, all pages of them.
    const results = explore(buildDatasetIndex(generated), filtersFrom({ ambition: race })).results
    for (const [driverId, cells] of matrix.rows) {
      for (const [raceId, n] of cells) {
        const voicing = results.filter((quote) =>
          quote.ambitions.some((a) => a.driverId === driverId && a.raceId === raceId),
        )
        expect(n).toBe(voicing.length)
      }
    }
    expect(page.resultCount).toBeGreaterThan(PAGE_SIZE)
  })

  it('is left out unless asked for', () => {
    expect(createExplorerEngine(shipped).explore(NO_FILTERS, 1).matrix).toBeUndefined()
  })
})
