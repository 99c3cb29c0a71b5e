import type { Quote } from '../dataset/schema'
import type { DatasetIndex } from '../model/dataset-index'
import type { CitationParts } from './citation'
import { translationOf } from '../format/translation'

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
