/**
 * The `q=` search of docs/data-format.md ("What the filters mean", Search), written out plainly:
 * no keys, no needles, no index, nothing of the app's search code (src/lib/fold.ts,
 * src/search/search-query.ts, src/search/search-index.ts), so that property tests can hold the app to
 * the contract. Slow on purpose: it reads every field of every quote for every term.
 */
import type { Dataset, Quote } from '../../src/dataset/schema'

/** Format characters that are there but not seen: soft hyphen, zero widths, direction marks. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu
const MARK = /\p{M}/gu

/**
 * Case and accents ignored: compatibility forms decomposed ("ﬁ" is "fi"), accents and invisible
 * characters dropped, lower case, and Greek final sigma read as sigma (as case folding does).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARK, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replaceAll('ς', 'σ')
}

/** A text's folded words: runs of letters and digits; anything else ends a word. */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** One thing a quote's card shows. Names (of drivers, teams, races, sources) also match run together. */
export type Field = { text: string; name: boolean }

/**
 * Everything search reads of a quote: its text, translations and context; the names of its
 * speaker, the drivers it is about and the drivers whose ambitions it voices; the teams of the
 * speaker and the drivers it is about; its ambitions' races (name, short name, nickname,
 * venue); its source's publisher and title. Never descriptions, roles, categories or ids.
 */
export function searchedFields(dataset: Dataset, quote: Quote): Field[] {
  const driver = (id: string) => dataset.drivers.filter((d) => d.id === id)
  const concerned = [quote.speakerId, ...quote.aboutDriverIds].flatMap(driver)
  const voicing = quote.ambitions.flatMap((ambition) => driver(ambition.driverId))
  const teamIds = new Set(concerned.flatMap((d) => d.affiliations.map((a) => a.teamId)))
  const raceIds = new Set(quote.ambitions.map((ambition) => ambition.raceId))
  const races = dataset.races.filter((race) => raceIds.has(race.id))
  const source = dataset.sources.find((s) => s.id === quote.sourceId)
  const text = (t: string | undefined): Field[] =>
    t === undefined ? [] : [{ text: t, name: false }]
  const name = (t: string | undefined): Field[] =>
    t === undefined ? [] : [{ text: t, name: true }]
  return [
    ...text(quote.text),
    ...Object.values(quote.translations ?? {}).flatMap(text),
    ...text(quote.context),
    ...[...concerned, ...voicing].flatMap((d) => name(d.name)),
    ...dataset.teams.filter((team) => teamIds.has(team.id)).flatMap((team) => name(team.name)),
    ...races.flatMap((race) =>
      [race.name, race.shortName, race.nickname, race.venue].flatMap(name),
    ),
    ...name(source?.publisher),
    ...name(source?.title),
  ]
}

/**
 * One thing to look for: folded words that must be adjacent words of one field, all whole but
 * the last, which may be the start of a word. A plain word is a term of one word.
 */
export type Term = readonly string[]

/** A search as typed, read: every `include` term must match, no `exclude` term may. */
export type ReadQuery = {
  include: Term[]
  exclude: Term[]
  /** Typed, but without a letter or digit (`%`, `😀`): nothing to look for, so nothing found. */
  wordless: boolean
}

/**
 * Reads a search. Each piece is an optional `-`, then a `"phrase"` (its closing quote may not be
 * typed yet) or a run of characters that are neither spaces nor double quotes. A plain piece
 * gives one term per word (`jean-eric` is `jean eric`), a phrase one term of all its words, and
 * `-` leaves out the piece's words as one term (`-jean-eric` and `-"jean eric"` alike).
 */
export function readQuery(q: string): ReadQuery {
  const query: ReadQuery = { include: [], exclude: [], wordless: false }
  for (const [, minus, phrase, plain] of q.matchAll(/(-?)(?:"([^"]*)"?|([^\s"]+))/gu)) {
    const words = wordsOf(phrase ?? plain ?? '')
    if (words.length === 0) continue
    if (minus === '-') query.exclude.push(words)
    else if (phrase !== undefined) query.include.push(words)
    else query.include.push(...words.map((word) => [word]))
  }
  query.wordless = q.trim() !== '' && query.include.length + query.exclude.length === 0
  return query
}

/**
 * Whether a term matches a field: its words are adjacent words of the field, the last as the
 * start of a word. In a name, a one-word term may also start the name's words run together
 * from one of them on (`lemans` finds "Le Mans", `jeaneric` "Jean-Éric Vergne").
 */
export function fieldHas(field: Field, term: Term): boolean {
  const words = wordsOf(field.text)
  const last = term.length - 1
  return words.some((_, at) => {
    const adjacent = term.every((word, k) => {
      const fieldWord = words[at + k]
      if (fieldWord === undefined) return false
      return k === last ? fieldWord.startsWith(word) : fieldWord === word
    })
    const runTogether =
      field.name &&
      term.length === 1 &&
      words
        .slice(at)
        .join('')
        .startsWith(term[0] ?? '')
    return adjacent || runTogether
  })
}

/**
 * Whether the quote is found by the search `q`. A blank `q` is no search: every quote. A search
 * of only `-exclusions` keeps every quote that has none of them.
 */
export function quoteMatches(dataset: Dataset, quote: Quote, q: string): boolean {
  const { include, exclude, wordless } = readQuery(q)
  if (wordless) return false
  const fields = searchedFields(dataset, quote)
  const has = (term: Term) => fields.some((field) => fieldHas(field, term))
  return include.every(has) && !exclude.some(has)
}
