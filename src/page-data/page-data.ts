import { pageAt } from '../urls/url-table'
import { countsFromJson, type CountsJson } from '../model/counts'
import { buildDatasetIndex, type DatasetIndex } from '../model/dataset-index'
import type { Dataset } from '../dataset/schema'

/**
 * What one page needs, and nothing more: the records it shows, as a dataset of their own (so a
 * page reads them through the same index as the whole dataset), and the counts it prints.
 */
export type PageData = {
  slice: Dataset
  counts: CountsJson
  /** The explorer's page only: the folder of the build's explorer index, under data/explorer/. */
  explorerIndex?: string
  /**
   * A quote's page only: where its record is in that index (quote-pages.ts); the slice holds it
   * once fetched, and the names it shows.
   */
  quoteAt?: { id: string; block: number; slot: number }
  /**
   * /saved only: which quote files the build wrote (quote-files.ts), so that a saved quote whose
   * file is not there is known gone without asking for it.
   */
  quoteFiles?: string
}

/** A page of the site and its data, as the build writes them (compile-site.ts). */
export type SitePage = { path: string; data: PageData }

/**
 * The name of a page's data file under data/pages/, from its in-app path: `index` for the
 * explorer, `drivers/ada-example` for /drivers/ada-example (the address table's key form).
 * Undefined for a path no page has data for (not a slug: nothing to fetch).
 */
export function pageDataKey(path: string): string | undefined {
  return pageAt(path)?.dataKey
}

/** Whether JSON has the shape of a page's data (the build wrote it; this guards a wrong file). */
export function isPageData(json: unknown): json is PageData {
  if (typeof json !== 'object' || json === null) return false
  const isObject = (value: unknown) => typeof value === 'object' && value !== null
  return 'slice' in json && isObject(json.slice) && 'counts' in json && isObject(json.counts)
}

/** The index a page reads: its records, with the counts of the whole dataset. */
export function indexOfPage(data: PageData): DatasetIndex {
  const index = buildDatasetIndex(data.slice, countsFromJson(data.counts))
  return data.explorerIndex === undefined ? index : { ...index, explorerIndex: data.explorerIndex }
}
