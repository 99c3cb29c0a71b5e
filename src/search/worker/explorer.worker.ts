/**
 * The explorer's worker: fetches and indexes the whole dataset off the main thread, then answers
 * each `explore` request with one page of results, and each `download` with a file of all of
 * them (protocol in explorer-protocol.ts).
 */
import { DatasetError } from '../../dataset/dataset-error'
import type { ExplorerEngine } from '../explorer-engine'
import { isExplorerRequest, type ExplorerReply, type WireError } from './explorer-protocol'
import { loadExplorerEngine } from './load-explorer-engine'

let url: string | undefined
let engine: Promise<ExplorerEngine> | undefined

function started(): Promise<ExplorerEngine> {
  if (url === undefined) return Promise.reject(new Error('explore before init'))
  if (!engine) {
    const loading = loadExplorerEngine(url)
    engine = loading
    // A failed download is not kept: the next request tries again.
    loading.catch(() => {
      if (engine === loading) engine = undefined
    })
  }
  return engine
}

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
    if (request.url !== url) engine = undefined
    url = request.url
    started().catch(() => {})
    return
  }
  const { id } = request
  started()
    .then((ready): ExplorerReply =>
      request.type === 'download'
        ? {
            id,
            ok: true,
            file: ready.download(request.filters, request.format, request.base, request.viewUrl),
          }
        : { id, ok: true, page: ready.explore(request.filters, request.page, request.options) },
    )
    .catch((error: unknown): ExplorerReply => ({ id, ok: false, error: toWireError(error) }))
    .then((message) => {
      try {
        self.postMessage(message)
      } catch (error) {
        // Not cloneable: the page still gets its one reply, not a wait for ever.
        self.postMessage({ id, ok: false, error: toWireError(error) } satisfies ExplorerReply)
      }
    })
})
