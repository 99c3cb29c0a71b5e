import { highlightSegments } from '../lib/highlight'

type HighlightedTextProps = { text: string; terms: readonly string[] }

/** Text with search matches in <mark>; every piece is rendered as text, never as markup. */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  if (terms.length === 0) return text
  return highlightSegments(text, terms).map((segment, i) =>
    segment.match ? <mark key={i}>{segment.text}</mark> : segment.text,
  )
}
