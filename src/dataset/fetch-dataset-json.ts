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
    throw new DatasetError(
      'network',
      `The quotes could not be fetched from ${url}: the network request failed.`,
    )
  }
  if (response.status === 404 && missing === 'undefined') return undefined
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
    // Parsed from the bytes: no 30 MB string in between for a big dataset.
    return await response.json()
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

/** The file arrived as JSON but is not a dataset this app can read. */
export function invalidDatasetError(url: string, problems: readonly string[]): DatasetError {
  const count = problems.length
  return new DatasetError(
    'invalid',
    `The file at ${url} is not a valid quote dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`,
    problems,
  )
}
