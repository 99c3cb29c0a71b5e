import type { DatasetIndex } from '../model/dataset-index'
import type { Quote, Source } from '../dataset/schema'
import type { MatrixJson } from '../model/matrix'
import type { NamedRecord } from './search-index'
import type { Term } from './search-query'
import {
  NO_FILTERS,
  pageCount,
  type ExplorerFilters,
  type Facet,
  type Sort,
} from '../urls/explorer-params'

/**
 * What the explorer shows for some filters: one page of their results, the counts its controls
 * show, and what helps with a search. The one shape of it: the engine makes it, the worker sends
 * it as it is (plain arrays and objects, so it crosses postMessage), the explorer's page reads it.
 */
export type ExplorerResult = {
  /** The filters applied: as asked, less any id the dataset does not know (as in a URL). */
  filters: ExplorerFilters
  /** The quotes on the page, in the order of `sort`, and the sources they cite. */
  quotes: readonly Quote[]
  sources: readonly Source[]
  resultCount: number
  /** The page shown: the one asked for if it is within the results, else page 1 (parsePage). */
  page: number
  pageCount: number
  /** Index in the results of the page's first quote. */
  first: number
  /** For each facet: [option id, quotes it matches with the other facets and the search applied]. */
  counts: Record<Facet, readonly [string, number][]>
  /** For each facet: quotes with the other filters applied and this one cleared. */
  totals: Record<Facet, number>
  /** [year, quotes] with every filter but the period applied, years in order. */
  years: readonly [number, number][]
  /** The order the results are in: the one asked for, or the default for the search. */
  sort: Sort
  /** The search's terms to highlight (search-query.ts Term): what must match, not exclusions. */
  terms: readonly Term[]
  /** Quotes the search would find without the facets and the period, and those without it. */
  searchAlone: number
  /** Only when nothing matches. */
  narrowingAlone?: number
  /** Drivers, races and teams whose names match the search, whether quoted or not. */
  named: readonly NamedRecord[]
  /** When the search finds little or nothing: a search like it that finds more, as typed. */
  suggestion?: string
  /** The ambition matrix of all the results (not only this page), when asked for. */
  matrix?: MatrixJson
}

/** `matrixRows`: how many rows of the results' ambition matrix to send; 0 for none. */
export type ExploreOptions = { matrixRows: number }

/**
 * The result of no filters, from a page's own index: its quotes (the first page, newest first, as
 * page-data.ts picks them) and the whole dataset's counts. What the engine would answer, without
 * the engine: the explorer's first view needs neither it nor the whole dataset.
 */
export function unfilteredResultOf(index: DatasetIndex): ExplorerResult {
  const { counts } = index
  const total = counts.quotes
  return {
    filters: NO_FILTERS,
    quotes: index.quotes,
    sources: [...index.sourceById.values()],
    resultCount: total,
    page: 1,
    pageCount: pageCount(total),
    first: 0,
    counts: {
      driver: [...counts.byDriver],
      team: [...counts.byTeam],
      ambition: [...counts.byRace],
    },
    totals: { driver: total, team: total, ambition: total },
    years: [...counts.byYear],
    sort: 'newest',
    terms: [],
    searchAlone: total,
    narrowingAlone: total,
    named: [],
  }
}
