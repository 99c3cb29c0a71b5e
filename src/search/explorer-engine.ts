import { buildDatasetIndex, type DatasetIndex } from '../model/dataset-index'
import { explore, type Tally } from './explore'
import type { ExploreOptions, ExplorerResult } from './explorer-result'
import { buildOrders, ordered, sortOf } from './result-order'
import { buildSearchIndex, compileSearch, recordsNamed } from './search-index'
import { buildVocabulary, suggestSearch, type Vocabulary } from './suggestions'
import { needleOf, parseSearch, type SearchQuery } from './search-query'
import {
  exportFilename,
  exportRowsOf,
  filtersJsonOf,
  quotesCsv,
  quotesJson,
  type ExportFormat,
} from './export-quotes'
import type { Dataset, Quote, Source } from '../dataset/schema'
import {
  FACETS,
  filtersKey,
  hasActiveFilters,
  knownIds,
  PAGE_PARAM,
  PAGE_SIZE,
  pageCount,
  parseExplorerParams,
  parsePage,
  type ExplorerFilters,
  type Sort,
} from '../urls/explorer-params'
import { uniqueBy } from '../lib/unique-by'
import { matrixOf as rankMatrix, wishesOf } from '../model/matrix'

/** Pages named by a search, at most: a shortcut, not a second list of results. */
const NAMED_MAX = 5

/** A file of every result of some filters, made where the results are: plain, for postMessage. */
export type DownloadFile = { text: string; count: number; filename: string }

export type ExplorerEngine = {
  explore(filters: ExplorerFilters, page: number, options?: ExploreOptions): ExplorerResult
  /**
   * Every result of the filters, in the results' order, as a CSV or JSON file; `base` is the
   * site's absolute address (for permalinks), `viewUrl` the explorer's address of this view.
   */
  download(
    filters: ExplorerFilters,
    format: ExportFormat,
    base: string,
    viewUrl: string,
  ): DownloadFile
}

/**
 * The explorer over the whole dataset, for a worker (or the main thread without one): indexes it
 * once, and filters again only when the filters change, not when the page does.
 */
export function createExplorerEngine(dataset: Dataset): ExplorerEngine {
  const index = buildDatasetIndex(dataset)
  const search = buildSearchIndex(index)
  const known = knownIds(index)
  const orders = buildOrders(index.entries, (id) => index.driverById.get(id)?.name ?? '')
  let vocabulary: Vocabulary | undefined
  let last: { key: string; filters: ExplorerFilters; exploration: Tally } | undefined
  let lastOrder: { key: string; positions: readonly number[] } | undefined
  let lastSearch: { q: string; query: SearchQuery; searched: readonly number[] } | undefined
  let lastWishes: { key: string; wishes: ReturnType<typeof wishesOf> } | undefined
  const nameOf = (id: string) => index.driverById.get(id)?.name

  const resultsOf = (exploration: Tally) =>
    exploration.matched.flatMap((i) => index.entries[i]?.quote ?? [])

  function matrixOf(key: string, results: () => readonly Quote[], rows: number) {
    if (lastWishes?.key !== key) lastWishes = { key, wishes: wishesOf(results()) }
    return rankMatrix(lastWishes.wishes, nameOf, rows)
  }

  function explorationOf(asked: ExplorerFilters) {
    // Read as the URL is read, so a page and the engine agree on what a filter means.
    const filters = parseExplorerParams(toParams(asked), known)
    // The order is not a filter: another sort reorders the same results.
    const key = filtersKey({ ...filters, sort: null })
    if (last?.key !== key) {
      const exploration = explore(search, filters, amongFor(filters.q))
      const { query, searched } = exploration
      if (searched) lastSearch = { q: filters.q, query, searched }
      last = { key, filters, exploration }
    }
    return { ...last, filters }
  }

  /**
   * Where a search must look: among what the last search found when this one only narrows it
   * (words typed on, words or exclusions added), so each keystroke scans fewer quotes.
   */
  function amongFor(q: string) {
    if (!lastSearch || lastSearch.q === q) return lastSearch?.searched
    return narrows(parseSearch(q), lastSearch.query) ? lastSearch.searched : undefined
  }

  function orderOf(key: string, exploration: Tally, sort: Sort) {
    const orderKey = `${key} ${sort}`
    if (lastOrder?.key !== orderKey) {
      const compiled = compileSearch(search, exploration.query)
      const positions = ordered(index.entries, exploration.matched, sort, orders, compiled)
      lastOrder = { key: orderKey, positions }
    }
    return lastOrder.positions
  }

  /** A search that finds more than this one, if a word of it looks mistyped. */
  function suggestionFor(filters: ExplorerFilters, exploration: Tally) {
    const resultCount = exploration.matched.length
    vocabulary ??= buildVocabulary(search)
    const q = suggestSearch(vocabulary, exploration.query, resultCount)
    if (q === undefined) return undefined
    const found = explore(search, { ...filters, q }).matched.length
    return found > resultCount ? q : undefined
  }

  return {
    explore(asked, requestedPage, options) {
      const { key, filters, exploration } = explorationOf(asked)
      const matrixRows = options?.matrixRows ?? 0
      const resultCount = exploration.matched.length
      const sort = sortOf(filters.sort, exploration.query)
      const page = parsePage(
        new URLSearchParams({ [PAGE_PARAM]: String(requestedPage) }),
        resultCount,
      )
      const first = (page - 1) * PAGE_SIZE
      const positions = orderOf(key, exploration, sort).slice(first, first + PAGE_SIZE)
      const quotes = positions.flatMap((i) => index.entries[i]?.quote ?? [])
      const suggestion = suggestionFor(filters, exploration)
      return {
        filters: { ...filters },
        quotes,
        sources: citedSources(index, quotes),
        resultCount,
        page,
        pageCount: pageCount(resultCount),
        first,
        counts: {
          driver: Array.from(exploration.counts.driver),
          team: Array.from(exploration.counts.team),
          ambition: Array.from(exploration.counts.ambition),
        },
        totals: { ...exploration.totals },
        years: Array.from(exploration.years).sort(([a], [b]) => a - b),
        sort,
        terms: exploration.query.include.map((term) => [...term]),
        named: recordsNamed(search, exploration.query, NAMED_MAX),
        searchAlone: exploration.searchAlone,
        ...(exploration.narrowingAlone !== undefined && {
          narrowingAlone: exploration.narrowingAlone,
        }),
        ...(suggestion !== undefined && { suggestion }),
        ...(matrixRows > 0 && { matrix: matrixOf(key, () => resultsOf(exploration), matrixRows) }),
      }
    },
    download(asked, format, base, viewUrl) {
      const { key, filters, exploration } = explorationOf(asked)
      // Every result, in the order the pages show them.
      const positions = orderOf(key, exploration, sortOf(filters.sort, exploration.query))
      const quotes = positions.flatMap((i) => index.entries[i]?.quote ?? [])
      const rows = exportRowsOf(index, quotes, base)
      // The filters applied, as the URL has them: unknown ids dropped.
      const params = toParams(filters)
      const text =
        format === 'csv'
          ? quotesCsv(rows)
          : quotesJson(rows, {
              url: viewUrl,
              exported: new Date().toISOString(),
              filters: filtersJsonOf(params),
            })
      const words = hasActiveFilters(filters) ? [...params.values()] : []
      return { text, count: rows.length, filename: exportFilename(words, rows.length, format) }
    },
  }
}

/**
 * Whether every quote `now` finds, `before` found too: each earlier term is the start of a term
 * now (" exa" of " example", " cote" of the phrase " cote rouge"), and every exclusion is still there.
 */
export function narrows(now: SearchQuery, before: SearchQuery): boolean {
  if (before.include.length + before.exclude.length === 0) return false
  const nowIn = now.include.map(needleOf)
  const nowOut = new Set(now.exclude.map(needleOf))
  return (
    before.include.every((term) => nowIn.some((needle) => needle.startsWith(needleOf(term)))) &&
    before.exclude.every((term) => nowOut.has(needleOf(term)))
  )
}

function toParams(filters: ExplorerFilters): URLSearchParams {
  const params = new URLSearchParams({ q: filters.q })
  for (const facet of FACETS) {
    for (const id of filters[facet]) params.append(facet, id)
  }
  if (filters.from !== null) params.set('from', String(filters.from))
  if (filters.to !== null) params.set('to', String(filters.to))
  if (filters.sort !== null) params.set('sort', filters.sort)
  return params
}

function citedSources(index: DatasetIndex, quotes: readonly Quote[]): Source[] {
  const sources = quotes.flatMap((quote) => index.sourceById.get(quote.sourceId) ?? [])
  return uniqueBy(sources, (source) => source.id)
}
