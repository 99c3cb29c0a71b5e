import { pageAt } from '../urls/url-table'
import type { SitePage } from './page-data'
import {
  QUOTE_FILES,
  quoteFileKey,
  quoteFileOf,
  withoutRecord,
  type QuoteFile,
} from './quote-pages'

// Build time only (and the dev server, the tests): the browser reads what this writes.

/**
 * The quote pages' data, many pages to a file (quote-pages.ts), each without its record: the
 * record is in the explorer index's blocks. Keyed by the file's name under data/pages/; only
 * files that hold a page.
 */
export function quoteFilesOf(pages: readonly SitePage[]): Map<string, QuoteFile> {
  const out = new Map<string, QuoteFile>()
  for (const { path, data } of pages) {
    const page = pageAt(path)
    if (page?.type !== 'quote' || page.id === undefined) continue
    const key = quoteFileKey(quoteFileOf(page.id))
    let file = out.get(key)
    if (!file) out.set(key, (file = { counts: data.counts, pages: {} }))
    const { slice, explorerIndex, quoteAt } = withoutRecord(data)
    file.pages[page.id] = { slice, explorerIndex, quoteAt }
  }
  return out
}

/**
 * Which quote files the build writes, in /saved's data (its quotes are the reader's; this says
 * which of them the dataset still has, hasQuoteFile): one bit a file, set when one of `quotes`
 * is in it, as base64 (1,024 files: 128 bytes, 172 characters).
 */
export function quoteFilesMap(quotes: Iterable<{ id: string }>): string {
  const bytes = new Uint8Array(QUOTE_FILES / 8)
  for (const { id } of quotes) {
    const file = quoteFileOf(id)
    bytes[file >> 3] = (bytes[file >> 3] ?? 0) | (1 << (file & 7))
  }
  return btoa(String.fromCharCode(...bytes))
}
