import { fold } from './fold'

const NOT_A_WORD = /[^\p{L}\p{N}]+/u

/** The folded words of a text: letters and digits, split at anything else. */
function wordsOf(text: string): string[] {
  return fold(text).split(NOT_A_WORD).filter(Boolean)
}

/**
 * A test of names against a query: every word of the query starts a word of one of the names,
 * ignoring case and accents. "lecl" and "charles" find "Charles Leclerc"; "jean eric" and
 * "Jean-Éric" find "Jean-Eric Vergne"; "les" does not (it is inside "Charles"). A blank query
 * matches everything.
 */
export function wordStartMatcher(query: string): (names: readonly string[]) => boolean {
  const terms = wordsOf(query)
  if (terms.length === 0) return () => true
  return (names) => {
    const words = names.flatMap(wordsOf)
    return terms.every((term) => words.some((word) => word.startsWith(term)))
  }
}
