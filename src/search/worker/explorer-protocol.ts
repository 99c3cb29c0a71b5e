import { DATASET_ERROR_KINDS, type DatasetErrorKind, type Said } from '../../dataset/dataset-error'
import type { ExploreOptions, ExplorerResult } from '../explorer-result'
import type { ExportFormat } from '../export-quotes'
import { FACETS, SORTS, type ExplorerFilters } from '../../urls/explorer-params'
import type { IndexRecords } from '../sharded/index-format'

/** What the page asks of the explorer, wherever it runs (a worker, or the main thread). */
export type ExplorerClient = {
  /** One page of results; rejects with a DatasetError if the data cannot be had. */
  explore(filters: ExplorerFilters, page: number, options?: ExploreOptions): Promise<ExplorerResult>
  /**
   * Every result as a file (ExplorerEngine.download), saying how far it got as it goes; rejects
   * with a DatasetError like explore, or with the signal's reason once it aborts.
   */
  download(
    filters: ExplorerFilters,
    format: ExportFormat,
    base: string,
    viewUrl: string,
    options?: DownloadOptions,
  ): Promise<ExportedFile>
  /** Starts the engine and the download now, for a reader about to filter; never rejects. */
  warm(): void
}

/** A download's file, made in the worker: the page only saves it. */
export type ExportedFile = { blob: Blob; count: number; filename: string }
/** How many of a download's quotes are written, of how many. */
export type DownloadProgress = { done: number; total: number }
export type DownloadOptions = {
  onProgress?: (progress: DownloadProgress) => void
  signal?: AbortSignal
}

/**
 * What the page and the explorer's worker say to each other. `init` starts the download; each
 * `explore` and each `download` gets exactly one reply with its id, a download
 * progress messages before it (none after a `cancel` of it). Both sides check what arrives: a message is
 * `unknown` until a guard below says otherwise.
 */
/**
 * The build's index of the dataset: its folder's address, and the page's records its lists are
 * numbered by (start-file.ts indexRecordsOf).
 */
export type IndexSource = {
  url: string
  records: IndexRecords
  /** Each race's name as a download writes it (format/labels.ts raceLabel), in the records' order. */
  raceLabels: string[]
}

/** `url`: the whole dataset; `index`: the build's index of it, if there is one. */
export type InitRequest = { type: 'init'; url: string; index?: IndexSource }
export type ExploreRequest = {
  id: number
  type: 'explore'
  filters: ExplorerFilters
  page: number
  options: ExploreOptions
}
/** Every result of the filters as a file: see ExplorerEngine.download. */
export type DownloadRequest = {
  id: number
  type: 'download'
  filters: ExplorerFilters
  format: ExportFormat
  base: string
  viewUrl: string
}
/**
 * From src/app/view-boot.js, before the app runs: the page's data block as text, and the
 * address's query (`?driver=…`). The worker starts on that view (early-view.ts); no reply.
 */
export type OpenRequest = { type: 'open'; page: string; search: string }
/** The page no longer wants the download of this id. */
export type CancelRequest = { id: number; type: 'cancel' }
export type ExplorerRequest =
  InitRequest | OpenRequest | ExploreRequest | DownloadRequest | CancelRequest

/** The options of a request for results only, no matrix: the explorer's own first request. */
export const NO_MATRIX_ROWS: ExploreOptions = { matrixRows: 0 }

/** A DatasetError as facts (`said`): the page words it, in its language. */
export type WireError = { kind: DatasetErrorKind; said: Said; problems: string[] }
export type ExploreReply =
  { id: number; ok: true; result: ExplorerResult } | { id: number; ok: false; error: WireError }
export type DownloadReply =
  { id: number; ok: true; file: ExportedFile } | { id: number; ok: false; error: WireError }
export type ExplorerReply = ExploreReply | DownloadReply
/** Before a download's reply: how far it got. */
export type ProgressMessage = { id: number; progress: DownloadProgress }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

const isYear = (value: unknown) => value === null || typeof value === 'number'

function isFilters(value: unknown): value is ExplorerFilters {
  return (
    isRecord(value) &&
    typeof value.q === 'string' &&
    isYear(value.from) &&
    isYear(value.to) &&
    (value.sort === null || SORTS.some((sort) => sort === value.sort)) &&
    FACETS.every((facet) => isStringList(value[facet]))
  )
}

export function isExplorerRequest(value: unknown): value is ExplorerRequest {
  if (!isRecord(value)) return false
  if (value.type === 'init') {
    return (
      typeof value.url === 'string' && (value.index === undefined || isIndexSource(value.index))
    )
  }
  if (value.type === 'open')
    return typeof value.page === 'string' && typeof value.search === 'string'
  if (value.type === 'cancel') return typeof value.id === 'number'
  if (value.type === 'download') {
    return (
      typeof value.id === 'number' &&
      (value.format === 'csv' || value.format === 'json') &&
      typeof value.base === 'string' &&
      typeof value.viewUrl === 'string' &&
      isFilters(value.filters)
    )
  }
  return (
    value.type === 'explore' &&
    typeof value.id === 'number' &&
    typeof value.page === 'number' &&
    isRecord(value.options) &&
    typeof value.options.matrixRows === 'number' &&
    isFilters(value.filters)
  )
}

/** The index's address, and the page's records as lists of tuples: their fields the engine checks. */
function isIndexSource(value: unknown): value is IndexSource {
  if (!isRecord(value) || typeof value.url !== 'string' || !isRecord(value.records)) return false
  const { drivers, teams, races } = value.records
  return (
    isStringList(value.raceLabels) &&
    [drivers, teams, races].every(
      (list) => Array.isArray(list) && list.every((record) => Array.isArray(record)),
    )
  )
}

function isWireError(value: unknown): value is WireError {
  return (
    isRecord(value) &&
    DATASET_ERROR_KINDS.some((kind) => kind === value.kind) &&
    Array.isArray(value.said) &&
    value.said.every((fact) => typeof fact === 'string' || typeof fact === 'number') &&
    isStringList(value.problems)
  )
}

/**
 * A result is our own engine's, cloned by the browser: the reply's envelope is checked, and the
 * result taken as the engine typed it (explorer-result.ts), not checked again field by field.
 */
function isResult(value: unknown): value is ExplorerResult {
  return isRecord(value)
}

function isExportedFile(value: unknown): value is ExportedFile {
  return (
    isRecord(value) &&
    value.blob instanceof Blob &&
    typeof value.count === 'number' &&
    typeof value.filename === 'string'
  )
}

/** A reply to either request: which one is for the request of its id to say. */
export function isExplorerReply(value: unknown): value is ExplorerReply {
  if (!isRecord(value) || typeof value.id !== 'number') return false
  if (value.ok === true) return isResult(value.result) || isExportedFile(value.file)
  return value.ok === false && isWireError(value.error)
}

export function isProgressMessage(value: unknown): value is ProgressMessage {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    isRecord(value.progress) &&
    typeof value.progress.done === 'number' &&
    typeof value.progress.total === 'number'
  )
}
