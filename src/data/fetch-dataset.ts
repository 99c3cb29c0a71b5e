import { buildDatasetIndex, type DatasetIndex } from './dataset-index'
import { DatasetError } from './dataset-error'
import { validateDataset } from './validate-dataset'

/** The dataset's address under the app's base path, e.g. `/paddock/data/quotes.json`. */
export function datasetUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}data/quotes.json`, document.baseURI).href
}

/** Fetches, checks, validates and indexes the dataset; every failure is a DatasetError. */
export async function fetchDataset(signal?: AbortSignal): Promise<DatasetIndex> {
  const url = datasetUrl()
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
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError('http', `The server answered ${status} for ${url}.`)
  }
  const type = response.headers.get('content-type') ?? ''
  if (!/\bjson\b/i.test(type)) {
    const what = /html/i.test(type) ? 'an HTML page' : type ? `"${type}"` : 'a file with no type'
    throw new DatasetError('not-json', `Expected JSON from ${url}, but the server sent ${what}.`)
  }

  let json: unknown
  try {
    // Parsed from the bytes: no 30 MB string in between for a big dataset.
    json = await response.json()
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
  const result = validateDataset(json)
  if (!result.ok) {
    const count = result.problems.length
    throw new DatasetError(
      'invalid',
      `The file at ${url} is not a valid quote dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`,
      result.problems,
    )
  }
  return buildDatasetIndex(result.dataset)
}
