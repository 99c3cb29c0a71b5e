import { DatasetError } from '../../dataset/dataset-error'
import { rememberPromise } from '../../lib/remember-promise'
import {
  NO_MATRIX_ROWS,
  isExplorerReply,
  type ExplorerClient,
  type ExplorerReply,
  type ExplorerRequest,
} from './explorer-protocol'
import type { ExplorerSources } from './explorer-service'
import type { DatasetIndex } from '../../model/dataset-index'
import { takeEarlyWorker } from './early-worker'
import { explorerSourcesOf } from './explorer-sources'

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
  return worker ? workerClient(sources) : inThreadClient(sources)
}

/** A request's wait: `settle` takes its reply, a success of the kind it asked for, or fails. */
type Pending = {
  settle: (reply: Extract<ExplorerReply, { ok: true }>) => void
  reject: (error: unknown) => void
}

function workerClient(sources: ExplorerSources): ExplorerClient {
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, Pending>()
  let inThread: ExplorerClient | undefined

  /** The worker; or, where the page may not start one (a CSP's worker-src), the main thread. */
  function started(): Worker | ExplorerClient {
    if (worker) return worker
    if (inThread) return inThread
    let current: Worker
    try {
      current =
        takeEarlyWorker() ??
        new Worker(new URL('./explorer.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return (inThread = inThreadClient(sources))
    }
    current.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data
      if (!isExplorerReply(reply)) return
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      if (reply.ok) waiting.settle(reply)
      else {
        const { kind, message, problems } = reply.error
        waiting.reject(new DatasetError(kind, message, problems))
      }
    })
    // The worker's script did not load or it crashed: fail what waits, start afresh next time.
    const stop = (event: Event) => {
      event.preventDefault()
      current.terminate()
      if (worker === current) worker = undefined
      const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : ''
      const error = new DatasetError(
        'network',
        `The quote explorer stopped before it answered${detail}.`,
      )
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    }
    current.addEventListener('error', stop)
    current.addEventListener('messageerror', stop)
    post(current, { type: 'init', url: sources.dataset, index: sources.index })
    worker = current
    return current
  }

  /** Posts a request with the next id; its reply settles the promise (`take` reads it). */
  function ask<T>(
    target: Worker,
    request: (id: number) => ExplorerRequest,
    take: (reply: Extract<ExplorerReply, { ok: true }>) => T | undefined,
  ): Promise<T> {
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      const settle: Pending['settle'] = (reply) => {
        const value = take(reply)
        if (value === undefined) reject(new DatasetError('invalid', 'The explorer answered amiss.'))
        else resolve(value)
      }
      pending.set(id, { settle, reject })
      post(target, request(id))
    })
  }

  return {
    explore(filters, page, options = NO_MATRIX_ROWS) {
      const target = started()
      if (!(target instanceof Worker)) return target.explore(filters, page, options)
      return ask(
        target,
        (id) => ({ id, type: 'explore', filters: { ...filters }, page, options: { ...options } }),
        (reply) => ('result' in reply ? reply.result : undefined),
      )
    },
    download(filters, format, base, viewUrl) {
      const target = started()
      if (!(target instanceof Worker)) return target.download(filters, format, base, viewUrl)
      return ask(
        target,
        (id) => ({ id, type: 'download', filters: { ...filters }, format, base, viewUrl }),
        (reply) => ('file' in reply ? reply.file : undefined),
      )
    },
    warm() {
      const target = started()
      if (!(target instanceof Worker)) target.warm()
    },
  }
}

function post(worker: Worker, request: ExplorerRequest) {
  worker.postMessage(request)
}

/** Without a Worker (jsdom, old browsers): the same explorer, its code loaded on first use. */
function inThreadClient(sources: ExplorerSources): ExplorerClient {
  // A failed chunk is not kept: the next call tries again.
  const started = rememberPromise(() =>
    import('./explorer-service').then((m) => m.createExplorerService(sources)),
  )
  return {
    explore: async (...args) => (await started()).explore(...args),
    download: async (...args) => (await started()).download(...args),
    warm() {
      started().then(
        (service) => service.warm(),
        () => {},
      )
    },
  }
}
