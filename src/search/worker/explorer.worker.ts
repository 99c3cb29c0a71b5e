/**
 * The explorer's worker: answers each `explore` request with one page of results, and each
 * `download` with a file of all of them (protocol in explorer-protocol.ts), off the main thread:
 * from the build's index where it can, else from the whole dataset (explorer-service.ts).
 */
import { DatasetError } from '../../dataset/dataset-error'
import {
  NO_MATRIX_ROWS,
  isExplorerRequest,
  type ExplorerClient,
  type ExplorerReply,
  type ProgressMessage,
  type WireError,
} from './explorer-protocol'
import { createExplorerService, type ExplorerSources } from './explorer-service'
import { earlyViewOf } from './early-view'
import type { ExploreOptions, ExplorerResult } from '../explorer-result'
import type { ExplorerFilters } from '../../urls/explorer-params'

/**
 * The explorer over what `init` (or `open`) named; and, after `open`, the answer it started on
 * for the address's view, kept for the app's first request if that asks exactly it.
 */
let service:
  | {
      key: string
      explorer: ExplorerClient
      early?: { key: string; answer: Promise<ExplorerResult> }
    }
  | undefined
/** The downloads under way, by id: a `cancel` aborts one. */
const downloads = new Map<number, AbortController>()

function toWireError(error: unknown): WireError {
  if (error instanceof DatasetError) {
    return { kind: error.kind, said: error.said, problems: [...error.problems] }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { kind: 'invalid', said: ['notExplored', detail], problems: [] }
}

/** The explorer over `sources`: the one running if it reads the same, else a new one. */
function serviceOver({ dataset, index }: ExplorerSources) {
  const key = `${dataset} ${index?.url ?? ''}`
  if (service?.key !== key) {
    service = { key, explorer: createExplorerService({ dataset, index }) }
  }
  service.explorer.warm()
  return service
}

const requestKey = (filters: ExplorerFilters, page: number, options: ExploreOptions) =>
  JSON.stringify([filters, page, options])

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data
  if (!isExplorerRequest(request)) return
  if (request.type === 'init') {
    serviceOver({ dataset: request.url, index: request.index })
    return
  }
  if (request.type === 'open') {
    const early = earlyViewOf(request.page, request.search, self.location.href)
    if (!early) return
    const started = serviceOver(early.sources)
    if (!early.view) return
    const { filters, page } = early.view
    const answer = started.explorer.explore(filters, page, NO_MATRIX_ROWS)
    // Its failure is the app's to hear, when it asks: not an unhandled rejection here.
    answer.catch(() => {})
    started.early = { key: requestKey(filters, page, NO_MATRIX_ROWS), answer }
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
    answer = exploreOnce(explorer, request.filters, request.page, request.options).then(
      (result) => ({ id, ok: true, result }),
    )
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

/**
 * The answer to `explore`: the one started early if this asks exactly that (taken once, failure
 * included: the app says so, with Retry), else asked now. The app may ask other things first
 * (the matrix's counts): they leave it for the request it was started for.
 */
function exploreOnce(
  explorer: ExplorerClient,
  filters: ExplorerFilters,
  page: number,
  options: ExploreOptions,
): Promise<ExplorerResult> {
  const early = service?.early
  if (!service || early?.key !== requestKey(filters, page, options)) {
    return explorer.explore(filters, page, options)
  }
  service.early = undefined
  return early.answer
}
