import { fetchDatasetJson } from '../dataset/fetch-dataset-json'
import { DatasetError } from '../dataset/dataset-error'
import { isPageData, type PageData } from './page-data'
import { pageAt } from '../urls/url-table'

/** The address of a page's data file, under the app's base path. */
export function pageDataUrl(key: string): string {
  return siteFileUrl(`data/pages/${key}.json`)
}

/** The address of a file of the site, under the app's base path. */
export function siteFileUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}${file}`, document.baseURI).href
}

/**
 * Fetches the data the build compiled for one page; null when there is none (404: an id the
 * dataset does not have). Every other failure is a DatasetError that says what went wrong.
 */
export async function fetchPageData(key: string, signal?: AbortSignal): Promise<PageData | null> {
  // A quote's page: its data is in a file of many and in the index's record blocks (code of
  // its own: `/` does not load it).
  const page = key === 'index' ? undefined : pageAt(`/${key}`)
  if (page?.type === 'quote' && page.id !== undefined) {
    const { fetchQuotePage } = await import('./quote-pages')
    return fetchQuotePage(page.id, siteFileUrl, signal)
  }
  const url = pageDataUrl(key)
  const json = await fetchDatasetJson(url, signal, { missing: 'undefined' })
  if (json === undefined) return null
  // The build wrote it from a validated dataset (scripts/lib/site-build.ts): a shape check is
  // enough to tell it from some other JSON a host might answer with.
  if (!isPageData(json)) throw new DatasetError('invalid', ['notPageData', url])
  return json
}
