import type { SearchIndex } from './search-index'
import { textKeyOf } from './search-index'
import { firstAtOrAfter } from '../lib/sorted'
import { editDistance } from './edit-distance'
import { fold } from './fold'
import { WORD, type SearchQuery, type Term } from './search-query'

/** Every word of a dataset, folded, with how often it occurs and how to write it back. */
export type Vocabulary = {
  /** Folded words, sorted: the words a prefix starts are one run of it. */
  words: readonly string[]
  count: ReadonlyMap<string, number>
  /** As a name writes it ("Ölund"), else as folded. */
  display: ReadonlyMap<string, string>
}

export function buildVocabulary(search: SearchIndex): Vocabulary {
  const count = new Map<string, number>()
  const display = new Map<string, string>()
  const add = (word: string) => count.set(word, (count.get(word) ?? 0) + 1)
  for (const entry of search.index.entries) {
    for (const word of textKeyOf(entry).split(/[ \n]+/)) if (word) add(word)
  }
  const { drivers, teams, races } = search.index
  const names = [
    ...drivers.map((d) => d.name),
    ...teams.map((t) => t.name),
    ...races.flatMap((r) => [r.name, r.shortName, r.nickname, r.venue]),
    ...[...search.index.sourceById.values()].flatMap((s) => [s.publisher, s.title]),
  ]
  for (const name of names) {
    for (const [word] of (name ?? '').matchAll(WORD)) {
      const folded = fold(word)
      if (!display.has(folded)) display.set(folded, word)
      // A name counts for every quote it is on: found that often, worth suggesting.
      count.set(folded, Math.max(count.get(folded) ?? 0, 1) + search.index.entries.length)
    }
  }
  return { words: [...count.keys()].sort(), count, display }
}

/** How often the vocabulary has words starting with `prefix`, counted up to `enough`. */
function occurrences(vocabulary: Vocabulary, prefix: string, enough: number): number {
  const { words, count } = vocabulary
  const low = firstAtOrAfter(words, prefix)
  let total = 0
  for (let i = low; i < words.length && total < enough; i++) {
    const word = words[i] ?? ''
    if (!word.startsWith(prefix)) break
    total += count.get(word) ?? 0
  }
  return total
}

/** The vocabulary's closest word to a word few or no quotes have, if one is much more common. */
function closest(vocabulary: Vocabulary, word: string, found: number): string | undefined {
  if (word.length < 3 || /^\d+$/.test(word)) return undefined
  const max = word.length <= 4 ? 1 : 2
  const letter = firstLetter(word)
  let best: { word: string; distance: number; count: number } | undefined
  for (const candidate of vocabulary.words) {
    // A slip of the first letter is rare: the explorer's index keeps its words by first letter.
    if (firstLetter(candidate) !== letter) continue
    if (Math.abs(candidate.length - word.length) > max && candidate.length < word.length) continue
    // As typed so far: "exmap" is one from the start of "example".
    const whole = editDistance(word, candidate, max)
    const start =
      candidate.length > word.length
        ? editDistance(word, candidate.slice(0, word.length), max) + 0.5
        : max + 1
    const distance = Math.min(whole, start)
    if (distance > max) continue
    const count = vocabulary.count.get(candidate) ?? 0
    if (count < Math.max(1, found) * 5) continue
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count }
    }
  }
  return best?.word
}

/** A folded word's first letter (code point): the words "did you mean" weighs against it share it. */
export function firstLetter(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0)
}

/** Results this few or fewer count as "very little": a rare word may then be a typo. */
export const FEW_RESULTS = 3

/**
 * "Did you mean": the search written out again with each word that starts no word of the dataset
 * (or, when the search finds very little, each rare word) replaced by the closest much more common
 * one, as a name writes it. Undefined when there is nothing better to offer.
 */
export function suggestSearch(
  vocabulary: Vocabulary,
  query: SearchQuery,
  resultCount: number,
): string | undefined {
  if (resultCount > FEW_RESULTS) return undefined
  let changed = false
  const fix = (term: Term): string[] =>
    term.map((word) => {
      if (occurrences(vocabulary, word, FEW_RESULTS + 1) > FEW_RESULTS) return word
      const better = closest(vocabulary, word, occurrences(vocabulary, word, FEW_RESULTS + 1))
      if (better === undefined) return word
      changed = true
      return vocabulary.display.get(better) ?? better
    })
  const write = (words: readonly string[]) =>
    words.length > 1 ? `"${words.join(' ')}"` : (words[0] ?? '')
  const text = [
    ...query.include.map((term) => write(fix(term))),
    ...query.exclude.map((term) => `-${write(term)}`),
  ].join(' ')
  return changed ? text : undefined
}
