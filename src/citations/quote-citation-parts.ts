import type { Quote } from '../dataset/schema'
import type { DatasetIndex } from '../model/dataset-index'
import type { CitationParts } from './citation'
import { translationOf } from '../format/translation'

/**
 * What a citation of a quote names, and the languages of its words that are the source's own:
 * the quote's text and the source's title (a page in another language marks them with `lang`).
 */
export type CitedQuote = Omit<CitationParts, 'permalink'> & {
  languages: { text: string; title: string | undefined }
}

/** What a citation of `quote` names, from the page's data; the permalink is the caller's. */
export function citationPartsOf(index: DatasetIndex, quote: Quote): CitedQuote {
  const source = index.sourceById.get(quote.sourceId)
  return {
    languages: { text: quote.language, title: source?.language },
    text: quote.text,
    translation: translationOf(quote),
    speaker: index.driverById.get(quote.speakerId)?.name ?? quote.speakerId,
    publisher: source?.publisher ?? quote.sourceId,
    title: source?.title,
    published: source?.published ?? '',
    sourceUrl: source?.url,
  }
}
