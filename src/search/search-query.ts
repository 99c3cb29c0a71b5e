import { fold } from './fold'
import type { Sort } from '../urls/explorer-params'

/**
 * One search term: folded words that must follow each other in a field, the last of which may
 * be the start of a word. A plain word is a term of one; `"cote rouge"` is a phrase of two.
 */
export type Term = readonly string[]

/** A search: every `include` term must match, no `exclude` term may. */
export type SearchQuery = { include: readonly Term[]; exclude: readonly Term[] }

/**
 * A word is a run of letters and digits; anything else is between words. Global, for `replace`
 * and `matchAll` (which leave `lastIndex` as they found it); `split` ignores the flag.
 */
export const WORD = /[\p{L}\p{N}]+/gu
export const NOT_A_WORD = /[^\p{L}\p{N}]+/gu

/** The folded words of a text: runs of letters and digits, split at anything else. */
export function wordsOf(text: string): string[] {
  return fold(text).split(NOT_A_WORD).filter(Boolean)
}

// An optional "-", then a "quoted phrase" (closed or not yet) or a run of other characters.
const TOKEN = /(-?)(?:"([^"]*)"?|([^\s"]+))/gu

/**
 * Reads what was typed: words (`jean-eric` is the two words of `jean eric`), `"phrases"`, and
 * `-exclusions` (`-jean-eric` leaves out the phrase). Case, accents and punctuation aside.
 */
export function parseSearch(q: string): SearchQuery {
  const include: Term[] = []
  const exclude: Term[] = []
  for (const [, minus, phrase, token] of q.matchAll(TOKEN)) {
    const words = wordsOf(phrase ?? token ?? '')
    if (words.length === 0) continue
    if (minus) exclude.push(words)
    else if (phrase !== undefined) include.push(words)
    else for (const word of words) include.push([word])
  }
  return { include: distinct(include), exclude: distinct(exclude) }
}

function distinct(terms: readonly Term[]): Term[] {
  const seen = new Set<string>()
  return terms.filter((term) => {
    const key = term.join(' ')
    return !seen.has(key) && Boolean(seen.add(key))
  })
}

/** A search is under way when some term must match: exclusions alone only narrow the list. */
export function isSearching(search: SearchQuery): boolean {
  return search.include.length > 0
}

/** The order the results come in: the one asked for, where it applies, else the default. */
export function sortOf(asked: Sort | null, search: SearchQuery): Sort {
  const searching = isSearching(search)
  if (asked === null) return searching ? 'relevance' : 'newest'
  return asked === 'relevance' && !searching ? 'newest' : asked
}

/**
 * Text as search reads it, one line per field: each word folded and between spaces, so a term
 * starts a word where ` term` occurs, and a phrase's words follow each other within one field.
 */
export function searchKey(fields: readonly (string | undefined)[]): string {
  let key = ''
  for (const field of fields) {
    if (field === undefined) continue
    const words = spaced(fold(field))
    if (words !== '') key += ` ${words} \n`
  }
  return key
}

const NON_ASCII = /[^\0-\x7F]/
const NOT_A_WORD_ASCII = /[^a-z0-9]+/g

/** Folded text's words with one space between them: what wordsOf gives, joined, made faster. */
function spaced(folded: string): string {
  // Most text is ASCII: a plain character class is several times faster than Unicode classes.
  const pattern = NON_ASCII.test(folded) ? NOT_A_WORD : NOT_A_WORD_ASCII
  return folded.replace(pattern, ' ').trim()
}

/**
 * A name as search reads it: its words, and also its words run together from each one on, so
 * `coterouge` finds "Côte Rouge" and `zoeann` "Zoë-Ann Ölund" (highlightSegments' `joined`).
 */
export function nameKey(names: readonly (string | undefined)[]): string {
  let key = searchKey(names)
  for (const name of names) {
    if (name === undefined) continue
    const words = wordsOf(name)
    if (words.length < 2) continue
    const runs = words.slice(0, -1).map((_, i) => words.slice(i).join(''))
    key += ` ${runs.join(' ')} \n`
  }
  return key
}

/** What a key is searched for: ` cote rouge` for the phrase, so that it starts at a word. */
export function needleOf(term: Term): string {
  return ` ${term.join(' ')}`
}

/** Whether the term starts a word (or, a phrase, a run of words) of the key. */
export function keyHas(key: string, needle: string): boolean {
  return key.includes(needle)
}

/** Whether the key has the term as whole words, not only as the start of one: `whole` is the
 * needle and a space after it. */
export function keyHasWhole(key: string, whole: string): boolean {
  return key.includes(whole)
}
