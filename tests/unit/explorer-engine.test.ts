import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate/dataset'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import { newestQuotes } from '../../src/search/result-order'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import type { ExplorerResult } from '../../src/search/explorer-result'
import { isExplorerRequest } from '../../src/search/worker/explorer-protocol'
import {
  NO_FILTERS,
  PAGE_SIZE,
  filtersFrom,
  type ExplorerFilters,
  type FilterChanges,
} from '../../src/urls/explorer-params'
import type { Dataset } from '../../src/dataset/schema'
import { at, shippedCopy } from '../support/shipped-dataset'

const shipped = shippedCopy()
const generated = generateDataset({ quotes: 2_000, seed: 7 })

/** What the explorer showed before the engine: explore() on the index, sliced into pages. */
function expected(dataset: Dataset, filters: FilterChanges) {
  const { results, counts, totals, query } = exploreIndex(
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
    terms: query.include,
  }
}

const idsInDatasetOrder = (dataset: Dataset, quotes: readonly { id: string }[]) => {
  const found = new Set(quotes.map((quote) => quote.id))
  return dataset.quotes.filter((quote) => found.has(quote.id)).map((quote) => quote.id)
}

function allPages(engine: ReturnType<typeof createExplorerEngine>, filters: ExplorerFilters) {
  const pages: ExplorerResult[] = [engine.explore(filters, 1)]
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

    // The same quotes, each once, in the engine's own order (tested below).
    const shown = pages.flatMap((page) => page.quotes)
    expect(new Set(shown.map((quote) => quote.id)).size).toBe(shown.length)
    expect(idsInDatasetOrder(dataset, shown)).toEqual(want.results.map((quote) => quote.id))
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
      expect(page.quotes).toEqual(newestQuotes(buildDatasetIndex(generated), PAGE_SIZE))
    },
  )

  it('is the last page when asked for it, with what is left', () => {
    const page = engine.explore(filtersFrom({ q: '' }), pageCount)
    expect(page.page).toBe(pageCount)
    const newest = newestQuotes(buildDatasetIndex(generated), generated.quotes.length)
    expect(page.quotes).toEqual(newest.slice((pageCount - 1) * PAGE_SIZE))
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
    const results = exploreIndex(
      buildDatasetIndex(generated),
      filtersFrom({ ambition: race }),
    ).results
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

describe('the explorer engine’s order', () => {
  const engine = createExplorerEngine(generated)
  const index = buildDatasetIndex(generated)
  const dateOf = (quote: { sourceId: string }) =>
    index.sourceById.get(quote.sourceId)?.published ?? ''
  const every = (filters: ExplorerFilters) => allPages(engine, filters).flatMap((p) => p.quotes)

  it('is newest first without a search, oldest first or by speaker when asked', () => {
    const newest = every(NO_FILTERS).map(dateOf)
    expect(newest).toEqual([...newest].sort().reverse())
    const oldest = every({ ...NO_FILTERS, sort: 'oldest' }).map(dateOf)
    expect(oldest).toEqual([...oldest].sort())
    const collator = new Intl.Collator('en', { sensitivity: 'base' })
    const names = every({ ...NO_FILTERS, sort: 'speaker' }).map(
      (quote) => index.driverById.get(quote.speakerId)?.name ?? '',
    )
    expect(names).toEqual([...names].sort(collator.compare))
  })

  it('says which order it used: best match only while searching', () => {
    expect(engine.explore(NO_FILTERS, 1).sort).toBe('newest')
    expect(engine.explore({ ...NO_FILTERS, sort: 'relevance' }, 1).sort).toBe('newest')
    expect(engine.explore({ ...NO_FILTERS, q: SEARCH_TERMS.rare.term }, 1).sort).toBe('relevance')
    const q = `-${SEARCH_TERMS.rare.term}`
    expect(engine.explore({ ...NO_FILTERS, q }, 1).sort).toBe('newest')
  })

  it('puts a phrase ahead of scattered words, and a name ahead of a passing mention', () => {
    const dataset = shippedCopy()
    const [first, second, third] = dataset.quotes
    if (!first || !second || !third) throw new Error('the shipped dataset has three quotes')
    for (const quote of [first, second, third]) {
      delete quote.translations
      delete quote.context
    }
    first.text = 'Mans, they say, is where le tout Paris goes.'
    second.text = 'Le Mans is the one race.'
    third.text = 'Ask Leclerc about it.'
    const ranked = createExplorerEngine(dataset)
    const ids = (q: string) => ranked.explore({ ...NO_FILTERS, q }, 1).quotes.map((x) => x.id)
    expect(ids('le mans').indexOf(second.id)).toBeLessThan(ids('le mans').indexOf(first.id))
    const leclerc = ids('leclerc')
    const bySpeaker = dataset.quotes.filter((x) => x.speakerId === 'charles-leclerc')
    expect(leclerc.indexOf(third.id)).toBeGreaterThanOrEqual(bySpeaker.length)
  })

  it('puts a quote whose own words match ahead of one only its publisher’s name matches', () => {
    const dataset = shippedCopy()
    const [rainy, published, older] = dataset.quotes
    const source = at(dataset.sources, 0)
    if (!rainy || !published || !older) throw new Error('the shipped dataset has three quotes')
    const gazette = { ...source, id: 'rainford-gazette', publisher: 'Rainford Gazette' }
    // The gazette's quote is the newest: by date alone it would come first.
    dataset.sources.push({ ...gazette, published: '2030-01' })
    published.sourceId = gazette.id
    published.text = 'Nothing about the weather here.'
    rainy.text = 'Rain, they say, makes the race.'
    for (const quote of [rainy, published]) {
      delete quote.translations
      delete quote.context
    }
    const ids = createExplorerEngine(dataset)
      .explore({ ...NO_FILTERS, q: 'rain' }, 1)
      .quotes.map((x) => x.id)
    expect(ids).toEqual([rainy.id, published.id])
  })
})

describe('the explorer engine’s period', () => {
  const engine = createExplorerEngine(generated)
  const index = buildDatasetIndex(generated)
  const years = [...index.counts.byYear.keys()]

  it('keeps the quotes of the years asked for, and counts every year under the other filters', () => {
    expect(years.length).toBeGreaterThan(2)
    const from = years[1] ?? 0
    const to = years.at(-2) ?? 0
    const page = engine.explore({ ...NO_FILTERS, from, to }, 1)
    const inPeriod = generated.quotes.filter((quote) => {
      const year = Number(index.sourceById.get(quote.sourceId)?.published.slice(0, 4))
      return year >= from && year <= to
    })
    expect(page.resultCount).toBe(inPeriod.length)
    // The years' counts ignore the period itself, as a facet's options ignore that facet.
    expect(page.years).toEqual([...index.counts.byYear])
  })
})

describe('the explorer engine’s help with a search', () => {
  const engine = createExplorerEngine(shipped)
  const explore = (q: string) => engine.explore({ ...NO_FILTERS, q }, 1)

  it('suggests the name a mistyped word is closest to, not for what is being typed', () => {
    expect(explore('Leclrec').suggestion).toBe('Leclerc')
    expect(explore('le mans leclrec').suggestion).toBe('le mans Leclerc')
    expect(explore('lecl').suggestion).toBeUndefined()
    expect(explore('qqqqzzzz').suggestion).toBeUndefined()
  })

  it('names the pages of drivers, races and teams the search names, quoted or not', () => {
    expect(explore('giovinazzi').named).toEqual([{ kind: 'driver', id: 'antonio-giovinazzi' }])
    expect(explore('brickyard').named).toEqual([{ kind: 'race', id: 'indy-500' }])
    expect(explore('').named).toEqual([])
  })

  it('counts what the search finds alone and what the filters give alone', () => {
    const page = engine.explore({ ...NO_FILTERS, q: 'brickyard', driver: ['charles-leclerc'] }, 1)
    expect(page.resultCount).toBe(0)
    expect(page.searchAlone).toBe(1)
    expect(page.narrowingAlone).toBe(2)
  })
})
