import { DatasetError } from '../dataset/dataset-error'

/** The dataset's address under the app's base path, e.g. `/paddock/data/quotes.json`. */
export function datasetUrl(base = document.baseURI): string {
  return new URL(`${import.meta.env.BASE_URL}data/quotes.json`, base).href
}

/**
 * Fetches and parses the dataset's JSON, or a page's, unchecked; every failure is a DatasetError.
 * No DOM: the explorer's worker fetches with it too, so all say the same about a failure. With
 * `missing: 'undefined'`, a 404 is no failure but undefined: an address with nothing there.
 */
export async function fetchDatasetJson(
  url: string,
  signal?: AbortSignal,
  { missing }: { missing?: 'undefined' } = {},
): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetError('network', ['notFetched', url])
  }
  if (response.status === 404 && missing === 'undefined') return undefined
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError('http', ['answered', status, url])
  }
  const type = response.headers.get('content-type') ?? ''
  if (!/\bjson\b/i.test(type)) {
    throw new DatasetError('not-json', ['notJson', url, type])
  }

  try {
    // Parsed from the bytes: no 30 MB string in between for a big dataset.
    return await response.json()
  } catch (error) {
    if (signal?.aborted) throw error
    if (error instanceof SyntaxError) {
      throw new DatasetError('not-json', ['badJson', url])
    }
    throw new DatasetError('network', ['broke', url])
  }
}

/** The file arrived as JSON but is not a dataset this app can read. */
export function invalidDatasetError(url: string, problems: readonly string[]): DatasetError {
  return new DatasetError('invalid', ['badDataset', url, problems.length], problems)
}
