import { fold } from '../lib/fold'
import type { QuoteEntry } from './dataset-index'

/**
 * What search matches a quote against, folded on first use and kept: the explorer's engine
 * answers its first filter without folding 20 MB of text first.
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
