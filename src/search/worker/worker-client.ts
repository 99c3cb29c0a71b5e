import { DatasetError } from '../../dataset/dataset-error'
import type { ExploreOptions } from '../explorer-result'
import {
  isExplorerReply,
  isProgressMessage,
  type DownloadProgress,
  type ExplorerClient,
  type ExplorerReply,
  type ExplorerRequest,
} from './explorer-protocol'
import type { ExplorerSources } from './explorer-service'
import { takeEarlyWorker } from './early-worker'
// The words of the failures its worker tells as facts (dataset-error.ts), there when they come.
import '../../i18n/en/problems'

const NO_MATRIX_ROWS: ExploreOptions = { matrixRows: 0 }

/**
 * A request's wait: `settle` takes its reply, a success of the kind it asked for, or fails;
 * `progress` hears how far a download got.
 */
type Pending = {
  settle: (reply: Extract<ExplorerReply, { ok: true }>) => void
  reject: (error: unknown) => void
  progress?: ((progress: DownloadProgress) => void) | undefined
}

/**
 * The explorer in a Web Worker (explorer.worker.ts), started on first use; where the page may not
 * start one (a CSP's worker-src), `fallback()`, the same explorer on the main thread.
 */
export function workerClient(
  sources: ExplorerSources,
  fallback: () => ExplorerClient,
): ExplorerClient {
  let worker: Worker | undefined
  let nextId = 1
  const pending = new Map<number, Pending>()
  let inThread: ExplorerClient | undefined

  function started(): Worker | ExplorerClient {
    if (worker) return worker
    if (inThread) return inThread
    let current: Worker
    try {
      current =
        takeEarlyWorker() ??
        new Worker(new URL('./explorer.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return (inThread = fallback())
    }
    current.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = event.data
      if (isProgressMessage(reply)) pending.get(reply.id)?.progress?.(reply.progress)
      if (!isExplorerReply(reply)) return
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      if (reply.ok) waiting.settle(reply)
      else {
        const { kind, said, problems } = reply.error
        waiting.reject(new DatasetError(kind, said, problems))
      }
    })
    // The worker's script did not load or it crashed: fail what waits, start afresh next time.
    const stop = (event: Event) => {
      event.preventDefault()
      current.terminate()
      if (worker === current) worker = undefined
      const why = event instanceof ErrorEvent ? event.message : ''
      const error = new DatasetError('network', ['stopped', why])
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    }
    current.addEventListener('error', stop)
    current.addEventListener('messageerror', stop)
    post(current, { type: 'init', url: sources.dataset, index: sources.index })
    worker = current
    return current
  }

  /**
   * Posts a request with the next id; its reply settles the promise (`take` reads it). Once
   * `signal` aborts, the promise rejects at once and the worker is told to stop.
   */
  function ask<T>(
    target: Worker,
    request: (id: number) => ExplorerRequest,
    take: (reply: Extract<ExplorerReply, { ok: true }>) => T | undefined,
    { progress, signal }: Pick<Pending, 'progress'> & { signal?: AbortSignal | undefined } = {},
  ): Promise<T> {
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const cancel = () => {
        pending.delete(id)
        post(target, { type: 'cancel', id })
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', cancel, { once: true })
      const settle: Pending['settle'] = (reply) => {
        signal?.removeEventListener('abort', cancel)
        const value = take(reply)
        if (value === undefined) reject(new DatasetError('invalid', ['amiss']))
        else resolve(value)
      }
      const fail = (error: unknown) => {
        signal?.removeEventListener('abort', cancel)
        reject(error)
      }
      pending.set(id, { settle, reject: fail, progress })
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
    download(filters, format, base, viewUrl, options = {}) {
      const target = started()
      if (!(target instanceof Worker))
        return target.download(filters, format, base, viewUrl, options)
      return ask(
        target,
        (id) => ({ id, type: 'download', filters: { ...filters }, format, base, viewUrl }),
        (reply) => ('file' in reply ? reply.file : undefined),
        { progress: options.onProgress, signal: options.signal },
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
