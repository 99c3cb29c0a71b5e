import { highlightSegments } from '../../search/highlight'
import type { Term } from '../../search/search-query'

type HighlightedTextProps = {
  text: string
  terms: readonly Term[]
  /** A name: a term may run on over its words ("coterouge" marks "Côte Rouge"), as search reads it. */
  name?: boolean
}

/** Text with search matches in <mark>; every piece is rendered as text, never as markup. */
export function HighlightedText({ text, terms, name = false }: HighlightedTextProps) {
  if (terms.length === 0) return text
  return highlightSegments(text, terms, { joined: name }).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
  )
}
