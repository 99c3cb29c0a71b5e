import { fold } from './fold'
import { keyHas, nameKey, needleOf, NOT_A_WORD, parseSearch } from './search-query'

// Two ways to match at the start of words, one module: a list's filter box reads its query as
// the search box does (wordStartMatcher); a facet's combobox takes the typed text as one run of
// words (wordStartKey + startsAWord), so "zoe ann ol" narrows as it is typed.

/**
 * Text folded for matching at the start of its words: case, accents and punctuation aside,
 * "Zoë-Ann Ölund" becomes " zoe ann olund". Made once per label, not once per keystroke.
 */
export function wordStartKey(text: string): string {
  return ` ${fold(text).replace(NOT_A_WORD, ' ').trim()}`
}

/**
 * Whether the typed text starts at one of the label's words: "olu", "zoe ann ol" and
 * "zoe ann" match, "lund" does not. Both sides are wordStartKey()s; blank text matches all.
 */
export function startsAWord(labelKey: string, typedKey: string): boolean {
  return typedKey === ' ' || labelKey.includes(typedKey)
}

/**
 * A test of names against a query, by the search box's rules (search-query.ts): every word of
 * the query starts a word of one of the names, ignoring case and accents; `"phrases"` and
 * `-exclusions` work as there. "olu" and "zoe" find "Zoë-Ann Ölund"; "zoe ann" and "Zoë-Ann" find
 * it too; "und" does not (it is inside "Ölund"). A blank query matches everything.
 */
export function wordStartMatcher(query: string): (names: readonly string[]) => boolean {
  const { include, exclude } = parseSearch(query)
  if (include.length + exclude.length === 0) return () => true
  const wanted = include.map(needleOf)
  const unwanted = exclude.map(needleOf)
  return (names) => {
    const key = nameKey(names)
    return wanted.every((n) => keyHas(key, n)) && !unwanted.some((n) => keyHas(key, n))
  }
}
