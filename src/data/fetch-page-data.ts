import { fetchDatasetJson } from './fetch-dataset-json'
import type { PageData } from './page-data'

/** The address of a page's data file, under the app's base path. */
export function pageDataUrl(key: string): string {
  return new URL(`${import.meta.env.BASE_URL}data/pages/${key}.json`, document.baseURI).href
}

/**
 * Fetches the data the build compiled for one page; null when there is none (404: an id the
 * dataset does not have). Every other failure is a DatasetError that says what went wrong.
 */
export async function fetchPageData(key: string, signal?: AbortSignal): Promise<PageData | null> {
  const json = await fetchDatasetJson(pageDataUrl(key), signal, { missing: 'undefined' })
  // Written by the build from a validated dataset (scripts/lib/site-build.ts).
  return json === undefined ? null : (json as PageData)
}
