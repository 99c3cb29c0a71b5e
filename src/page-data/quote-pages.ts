import { fetchDatasetJson } from '../dataset/fetch-dataset-json'
import { DatasetError } from '../dataset/dataset-error'
import { indexPaths } from '../search/sharded/index-format'
import { isBlock } from '../search/sharded/index-guards'
import type { CountsJson } from '../model/counts'
import type { PageData } from './page-data'

/**
 * A quote page's data is stored once, in the explorer index's record blocks (r/<block>.json,
 * docs/explorer-index.md). What a quote page needs besides its record, the names of the drivers,
 * teams and races it shows and where its record is (`quoteAt`), is in its document's data block
 * and, for a move to it from another page, in a file of many quote pages:
 * data/pages/q/<file>.json, the FNV-1a hash of the id modulo QUOTE_FILES (a host caps a site's
 * files; 50,000 quotes would be 50,000 files). Only files with a page are written: no file, no
 * such quote.
 */
export const QUOTE_FILES = 1024

/** The file holding a quote page's data. */
export function quoteFileOf(quoteId: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < quoteId.length; i++) {
    hash ^= quoteId.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % QUOTE_FILES
}

/** A file of quote pages' data: each page's without its counts, which they share. */
export type QuoteFile = {
  counts: CountsJson
  pages: Record<string, Omit<PageData, 'counts'>>
}

export const quoteFileKey = (file: number) => `q/${file}`

/**
 * Whether the build wrote quote file `file`, by the map /saved's data carries (`quoteFiles`,
 * quote-files.ts): bit `file` of its bytes, in base64. A file not written holds no quote: asking
 * for it would only answer 404.
 */
export function hasQuoteFile(map: string, file: number): boolean {
  const byte = atob(map).charCodeAt(file >> 3)
  return (byte & (1 << (file & 7))) !== 0
}

function isQuoteFile(json: unknown): json is QuoteFile {
  if (typeof json !== 'object' || json === null) return false
  const file: Partial<Record<keyof QuoteFile, unknown>> = json
  return (
    typeof file.counts === 'object' &&
    file.counts !== null &&
    typeof file.pages === 'object' &&
    file.pages !== null
  )
}

/** A quote page's data without its record (the document's data block, a quote file's page). */
export function withoutRecord(data: PageData): PageData {
  if (data.quoteAt === undefined) return data
  return { ...data, slice: { ...data.slice, quotes: [], sources: [] } }
}

/**
 * A quote page's data with its record, from the record block `quoteAt` names; any other page's
 * data as it is. A block that lacks the quote is a DatasetError: a damaged or mixed deploy.
 */
export async function withRecord(
  data: PageData,
  url: (file: string) => string,
  signal?: AbortSignal,
): Promise<PageData> {
  const { quoteAt, explorerIndex } = data
  if (quoteAt === undefined || data.slice.quotes.length > 0) return data
  const blockUrl = url(`data/explorer/${explorerIndex ?? ''}/${indexPaths.block(quoteAt.block)}`)
  const block = await fetchDatasetJson(blockUrl, signal)
  const quote = isBlock(block) ? block.quotes[quoteAt.slot] : undefined
  const source = quote && isBlock(block) && block.sources.find((s) => s.id === quote.sourceId)
  if (!quote || quote.id !== quoteAt.id || !source) {
    throw new DatasetError('invalid', ['noQuote', blockUrl, quoteAt.id])
  }
  return { ...data, slice: { ...data.slice, quotes: [quote], sources: [source] } }
}

/** A quote page's data, from its quote file and its record block; null: no such quote. */
export async function fetchQuotePage(
  quoteId: string,
  url: (file: string) => string,
  signal?: AbortSignal,
): Promise<PageData | null> {
  const fileUrl = url(`data/pages/${quoteFileKey(quoteFileOf(quoteId))}.json`)
  const file = await fetchDatasetJson(fileUrl, signal, { missing: 'undefined' })
  if (file === undefined) return null
  if (!isQuoteFile(file)) throw new DatasetError('invalid', ['damaged', fileUrl])
  const page = Object.hasOwn(file.pages, quoteId) ? file.pages[quoteId] : undefined
  return page ? withRecord({ ...page, counts: file.counts }, url, signal) : null
}

/** The ids of the quotes whose pages quote file `file` holds; none when there is no such file. */
export async function quotePageIds(
  file: number,
  url: (file: string) => string,
  signal?: AbortSignal,
): Promise<ReadonlySet<string>> {
  const fileUrl = url(`data/pages/${quoteFileKey(file)}.json`)
  const json = await fetchDatasetJson(fileUrl, signal, { missing: 'undefined' })
  if (json === undefined) return new Set()
  if (!isQuoteFile(json)) throw new DatasetError('invalid', ['damaged', fileUrl])
  return new Set(Object.keys(json.pages))
}
