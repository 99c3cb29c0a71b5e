/**
 * The explorer's worker: fetches and indexes the whole dataset off the main thread, then answers
 * each `explore` request with one page of results, and each `download` with a file of all of
 * them (protocol in explorer-protocol.ts).
 */
import { DatasetError } from '../../dataset/dataset-error'
import type { ExplorerEngine } from '../engine/explorer-engine'
import { isExplorerRequest, type ExplorerReply, type WireError } from './explorer-protocol'
import { loadExplorerEngine } from './load-explorer-engine'
import { rememberPromise } from '../../lib/remember-promise'

/** The dataset `init` named, and its engine (a failed download is not kept: the next try loads). */
let dataset: { url: string; engine: () => Promise<ExplorerEngine> } | undefined

function started(): Promise<ExplorerEngine> {
  if (!dataset) return Promise.reject(new Error('explore before init'))
  return dataset.engine()
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
    const { url } = request
    if (dataset?.url !== url)
      dataset = { url, engine: rememberPromise(() => loadExplorerEngine(url)) }
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
        : {
            id,
            ok: true,
            result: ready.explore(request.filters, request.page, request.options),
          },
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
