import { uniqueBy } from '../../lib/unique-by'
import type { Source } from '../../dataset/schema'
import {
  FACETS,
  FACET_VALUES_MAX,
  PAGE_PARAM,
  PAGE_SIZE,
  pageCount,
  parseExplorerParams,
  parsePage,
  type ExplorerFilters,
} from '../../urls/explorer-params'
import { paramsOf } from '../engine/filters-params'
import type { ExploreOptions, ExplorerResult } from '../explorer-result'
import { parseSearch, sortOf } from '../search-query'
import { FEW_RESULTS, suggestSearch } from '../suggestions'
import { answerFromLists, answerFromOneList, answerFromPeriod } from './answers'
import { LIST_KINDS, type IndexContext, type IndexRecords } from './index-format'
import { createIndexReader, facetList, type IndexReader, type LoadIndexFile } from './index-reader'
import { answerFromOneWord } from './one-word'
import { answerFromPair, answerFromUnion } from '../pairs/pair-answers'
import { answerFromFacetAndWord } from '../pairs/word-pairs'
import { answerFromLetter } from '../letters/first-letter'
import { countsById, matrixOfAnswer, yearsOf } from './result-parts'
import { findBySearch } from './search-matches'
import { namedRecords } from './search-words'
import { contextOf, knownIn, periodOf } from './start-file'
import { vocabularyFor } from './vocabulary-files'

/**
 * Lists read whole for a search, at most, in entries per quote of the dataset (and at least the
 * minimum): past that the whole dataset costs less.
 */
const SEARCH_BUDGET = 2
const SEARCH_BUDGET_MIN = 20_000
/** Pages named by a search, at most (explorer-engine.ts). */
const NAMED_MAX = 5

export type ShardedEngine = {
  /** One page of results, read from the index; undefined for a view it cannot answer. */
  explore(
    filters: ExplorerFilters,
    page: number,
    options?: ExploreOptions,
  ): Promise<ExplorerResult | undefined>
  /** Every result of a view, in its order, for a download; undefined where explore() would be. */
  results(filters: ExplorerFilters): Promise<ViewResults | undefined>
  /** Fetches the start-up file now, for a reader about to filter; never rejects. */
  warm(): void
}

/** A view's results: its filters as read, every result's ordinal in order, and the index's context. */
export type ViewResults = { filters: ExplorerFilters; ordinals: number[]; start: IndexContext }

/** The explorer over the build's index (docs/explorer-index.md), fetching only what a view needs. */
export function createShardedEngine(load: LoadIndexFile, records: IndexRecords): ShardedEngine {
  const reader = createIndexReader(load)
  return {
    warm() {
      reader.start().catch(() => {})
    },
    async results(asked) {
      prefetchHeads(reader, records, asked)
      const start = contextOf(await reader.start(), records)
      const counted = await countView(reader, start, asked)
      if (!counted) return undefined
      return { filters: counted.filters, ordinals: await counted.answer.allOrdinals(), start }
    },
    async explore(asked, requestedPage, options) {
      prefetchHeads(reader, records, asked)
      const start = contextOf(await reader.start(), records)
      const counted = await countView(reader, start, asked)
      if (!counted) return undefined
      const { filters, query, sort, answer } = counted
      const { resultCount } = answer
      const suggestion = await suggestionFor(reader, start, counted)
      if (suggestion === null) return undefined
      const page = parsePage(
        new URLSearchParams({ [PAGE_PARAM]: String(requestedPage) }),
        resultCount,
      )
      const first = (page - 1) * PAGE_SIZE
      const shown = await reader.records(
        await answer.pageOrdinals(first, PAGE_SIZE),
        start.sizes.block,
      )
      const quotes = shown.map((r) => r.quote)
      const sources = uniqueBy(
        shown.flatMap((r): Source[] => (r.source ? [r.source] : [])),
        (source) => source.id,
      )
      const matrixRows = options?.matrixRows ?? 0
      return {
        filters,
        quotes,
        sources,
        resultCount,
        page,
        pageCount: pageCount(resultCount),
        first,
        counts: countsById(start, answer.counts),
        totals: answer.totals,
        years: yearsOf(start, answer.years),
        sort,
        terms: query.include.map((term) => [...term]),
        searchAlone: answer.searchAlone ?? start.quotes,
        ...(resultCount === 0 && { narrowingAlone: answer.narrowingAlone ?? 0 }),
        named: namedRecords(start, query, NAMED_MAX),
        ...(suggestion !== undefined && { suggestion }),
        ...(matrixRows > 0 && { matrix: await matrixOfAnswer(start, answer, matrixRows) }),
      }
    },
  }
}

/**
 * The heads of the chosen values' lists, asked for with the start-up file rather than after it:
 * their addresses need only the page's records, and a cold view saves a round trip.
 */
function prefetchHeads(reader: IndexReader, records: IndexRecords, asked: ExplorerFilters) {
  const ids = { driver: records.drivers, team: records.teams, ambition: records.races }
  for (const facet of FACETS) {
    for (const id of asked[facet].slice(0, FACET_VALUES_MAX)) {
      const index = ids[facet].findIndex(([known]) => known === id)
      if (index !== -1) reader.head(facetList(LIST_KINDS[facet], index)).catch(() => {})
    }
  }
}

type Counted = NonNullable<Awaited<ReturnType<typeof countView>>>

/** The view's filters read as a URL is, and its counts: undefined if the index cannot answer. */
async function countView(reader: IndexReader, start: IndexContext, asked: ExplorerFilters) {
  const filters = parseExplorerParams(paramsOf(asked), knownIn(start))
  const query = parseSearch(filters.q)
  const sort = sortOf(filters.sort, query)
  const period = periodOf(start, filters.from, filters.to)
  const chosen = FACETS.filter((facet) => filters[facet].length > 0)
  const view = { reader, start, filters, period, chosen }
  if (filters.q.trim() !== '') {
    // Nothing but exclusions, or nothing to look for: rare enough for the whole dataset.
    if (query.include.length === 0) return undefined
    const oneWord =
      sort === 'relevance' || sort === 'newest'
        ? ((await answerFromOneWord(view, query)) ?? (await answerFromLetter(view, query, sort)))
        : undefined
    if (oneWord) return { filters, query, sort, answer: oneWord }
    const withWord = await answerFromFacetAndWord(view, query, sort)
    if (withWord) return { filters, query, sort, answer: withWord }
    const budget = Math.max(SEARCH_BUDGET_MIN, SEARCH_BUDGET * start.quotes)
    const found = await findBySearch(reader, start, query, budget)
    if (!found) return undefined
    return { filters, query, sort, answer: await answerFromLists(view, sort, found) }
  }
  if (chosen.length === 0 && sort !== 'newest') return undefined
  const single =
    chosen.length === 1 && sort === 'newest' ? await answerFromOneList(view) : undefined
  const paired = single ?? (await answerFromPair(view, sort)) ?? (await answerFromUnion(view, sort))
  const answer =
    paired ?? (chosen.length > 0 ? await answerFromLists(view, sort) : await answerFromPeriod(view))
  return { filters, query, sort, answer }
}

/**
 * "Did you mean" (engine/search-suggestion.ts), from the vocabulary of the search's letters: a
 * search like it that finds more. Null when the index cannot tell how many that search finds.
 */
async function suggestionFor(
  reader: IndexReader,
  start: IndexContext,
  { filters, query, answer }: Counted,
): Promise<string | undefined | null> {
  if (filters.q.trim() === '' || answer.resultCount > FEW_RESULTS) return undefined
  const vocabulary = await vocabularyFor(reader, query.include.flat())
  const q = suggestSearch(vocabulary, query, answer.resultCount)
  if (q === undefined) return undefined
  const other = await countView(reader, start, { ...filters, q })
  if (!other) return null
  return other.answer.resultCount > answer.resultCount ? q : undefined
}
