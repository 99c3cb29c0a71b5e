import { buildDatasetIndex, type DatasetIndex } from '../../model/dataset-index'
import type { Dataset, Quote, Source } from '../../dataset/schema'
import { uniqueBy } from '../../lib/unique-by'
import {
  knownIds,
  PAGE_PARAM,
  PAGE_SIZE,
  pageCount,
  parsePage,
  type ExplorerFilters,
} from '../../urls/explorer-params'
import { quotesAt } from '../explore'
import type { ExploreOptions, ExplorerResult } from '../explorer-result'
import type { ExportFormat } from '../export-quotes'
import { buildSearchIndex, recordsNamed } from '../search-index'
import { downloadFile, type DownloadFile } from './download'
import { createOrdering } from './ordering'
import { createResultsMatrix } from './results-matrix'
import { createSuggester } from './search-suggestion'
import { createTallies } from './tallies'

/** Pages named by a search, at most: a shortcut, not a second list of results. */
const NAMED_MAX = 5

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
  const tallyOf = createTallies(search, knownIds(index))
  const orderOf = createOrdering(search)
  const suggestionFor = createSuggester(search)
  const matrixOf = createResultsMatrix(index)

  return {
    explore(asked, requestedPage, options) {
      const tallied = tallyOf(asked)
      const { filters, tally } = tallied
      const matrixRows = options?.matrixRows ?? 0
      const resultCount = tally.matched.length
      const { positions, sort } = orderOf(tallied)
      const page = parsePage(
        new URLSearchParams({ [PAGE_PARAM]: String(requestedPage) }),
        resultCount,
      )
      const first = (page - 1) * PAGE_SIZE
      const quotes = quotesAt(index, positions.slice(first, first + PAGE_SIZE))
      const suggestion = suggestionFor(tallied)
      return {
        filters: { ...filters },
        quotes,
        sources: citedSources(index, quotes),
        resultCount,
        page,
        pageCount: pageCount(resultCount),
        first,
        counts: {
          driver: Array.from(tally.counts.driver),
          team: Array.from(tally.counts.team),
          ambition: Array.from(tally.counts.ambition),
        },
        totals: { ...tally.totals },
        years: Array.from(tally.years).sort(([a], [b]) => a - b),
        sort,
        terms: tally.query.include.map((term) => [...term]),
        named: recordsNamed(search, tally.query, NAMED_MAX),
        searchAlone: tally.searchAlone,
        ...(tally.narrowingAlone !== undefined && { narrowingAlone: tally.narrowingAlone }),
        ...(suggestion !== undefined && { suggestion }),
        ...(matrixRows > 0 && { matrix: matrixOf(tallied, matrixRows) }),
      }
    },
    download(asked, format, base, viewUrl) {
      const tallied = tallyOf(asked)
      // Every result, in the order the pages show them.
      const quotes = quotesAt(index, orderOf(tallied).positions)
      return downloadFile(index, tallied.filters, quotes, format, base, viewUrl)
    },
  }
}

function citedSources(index: DatasetIndex, quotes: readonly Quote[]): Source[] {
  const sources = quotes.flatMap((quote) => index.sourceById.get(quote.sourceId) ?? [])
  return uniqueBy(sources, (source) => source.id)
}
