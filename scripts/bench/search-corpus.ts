/**
 * What the search-library benchmark searches, and the reference it checks every contender
 * against: the `q=` rule of the data contract written out plainly (not the app's code, which the
 * benchmark measures and can disagree with the contract).
 */
import { fold } from '../../src/search/fold'
import type { Dataset } from '../../src/dataset/schema'

/** Where one searchable word ends and the next begins: anything but a letter or a digit. */
export const NOT_A_WORD = /[^\p{L}\p{N}]+/u

export function wordsOf(text: string): string[] {
  return fold(text).split(NOT_A_WORD).filter(Boolean)
}

/** Where a field of searchDocs() ends: a word no term starts, so no phrase runs across it. */
const FIELD_END = '\n'

/** A searchDocs() text's words, with a FIELD_END between its fields. */
export function docWordsOf(doc: string): string[] {
  return doc
    .split(FIELD_END)
    .flatMap((field, i) => [...(i > 0 ? [FIELD_END] : []), ...wordsOf(field)])
}

/**
 * Each quote's searched fields as one text, in dataset order (as the contract lists them): text,
 * translations, context, speaker and about-drivers' names, ambition races (name, short name,
 * nickname, venue), the teams of the drivers it concerns, source publisher and title. A line
 * between fields (none inside one), so no phrase runs across two of them.
 */
export function searchDocs(dataset: Dataset): string[] {
  const drivers = new Map(dataset.drivers.map((d) => [d.id, d]))
  const teams = new Map(dataset.teams.map((t) => [t.id, t.name]))
  const races = new Map(dataset.races.map((r) => [r.id, r]))
  const sources = new Map(dataset.sources.map((s) => [s.id, s]))
  return dataset.quotes.map((quote) => {
    const concerned = [quote.speakerId, ...quote.aboutDriverIds].map((id) => drivers.get(id))
    const teamIds = new Set(concerned.flatMap((d) => d?.affiliations.map((a) => a.teamId) ?? []))
    const raceIds = new Set(quote.ambitions.map((a) => a.raceId))
    const source = sources.get(quote.sourceId)
    return [
      quote.text,
      ...Object.values(quote.translations ?? {}),
      quote.context,
      ...concerned.map((d) => d?.name),
      ...[...raceIds].flatMap((id) => {
        const race = races.get(id)
        return [race?.name, race?.shortName, race?.nickname, race?.venue]
      }),
      ...[...teamIds].map((id) => teams.get(id)),
      source?.publisher,
      source?.title,
    ]
      .filter(Boolean)
      .map((field) => field?.replaceAll(FIELD_END, ' '))
      .join(FIELD_END)
  })
}

/** A query as the contract reads it. Every list of words is folded. */
export type ParsedQuery = {
  /** Every word that must start a word of the quote, phrases' words included. */
  terms: string[]
  /** `"two words"`: words that must also start adjacent words, in order. */
  phrases: string[][]
  /** `-word`: none of these (each a run of words) may occur. */
  excluded: string[][]
}

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [] }
  for (const [, minus, quoted, bare] of q.matchAll(/(-?)(?:"([^"]*)"?|(\S+))/gu)) {
    const words = wordsOf(quoted ?? bare ?? '')
    if (words.length === 0) continue
    if (minus) parsed.excluded.push(words)
    else {
      parsed.terms.push(...words)
      if (quoted !== undefined && words.length > 1) parsed.phrases.push(words)
    }
  }
  parsed.terms = [...new Set(parsed.terms)]
  return parsed
}

/** Whether the words, in order, start adjacent words of `words`. */
export function hasRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, k) => words[i + k]?.startsWith(word))) return true
  }
  return false
}

/** Whether a quote's words keep the phrases and exclusions (its terms are found already). */
export function keepsPhrasesAndExclusions(words: readonly string[], query: ParsedQuery): boolean {
  return (
    query.phrases.every((run) => hasRun(words, run)) &&
    !query.excluded.some((run) => hasRun(words, run))
  )
}

/** The contract's answer to a query: indices of the matching docs, ascending. */
export function referenceSearch(docWords: readonly (readonly string[])[], q: string): number[] {
  const query = parseQuery(q)
  if (query.terms.length === 0) return []
  const found: number[] = []
  docWords.forEach((words, i) => {
    const hasAll = query.terms.every((term) => words.some((word) => word.startsWith(term)))
    if (hasAll && keepsPhrasesAndExclusions(words, query)) found.push(i)
  })
  return found
}
