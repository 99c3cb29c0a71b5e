import { buildDatasetIndex, knownIds, type DatasetIndex } from './dataset-index'
import { explore, type Exploration } from './explore'
import {
  exportFilename,
  exportRowsOf,
  filtersJsonOf,
  quotesCsv,
  quotesJson,
  type ExportFormat,
} from './export-quotes'
import type { Dataset, Quote, Source } from './schema'
import {
  FACETS,
  filtersKey,
  hasActiveFilters,
  PAGE_PARAM,
  PAGE_SIZE,
  pageCount,
  parseExplorerParams,
  parsePage,
  type ExplorerFilters,
  type Facet,
} from '../lib/explorer-params'
import { uniqueBy } from '../lib/unique-by'
import { matrixOf as rankMatrix, wishesOf, type MatrixJson } from './matrix'

/** One page of the explorer's results: plain arrays and objects, so it crosses postMessage. */
export type ExplorePage = {
  /** The filters applied: as asked, less any id the dataset does not know (as in a URL). */
  filters: ExplorerFilters
  /** The quotes on the page, in dataset order, and the sources they cite. */
  quotes: Quote[]
  sources: Source[]
  resultCount: number
  /** The page shown: the one asked for if it is within the results, else page 1 (parsePage). */
  page: number
  pageCount: number
  /** Index in the results of the page's first quote. */
  first: number
  /** As Exploration.counts, as [id, count] pairs in the order explore() counted them. */
  counts: Record<Facet, [string, number][]>
  totals: Record<Facet, number>
  terms: string[]
  /** The ambition matrix of all the results (not only this page), when asked for. */
  matrix?: MatrixJson
}

/** `matrixRows`: how many rows of the results' ambition matrix to send; 0 for none. */
export type ExploreOptions = { matrixRows: number }

/** A file of every result of some filters, made where the results are: plain, for postMessage. */
export type DownloadFile = { text: string; count: number; filename: string }

export type ExplorerEngine = {
  explore(filters: ExplorerFilters, page: number, options?: ExploreOptions): ExplorePage
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
  const known = knownIds(index)
  let last: { key: string; filters: ExplorerFilters; exploration: Exploration } | undefined
  let lastWishes: { key: string; wishes: ReturnType<typeof wishesOf> } | undefined
  const nameOf = (id: string) => index.driverById.get(id)?.name

  function matrixOf(key: string, results: readonly Quote[], rows: number) {
    if (lastWishes?.key !== key) lastWishes = { key, wishes: wishesOf(results) }
    return rankMatrix(lastWishes.wishes, nameOf, rows)
  }

  function explorationOf(asked: ExplorerFilters) {
    // Read as the URL is read, so a page and the engine agree on what a filter means.
    const filters = parseExplorerParams(toParams(asked), known)
    const key = filtersKey(filters)
    if (last?.key !== key) last = { key, filters, exploration: explore(index, filters) }
    return last
  }

  return {
    explore(asked, requestedPage, options) {
      const { key, filters, exploration } = explorationOf(asked)
      const matrixRows = options?.matrixRows ?? 0
      const resultCount = exploration.results.length
      const page = parsePage(
        new URLSearchParams({ [PAGE_PARAM]: String(requestedPage) }),
        resultCount,
      )
      const first = (page - 1) * PAGE_SIZE
      const quotes = exploration.results.slice(first, first + PAGE_SIZE)
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
        terms: [...exploration.terms],
        ...(matrixRows > 0 && { matrix: matrixOf(key, exploration.results, matrixRows) }),
      }
    },
    download(asked, format, base, viewUrl) {
      const { filters, exploration } = explorationOf(asked)
      const rows = exportRowsOf(index, exploration.results, base)
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

function toParams(filters: ExplorerFilters): URLSearchParams {
  const params = new URLSearchParams({ q: filters.q })
  for (const facet of FACETS) {
    for (const id of filters[facet]) params.append(facet, id)
  }
  return params
}

function citedSources(index: DatasetIndex, quotes: readonly Quote[]): Source[] {
  const sources = quotes.flatMap((quote) => index.sourceById.get(quote.sourceId) ?? [])
  return uniqueBy(sources, (source) => source.id)
}
