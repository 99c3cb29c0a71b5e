import type { Quote } from '../data/schema'
import type { DatasetIndex } from '../data/dataset-index'
import type { CitationParts } from '../lib/citation'
import { translationOf } from '../lib/translation'

/** What a citation of `quote` names, from the page's data; the permalink is the caller's. */
export function citationPartsOf(
  index: DatasetIndex,
  quote: Quote,
): Omit<CitationParts, 'permalink'> {
  const source = index.sourceById.get(quote.sourceId)
  return {
    text: quote.text,
    translation: translationOf(quote),
    speaker: index.driverById.get(quote.speakerId)?.name ?? quote.speakerId,
    publisher: source?.publisher ?? quote.sourceId,
    title: source?.title,
    published: source?.published ?? '',
    sourceUrl: source?.url,
  }
}
