import { isPageData, type PageData } from './page-data'

/** The id of the data block a prerendered page carries (see scripts/build). */
export const BOOT_DATA_ID = 'page-data'

/**
 * What a prerendered page hands the client: its data (`key` names the file the same data is
 * fetched from later), or, on the 404 page, the totals only and `notFound`.
 */
export type BootData = { key: string | null; data: PageData; notFound: boolean }

/** The page's data block, if it has one and it reads as one. */
export function readBootData(document: Document): BootData | undefined {
  const text = document.getElementById(BOOT_DATA_ID)?.textContent
  if (!text) return undefined
  const json: unknown = JSON.parse(text)
  if (typeof json !== 'object' || json === null || !('data' in json) || !isPageData(json.data)) {
    return undefined
  }
  const key = 'key' in json && typeof json.key === 'string' ? json.key : null
  const notFound = 'notFound' in json && json.notFound === true
  return { key, data: json.data, notFound }
}
