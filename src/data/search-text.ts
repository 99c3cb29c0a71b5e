import { fold } from '../lib/fold'
import type { DatasetIndex, QuoteEntry } from './dataset-index'

/**
 * What search matches a quote against, folded on first use and kept: a dataset of 50,000
 * quotes shows its first page without folding 20 MB of text first (warmSearch does it later).
 */
export function searchTextOf(entry: QuoteEntry): string {
  if (entry.searchText === undefined) {
    const { quote } = entry
    let text = quote.text
    if (quote.translations) for (const t of Object.values(quote.translations)) text += `\n${t}`
    if (quote.context) text += `\n${quote.context}`
    entry.searchText = fold(`${text}\n${entry.speakerName}`)
  }
  return entry.searchText
}

/** Folds every quote's search text in small slices of idle time, ahead of the first search. */
export function warmSearch(index: DatasetIndex, slice = 2000): () => void {
  let next = 0
  let handle = 0
  const idle = (run: () => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(run, { timeout: 1000 })
      : window.setTimeout(run, 0)
  const step = () => {
    const end = Math.min(next + slice, index.entries.length)
    for (; next < end; next++) {
      const entry = index.entries[next]
      if (entry) searchTextOf(entry)
    }
    if (next < index.entries.length) handle = idle(step)
  }
  handle = idle(step)
  return () => {
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle)
    window.clearTimeout(handle)
    next = index.entries.length
  }
}
