import { pageAt } from '../urls/url-table'
import type { SitePage } from './page-data'
import { quoteFileKey, quoteFileOf, withoutRecord, type QuoteFile } from './quote-pages'

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
