import type { Source } from '../../dataset/schema'
import { exportOf } from '../engine/download'
import { exportRowOf, type ExportFormat, type ExportNames } from '../export-quotes'
import { isBlock } from '../sharded/index-guards'
import { IndexFileError, indexPaths } from '../sharded/index-format'
import type { ViewResults } from '../sharded/sharded-engine'
import type { DownloadOptions, ExportedFile } from '../worker/explorer-protocol'
import { streamRows, type LoadBlock } from './stream-rows'

/** Fetches a file of the index (its path under the index's folder), parsed. */
export type LoadFile = (path: string, signal?: AbortSignal) => Promise<unknown>

/**
 * Record blocks asked for at once: enough to keep the connection busy, few enough to leave the
 * page's own requests room (a browser opens 6 connections to a host over HTTP/1.1).
 */
export const BLOCKS_IN_FLIGHT = 6

/** What a download asks: the file's format, the site's address, the view's. */
export type DownloadAsk = { format: ExportFormat; base: string; viewUrl: string }

/**
 * A view's results as a file, streamed from the index's record blocks (docs/explorer-index.md):
 * written as the blocks come in, saying how far it got after each 1% of the rows.
 */
export async function streamDownload(
  { filters, ordinals, start }: ViewResults,
  raceLabels: readonly string[],
  loadFile: LoadFile,
  { format, base, viewUrl }: DownloadAsk,
  { onProgress, signal }: DownloadOptions = {},
): Promise<ExportedFile> {
  const total = ordinals.length
  const { writer, filename } = exportOf(filters, total, format, viewUrl)
  const driverNames = new Map(start.drivers.map(([id, name]) => [id, name]))
  const labels = new Map(start.races.map(([id], i) => [id, raceLabels[i]]))
  const namesWith = (sources: ReadonlyMap<string, Source>): ExportNames => ({
    driverName: (id) => driverNames.get(id),
    raceLabel: (id) => labels.get(id),
    source: (id) => sources.get(id),
  })
  const loadBlock: LoadBlock = async (block, blockSignal) => {
    const path = indexPaths.block(block)
    const json = await loadFile(path, blockSignal)
    if (!isBlock(json)) throw new IndexFileError(`The explorer's index file ${path} is damaged.`)
    return json
  }
  const step = Math.max(1, Math.floor(total / 100))
  let said = 0
  onProgress?.({ done: 0, total })
  const rows = await streamRows(ordinals, {
    blockSize: start.sizes.block,
    inFlight: BLOCKS_IN_FLIGHT,
    loadBlock,
    render: (quote, sources, i) => writer.row(exportRowOf(namesWith(sources), quote, base), i),
    onRows: (done) => {
      if (done - said < step && done < total) return
      said = done
      onProgress?.({ done, total })
    },
    ...(signal && { signal }),
  })
  return { blob: new Blob([writer.head, ...rows, writer.tail]), count: total, filename }
}

/**
 * The share of the record blocks past which the whole dataset is fewer bytes: on the generated
 * archive at 50,000 quotes the blocks, each compressed on its own and with the sources its quotes
 * cite, weigh 1.41 times the whole file (gzip), and each is a request (docs/explorer-index.md).
 */
const BLOCKS_SHARE_MAX = 0.7

/** Whether a view's results cost fewer bytes from the record blocks than from the whole dataset. */
export function blocksCostLess({ ordinals, start }: ViewResults): boolean {
  const size = start.sizes.block
  const needed = new Set(ordinals.map((ordinal) => Math.floor(ordinal / size))).size
  return needed <= BLOCKS_SHARE_MAX * Math.ceil(start.quotes / size)
}
