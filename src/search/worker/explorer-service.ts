import { DatasetError } from '../../dataset/dataset-error'
import { fetchDatasetJson } from '../../dataset/fetch-dataset-json'
import { rememberPromise } from '../../lib/remember-promise'
import { blocksCostLess, streamDownload, type LoadFile } from '../download/stream-download'
import type { ExplorerEngine } from '../engine/explorer-engine'
import { createShardedEngine } from '../sharded/sharded-engine'
import type { ExplorerClient, IndexSource } from './explorer-protocol'
import { loadExplorerEngine } from './load-explorer-engine'

/** Where the explorer reads from: the whole dataset, and the build's index of it if there is one. */
export type ExplorerSources = { dataset: string; index?: IndexSource }

/**
 * The explorer, wherever it runs (the worker, or the page without one): a view the build's index
 * can answer is read from its pieces (docs/explorer-index.md), and its download streamed from the
 * index's record blocks; any other view and download from the whole dataset, loaded the first
 * time one needs it. Every failure is a DatasetError, but a download's abort.
 */
export function createExplorerService({ dataset, index }: ExplorerSources): ExplorerClient {
  /** The whole dataset's engine, once loaded: a download then needs nothing more. */
  let loaded: ExplorerEngine | undefined
  // A failed download is not kept: the next call tries again.
  const whole = rememberPromise(async () => (loaded = await loadExplorerEngine(dataset)))
  const loadFile: LoadFile | undefined =
    index && ((file, signal) => indexFile(new URL(file, index.url).href, signal))
  const sharded = index && loadFile && createShardedEngine(loadFile, index.records)
  return {
    async explore(filters, page, options) {
      const answer = sharded && (await asDatasetError(sharded.explore(filters, page, options)))
      return answer ?? (await whole()).explore(filters, page, options)
    },
    async download(filters, format, base, viewUrl, options = {}) {
      if (sharded && loadFile && !loaded) {
        const results = await asDatasetError(sharded.results(filters))
        if (results && blocksCostLess(results)) {
          const asked = { format, base, viewUrl }
          const streamed = streamDownload(results, index.raceLabels, loadFile, asked, options)
          return asDatasetError(streamed, options.signal)
        }
      }
      const file = (await whole()).download(filters, format, base, viewUrl)
      return { blob: new Blob([file.text]), count: file.count, filename: file.filename }
    },
    warm() {
      if (sharded) sharded.warm()
      else whole().catch(() => {})
    },
  }
}

/**
 * A file of the index that is not what it should be is a damaged dataset, said as such; an
 * abort (`signal`'s) stays what it is.
 */
async function asDatasetError<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof DatasetError || signal?.aborted) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new DatasetError('invalid', ['unreadable', detail])
  }
}

/**
 * A file of the index. The index is named by its build (a folder per dataset): a file missing is
 * the page's build replaced by a newer deploy, which reloading the page, not a retry, gets past.
 */
async function indexFile(url: string, signal?: AbortSignal): Promise<unknown> {
  const json = await fetchDatasetJson(url, signal, { missing: 'undefined' })
  if (json !== undefined) return json
  throw new DatasetError('gone', ['gone', url])
}
