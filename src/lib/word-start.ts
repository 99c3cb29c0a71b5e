import { fold } from './fold'

// Two ways to match at the start of words, one module: a list's filter box takes its words in
// any order (wordStartMatcher); a facet's combobox takes the typed text as one run of words
// (wordStartKey + startsAWord), so "zoe ann ol" narrows as it is typed.

/**
 * Text folded for matching at the start of its words: case, accents and punctuation aside,
 * "Zoë-Ann Ölund" becomes " zoe ann olund". Made once per label, not once per keystroke.
 */
export function wordStartKey(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`
}

/**
 * Whether the typed text starts at one of the label's words: "olu", "zoe ann ol" and
 * "zoe ann" match, "lund" does not. Both sides are wordStartKey()s; blank text matches all.
 */
export function startsAWord(labelKey: string, typedKey: string): boolean {
  return typedKey === ' ' || labelKey.includes(typedKey)
}

const NOT_A_WORD = /[^\p{L}\p{N}]+/u

/** The folded words of a text: letters and digits, split at anything else. */
function wordsOf(text: string): string[] {
  return fold(text).split(NOT_A_WORD).filter(Boolean)
}

/**
 * A test of names against a query: every word of the query starts a word of one of the names,
 * ignoring case and accents. "olu" and "zoe" find "Zoë-Ann Ölund"; "zoe ann" and
 * "Zoë-Ann" find it too; "und" does not (it is inside "Ölund"). A blank query
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
