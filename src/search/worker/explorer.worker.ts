/**
 * The explorer's worker: answers each `explore` request with one page of results, and each
 * `download` with a file of all of them (protocol in explorer-protocol.ts), off the main thread:
 * from the build's index where it can, else from the whole dataset (explorer-service.ts).
 */
import { DatasetError } from '../../dataset/dataset-error'
import {
  isExplorerRequest,
  type ExplorerClient,
  type ExplorerReply,
  type ProgressMessage,
  type WireError,
} from './explorer-protocol'
import { createExplorerService } from './explorer-service'

/** The explorer over what `init` named. */
let service: { key: string; explorer: ExplorerClient } | undefined
/** The downloads under way, by id: a `cancel` aborts one. */
const downloads = new Map<number, AbortController>()

function toWireError(error: unknown): WireError {
  if (error instanceof DatasetError) {
    return { kind: error.kind, message: error.message, problems: [...error.problems] }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { kind: 'invalid', message: `The quotes could not be explored: ${detail}`, problems: [] }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data
  if (!isExplorerRequest(request)) return
  if (request.type === 'init') {
    const { url, index } = request
    const key = `${url} ${index ?? ''}`
    if (service?.key !== key) {
      service = { key, explorer: createExplorerService({ dataset: url, index }) }
    }
    service.explorer.warm()
    return
  }
  const { id } = request
  if (request.type === 'cancel') {
    downloads.get(id)?.abort()
    return
  }
  const explorer = service?.explorer
  const cancelled = new AbortController()
  let answer: Promise<ExplorerReply>
  if (!explorer) answer = Promise.reject(new Error('explore before init'))
  else if (request.type === 'explore') {
    answer = explorer
      .explore(request.filters, request.page, request.options)
      .then((result) => ({ id, ok: true, result }))
  } else {
    downloads.set(id, cancelled)
    answer = explorer
      .download(request.filters, request.format, request.base, request.viewUrl, {
        signal: cancelled.signal,
        onProgress: (progress) => self.postMessage({ id, progress } satisfies ProgressMessage),
      })
      .then((file) => ({ id, ok: true, file }))
  }
  answer
    .catch((error: unknown): ExplorerReply => ({ id, ok: false, error: toWireError(error) }))
    .then((message) => {
      downloads.delete(id)
      // Cancelled: the page waits for nothing more.
      if (cancelled.signal.aborted) return
      try {
        self.postMessage(message)
      } catch (error) {
        // Not cloneable: the page still gets its one reply, not a wait for ever.
        self.postMessage({ id, ok: false, error: toWireError(error) } satisfies ExplorerReply)
      }
    })
})
