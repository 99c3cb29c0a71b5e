import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import {
  FACETS,
  QUERY_MAX,
  SORTS,
  parseExplorerParams,
  FACET_VALUES_MAX,
  filtersFrom,
  withFilters,
  type ExplorerFilters,
  type Facet,
  knownIds,
} from '../../src/urls/explorer-params'
import type { Dataset, Driver, Quote } from '../../src/dataset/schema'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { highlightSegments } from '../../src/search/highlight'
import {
  TRICKY_WORDS,
  codePointArbitrary,
  datasetArbitrary,
  slugArbitrary,
} from '../support/arbitrary-dataset'
import { quoteMatches, searchedFields, wordsOf } from '../support/search-reference'

const RUNS = { numRuns: 200 }

const FACET_IDS: Record<Facet, (dataset: Dataset) => string[]> = {
  driver: (dataset) => dataset.drivers.map((driver) => driver.id),
  team: (dataset) => dataset.teams.map((team) => team.id),
  ambition: (dataset) => dataset.races.map((race) => race.id),
}

function everyId(dataset: Dataset): string[] {
  const { sources, teams, races, drivers, quotes } = dataset
  return [...sources, ...teams, ...races, ...drivers, ...quotes].map((record) => record.id)
}

/** Part of a word, maybe upper-cased: its start, or the whole of it. */
function pieceOf(words: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(words, fc.nat(3), fc.boolean()).map(([word, cut, upper]) => {
    // Cut by code point: a typed query never holds half an emoji.
    const codePoints = [...word]
    const start = codePoints.slice(0, Math.max(1, codePoints.length - cut)).join('')
    return upper ? start.toUpperCase() : start
  })
}

function queryArbitrary(dataset: Dataset): fc.Arbitrary<string> {
  // Words from one quote's fields, so a multi-word query can still find it.
  const fromOneQuote =
    dataset.quotes.length === 0
      ? fc.constant('')
      : fc.constantFrom(...dataset.quotes).chain((quote) => {
          const words = searchedFields(dataset, quote).flatMap((f) => f.text.split(/\s+/u))
          const piece = pieceOf(fc.constantFrom(...words.filter(Boolean)))
          return fc.array(piece, { minLength: 1, maxLength: 3 }).map((list) => list.join(' '))
        })
  const tricky = fc.array(pieceOf(fc.constantFrom(...TRICKY_WORDS)), { maxLength: 3 })
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: fromOneQuote, weight: 4 },
    { arbitrary: tricky.map((list) => list.join(' ')), weight: 1 },
    { arbitrary: fc.string({ unit: codePointArbitrary, maxLength: 20 }), weight: 1 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  )
}

const unknownId = fc.oneof(
  slugArbitrary,
  fc.constantFrom('__proto__', 'constructor', 'toString', 'ghost'),
  fc.string({ minLength: 1, maxLength: 10 }),
)

/** Ids some quote is tagged with, per facet: filtering on them finds something. */
function taggedIds(dataset: Dataset): Record<Facet, string[]> {
  const drivers = new Set(dataset.quotes.flatMap((q) => [q.speakerId, ...q.aboutDriverIds]))
  const teams = dataset.drivers
    .filter((driver) => drivers.has(driver.id))
    .flatMap((driver) => driver.affiliations.map((a) => a.teamId))
  const races = dataset.quotes.flatMap((q) => q.ambitions.map((a) => a.raceId))
  return { driver: [...drivers], team: teams, ambition: races }
}

/**
 * Each facet: none, or a few ids, each of that facet, of another collection, or no id at all,
 * maybe repeated.
 */
function filtersArbitrary(dataset: Dataset): fc.Arbitrary<ExplorerFilters> {
  const tagged = taggedIds(dataset)
  const option = (facet: Facet) => {
    const ids = FACET_IDS[facet](dataset)
    const one = fc.oneof(
      {
        arbitrary: tagged[facet].length > 0 ? fc.constantFrom(...tagged[facet]) : unknownId,
        weight: 3,
      },
      { arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : unknownId, weight: 1 },
      { arbitrary: fc.constantFrom(...everyId(dataset)), weight: 1 },
      { arbitrary: unknownId, weight: 1 },
    )
    return fc.oneof(fc.constant([]), fc.array(one, { minLength: 1, maxLength: 3 }))
  }
  return fc.record({
    driver: option('driver'),
    team: option('team'),
    ambition: option('ambition'),
    q: queryArbitrary(dataset),
    from: fc.option(yearArbitrary(dataset)),
    to: fc.option(yearArbitrary(dataset)),
    sort: fc.constant(null),
  })
}

/** A year of one of the dataset's sources, or one near them. */
function yearArbitrary(dataset: Dataset): fc.Arbitrary<number> {
  const years = dataset.sources.map((source) => Number(source.published.slice(0, 4)))
  const near = fc.integer({ min: 1990, max: 2030 })
  return years.length > 0 ? fc.oneof(fc.constantFrom(...years), near) : near
}

const datasetAndFilters = datasetArbitrary.chain((dataset) =>
  fc.tuple(fc.constant(dataset), filtersArbitrary(dataset)),
)

/** The contract's filter meaning, written without the index; search as tests/support reads it. */
function reference(dataset: Dataset, filters: ExplorerFilters): string[] {
  const involves = (quote: Quote, driverId: string) =>
    quote.speakerId === driverId || quote.aboutDriverIds.includes(driverId)
  return dataset.quotes
    .filter((quote) => {
      // Any chosen id of a facet will do; every facet with a choice must match.
      const byDriver = (id: string) => involves(quote, id)
      const byTeam = (id: string) =>
        dataset.drivers.some(
          (d: Driver) => involves(quote, d.id) && d.affiliations.some((a) => a.teamId === id),
        )
      const byRace = (id: string) => quote.ambitions.some((a) => a.raceId === id)
      const facet = (ids: readonly string[], matches: (id: string) => boolean) =>
        ids.length === 0 || ids.some(matches)
      if (!facet(filters.driver, byDriver)) return false
      if (!facet(filters.team, byTeam) || !facet(filters.ambition, byRace)) return false
      const published = dataset.sources.find((source) => source.id === quote.sourceId)?.published
      const year = Number(published?.slice(0, 4))
      if (filters.from !== null && year < filters.from) return false
      if (filters.to !== null && year > filters.to) return false
      return quoteMatches(dataset, quote, filters.q)
    })
    .map((quote) => quote.id)
}

const ids = (quotes: readonly Quote[]) => quotes.map((quote) => quote.id)

describe('datasetArbitrary', () => {
  it('generates datasets that pass validation unchanged', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        expect(validateDataset(dataset)).toEqual({ ok: true, dataset })
      }),
      RUNS,
    )
  })

  it('generates the cases the properties are about, not just empty datasets', () => {
    const samples = fc.sample(datasetAndFilters, { numRuns: 300, seed: 7 })
    const share = (test: (dataset: Dataset, filters: ExplorerFilters) => boolean) =>
      samples.filter(([dataset, filters]) => test(dataset, filters)).length / samples.length
    const quotes = (dataset: Dataset) => dataset.quotes

    expect(share((d) => quotes(d).some((q) => q.ambitions.length > 0))).toBeGreaterThan(0.3)
    expect(share((d) => quotes(d).some((q) => q.aboutDriverIds.length > 0))).toBeGreaterThan(0.3)
    expect(share((d) => d.drivers.some((r) => r.affiliations.length > 1))).toBeGreaterThan(0.3)
    expect(share((d) => quotes(d).some((q) => q.translations !== undefined))).toBeGreaterThan(0.3)
    // Filtered results that are neither everything nor nothing.
    expect(
      share((d, f) => {
        const found = exploreIndex(buildDatasetIndex(d), f).results.length
        return found > 0 && found < d.quotes.length
      }),
    ).toBeGreaterThan(0.1)
    expect(share((d, f) => f.q.trim() !== '' && reference(d, f).length > 0)).toBeGreaterThan(0.1)
    // Several ids in one facet, where OR matters.
    expect(share((_, f) => FACETS.some((facet) => f[facet].length > 1))).toBeGreaterThan(0.2)
  })
})

describe('explore, on arbitrary valid datasets', () => {
  it('gives exactly the quotes the contract’s filter definitions select, in dataset order', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const { results } = exploreIndex(buildDatasetIndex(dataset), filters)
        expect(ids(results)).toEqual(reference(dataset, filters))
      }),
      RUNS,
    )
  })

  it('combines filters with AND: all filters give the intersection of each alone', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const { driver, team, ambition, q, from, to } = filters
        const index = buildDatasetIndex(dataset)
        const alone = [{ q }, { driver }, { team }, { ambition }, { from, to }].map(
          (one) => new Set(ids(exploreIndex(index, filtersFrom(one)).results)),
        )
        const intersection = dataset.quotes
          .map((quote) => quote.id)
          .filter((id) => alone.every((set) => set.has(id)))
        expect(ids(exploreIndex(index, filters).results)).toEqual(intersection)
      }),
      RUNS,
    )
  })

  it('combines the ids of one facet with OR: the union of each id alone', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const index = buildDatasetIndex(dataset)
        for (const facet of FACETS) {
          if (filters[facet].length === 0) continue
          const each = filters[facet].map(
            (id) => new Set(ids(exploreIndex(index, { ...filters, [facet]: [id] }).results)),
          )
          const union = dataset.quotes
            .map((quote) => quote.id)
            .filter((id) => each.some((set) => set.has(id)))
          expect(ids(exploreIndex(index, filters).results)).toEqual(union)
        }
      }),
      RUNS,
    )
  })

  it('counts for each option the quotes it alone would show in its facet', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const index = buildDatasetIndex(dataset)
        const { counts } = exploreIndex(index, filters)
        for (const facet of FACETS) {
          const options = FACET_IDS[facet](dataset)
          // Only options of that facet are counted, and never as zero.
          for (const [option, count] of counts[facet]) {
            expect(options).toContain(option)
            expect(count).toBeGreaterThan(0)
          }
          for (const option of options) {
            const picked = exploreIndex(index, { ...filters, [facet]: [option] }).results
            expect(counts[facet].get(option) ?? 0).toBe(picked.length)
          }
        }
      }),
      RUNS,
    )
  })

  it('totals each facet as the quotes shown with that facet cleared', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const index = buildDatasetIndex(dataset)
        const { totals } = exploreIndex(index, filters)
        for (const facet of FACETS) {
          const cleared = exploreIndex(index, { ...filters, [facet]: [] }).results
          expect(totals[facet]).toBe(cleared.length)
        }
      }),
      RUNS,
    )
  })
})

describe('explorer URL params, on arbitrary valid datasets', () => {
  /** What the browser does with a link: write the params out as text and read them back. */
  const throughUrl = (params: URLSearchParams) => new URLSearchParams(params.toString())

  const validFilters = datasetArbitrary.chain((dataset) => {
    // Known ids, each once, in any order: what parsing keeps of a URL.
    const option = (ids: string[]) =>
      fc.shuffledSubarray(ids, { maxLength: Math.min(ids.length, FACET_VALUES_MAX) })
    const q = fc
      .oneof(queryArbitrary(dataset), fc.string({ unit: 'grapheme', maxLength: 40 }))
      .map((text) => text.trim())
      .filter((text) => text.length <= QUERY_MAX)
    return fc.tuple(
      fc.constant(dataset),
      fc.record({
        driver: option(FACET_IDS.driver(dataset)),
        team: option(FACET_IDS.team(dataset)),
        ambition: option(FACET_IDS.ambition(dataset)),
        q,
        // A period the right way round: the wrong way round is read the right way.
        from: fc.option(fc.integer({ min: 1000, max: 2000 })),
        to: fc.option(fc.integer({ min: 2000, max: 9999 })),
        sort: fc.option(fc.constantFrom(...SORTS)),
      }),
    )
  })

  it('reads back exactly the filters it wrote, through the link text', () => {
    fc.assert(
      fc.property(validFilters, ([dataset, filters]) => {
        const params = throughUrl(withFilters(new URLSearchParams(), filters))
        expect(parseExplorerParams(params, knownIds(buildDatasetIndex(dataset)))).toEqual(filters)
      }),
      RUNS,
    )
  })

  const keyArbitrary = fc.oneof(
    { arbitrary: fc.constantFrom('driver', 'team', 'ambition', 'q', 'page'), weight: 4 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  )

  const arbitraryParams = datasetArbitrary.chain((dataset) => {
    const value = fc.oneof(
      fc.constantFrom(...everyId(dataset)),
      queryArbitrary(dataset),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: codePointArbitrary, maxLength: 30 }),
      // Long enough to be capped, with astral characters that the cap must not cut in half.
      fc.string({ unit: codePointArbitrary, minLength: 100, maxLength: 220 }),
      fc.constantFrom(' ', '  x ', '\t'),
    )
    return fc.tuple(fc.constant(dataset), fc.array(fc.tuple(keyArbitrary, value), { maxLength: 8 }))
  })

  it('settles after one round trip from arbitrary params, keeping unrelated params', () => {
    fc.assert(
      fc.property(arbitraryParams, ([dataset, pairs]) => {
        const index = buildDatasetIndex(dataset)
        const original = new URLSearchParams(pairs)
        const first = parseExplorerParams(original, knownIds(index))
        const written = throughUrl(withFilters(original, first))
        const second = parseExplorerParams(written, knownIds(index))

        // A blank query is dropped from the link; everything else survives unchanged.
        expect(second).toEqual({ ...first, q: first.q.trim() === '' ? '' : first.q })
        expect(
          parseExplorerParams(throughUrl(withFilters(written, second)), knownIds(index)),
        ).toEqual(second)
        for (const key of new Set(original.keys())) {
          // A change of filters starts again on page 1.
          if (key === 'q' || key === 'page' || FACETS.some((facet) => facet === key)) continue
          expect(written.getAll(key)).toEqual(original.getAll(key))
        }
      }),
      RUNS,
    )
  })

  it('never throws on arbitrary params, and everything found can be highlighted', () => {
    fc.assert(
      fc.property(arbitraryParams, ([dataset, pairs]) => {
        const index = buildDatasetIndex(dataset)
        const filters = parseExplorerParams(new URLSearchParams(pairs), knownIds(index))
        expect(filters.q.length).toBeLessThanOrEqual(QUERY_MAX)
        const { results, query } = exploreIndex(index, filters)
        for (const quote of results) {
          const segments = highlightSegments(quote.text, query.include)
          expect(segments.map((segment) => segment.text).join('')).toBe(quote.text)
        }
      }),
      RUNS,
    )
  })
})

describe('search, on arbitrary valid datasets', () => {
  /** A dataset, one of its quotes, one of that quote's searched fields and one word of it. */
  const quoteFieldWord = datasetArbitrary
    .filter((dataset) => dataset.quotes.length > 0)
    .chain((dataset) =>
      fc.constantFrom(...dataset.quotes).chain((quote) => {
        const words = searchedFields(dataset, quote).flatMap((field) => wordsOf(field.text))
        return fc.tuple(
          fc.constant(dataset),
          fc.constant(quote),
          words.length > 0 ? fc.constantFrom(...words) : fc.constant(''),
          fc.nat(),
        )
      }),
    )

  it('finds a quote by any whole word of any field it searches, and by any start of it', () => {
    fc.assert(
      fc.property(quoteFieldWord, ([dataset, quote, word, cut]) => {
        if (word === '') return
        const index = buildDatasetIndex(dataset)
        const codePoints = [...word]
        const start = codePoints.slice(0, 1 + (cut % codePoints.length)).join('')
        // Upper case too, where that is the same word folded ("ß" upper-cases to "SS").
        const upper = word.toUpperCase()
        const cased = wordsOf(upper).join(' ') === word ? [upper] : []
        for (const q of [word, start, ...cased]) {
          expect(ids(exploreIndex(index, filtersFrom({ q })).results)).toContain(quote.id)
        }
      }),
      RUNS,
    )
  })

  it('shows every result with a mark for every term: no result lacks a match', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([dataset, filters]) => {
        const { results, query } = exploreIndex(buildDatasetIndex(dataset), filters)
        for (const quote of results) {
          const fields = searchedFields(dataset, quote)
          for (const term of query.include) {
            const marked = fields.some((field) =>
              highlightSegments(field.text, [term], { joined: field.name }).some((s) => s.match),
            )
            expect(marked).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })
})

describe('the engine, searching as someone types', () => {
  const typing = datasetArbitrary.chain((dataset) =>
    fc.tuple(
      fc.constant(dataset),
      filtersArbitrary(dataset),
      fc.array(queryArbitrary(dataset), { minLength: 1, maxLength: 3 }),
    ),
  )

  it('finds for each keystroke what a fresh search finds, though it looks among the last', () => {
    fc.assert(
      fc.property(typing, ([dataset, filters, words]) => {
        const engine = createExplorerEngine(dataset)
        const index = buildDatasetIndex(dataset)
        // Letter by letter, then a word taken back: narrowing, and then not.
        const typed = words.join(' ')
        const steps = [...[...typed].map((_, i) => typed.slice(0, i + 1)), words[0] ?? '']
        for (const q of steps) {
          const page = engine.explore({ ...filters, q }, 1)
          // Against the filters as the engine read them (a period given backwards turned round).
          expect(page.resultCount).toBe(exploreIndex(index, page.filters).results.length)
        }
      }),
      { numRuns: 60 },
    )
  })
})
