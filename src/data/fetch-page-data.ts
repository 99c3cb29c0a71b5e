import { DatasetError } from './dataset-error'
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
  const url = pageDataUrl(key)
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetError(
      'network',
      `The quotes could not be fetched from ${url}: the network request failed.`,
    )
  }
  if (response.status === 404) return null
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError('http', `The server answered ${status} for ${url}.`)
  }
  const type = response.headers.get('content-type') ?? ''
  if (!/\bjson\b/i.test(type)) {
    const what = /html/i.test(type) ? 'an HTML page' : type ? `"${type}"` : 'a file with no type'
    throw new DatasetError('not-json', `Expected JSON from ${url}, but the server sent ${what}.`)
  }
  try {
    return (await response.json()) as PageData
  } catch (error) {
    if (signal?.aborted) throw error
    if (error instanceof SyntaxError) {
      throw new DatasetError('not-json', `The file at ${url} is not valid JSON.`)
    }
    throw new DatasetError(
      'network',
      `The quotes could not be fetched from ${url}: the connection broke.`,
    )
  }
}
