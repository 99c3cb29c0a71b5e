import { DatasetError } from '../../dataset/dataset-error'
import { fetchDatasetJson } from '../../dataset/fetch-dataset-json'
import { rememberPromise } from '../../lib/remember-promise'
import { createShardedEngine } from '../sharded/sharded-engine'
import type { ExplorerClient, IndexSource } from './explorer-protocol'
import { loadExplorerEngine } from './load-explorer-engine'

/** Where the explorer reads from: the whole dataset, and the build's index of it if there is one. */
export type ExplorerSources = { dataset: string; index?: IndexSource }

/**
 * The explorer, wherever it runs (the worker, or the page without one): a view the build's index
 * can answer is read from its pieces (docs/explorer-index.md); any other, and every download,
 * from the whole dataset, loaded the first time one needs it. Every failure is a DatasetError.
 */
export function createExplorerService({ dataset, index }: ExplorerSources): ExplorerClient {
  // A failed download is not kept: the next call tries again.
  const whole = rememberPromise(() => loadExplorerEngine(dataset))
  const sharded =
    index &&
    createShardedEngine(
      // The index is named by its build: a file missing is the page's build replaced.
      (file) => fetchDatasetJson(new URL(file, index.url).href, undefined, { missing: 'gone' }),
      index.records,
    )
  return {
    async explore(filters, page, options) {
      const answer = sharded && (await asDatasetError(sharded.explore(filters, page, options)))
      return answer ?? (await whole()).explore(filters, page, options)
    },
    download: async (...args) => (await whole()).download(...args),
    warm() {
      if (sharded) sharded.warm()
      else whole().catch(() => {})
    },
  }
}

/** A file of the index that is not what it should be is a damaged dataset, said as such. */
async function asDatasetError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof DatasetError) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new DatasetError('invalid', `The explorer's index could not be read: ${detail}`)
  }
}
