import { fold } from './fold'

/** The folded, distinct words of a query: every one must appear for a quote to match. */
export function searchTerms(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/u).filter(Boolean))]
}

export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term))
}
