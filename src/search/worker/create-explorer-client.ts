import { rememberPromise } from '../../lib/remember-promise'
import type { DatasetIndex } from '../../model/dataset-index'
import type { ExplorerClient } from './explorer-protocol'
import { explorerSourcesOf } from './explorer-sources'
import type { ExplorerSources } from './explorer-service'
import { workerClient } from './worker-client'

/**
 * The explorer client's own code, loaded when the page first asks for it (explorer-client.ts):
 * the first view of the explorer comes with the page and needs none of it.
 */

let client: { indexFolder: string | undefined; client: ExplorerClient } | undefined

/**
 * The page's explorer, started on first use: in a Web Worker where there is one, reading the
 * build's index that the page's data names (explorerIndex, a folder under data/explorer/), with
 * the page's drivers, teams and races, if it names one.
 */
export function explorerClient(page: DatasetIndex): ExplorerClient {
  const indexFolder = page.explorerIndex
  if (client && client.indexFolder === indexFolder) return client.client
  const created = createExplorerClient(explorerSourcesOf(page, document.baseURI), {
    worker: typeof Worker === 'function',
  })
  client = { indexFolder, client: created }
  return created
}

/** A client of its own over `sources`; explorerClient() is the one a page shares. */
export function createExplorerClient(
  sources: ExplorerSources,
  { worker = false } = {},
): ExplorerClient {
  return worker ? workerClient(sources, () => inThreadClient(sources)) : inThreadClient(sources)
}

/** Without a Worker (jsdom, old browsers): the same explorer, its code loaded on first use. */
function inThreadClient(sources: ExplorerSources): ExplorerClient {
  // A failed chunk is not kept: the next call tries again.
  const started = rememberPromise(() =>
    import('./explorer-service').then((m) => m.createExplorerService(sources)),
  )
  return {
    explore: async (...args) => (await started()).explore(...args),
    download: async (filters, format, base, viewUrl, options = {}) => {
      const { signal } = options
      const service = await untilAborted(started(), signal)
      return untilAborted(service.download(filters, format, base, viewUrl, options), signal)
    },
    warm() {
      started().then(
        (service) => service.warm(),
        () => {},
      )
    },
  }
}

/** The promise, or the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}
