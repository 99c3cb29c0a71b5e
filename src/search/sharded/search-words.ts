import { firstAtOrAfter } from '../../lib/sorted'
import { keyHas, nameKey, needleOf, type SearchQuery, type Term } from '../search-query'
import { POINTS, type NamedRecord } from '../search-index'
import { LIST_KINDS, WISHER_KIND, type IndexContext } from './index-format'
import type { TermShard } from './term-shards'

/** Where a word of the search stands in the quotes: ordinal -> its positions, own and source. */
export type Occurrences = Map<number, { own: readonly number[]; source: readonly number[] }>

/** A lookup's key: the word, and whether its starts count. */
export const lookupKey = (word: string, prefix: boolean) => `${prefix ? '^' : '='}${word}`

/** The places in a bucket of the words a lookup stands for: itself, or every word it starts. */
export function wordsStarting(shard: TermShard, word: string, prefix: boolean): number[] {
  const { words } = shard
  const found: number[] = []
  for (let i = firstAtOrAfter(words, word); i < words.length; i++) {
    const candidate = words[i] ?? ''
    if (prefix ? !candidate.startsWith(word) : candidate !== word) break
    found.push(i)
  }
  return found
}

/**
 * The facet lists a term's names give (search-index.ts inNamesOf): a driver's (said by or about
 * them) and the quotes voicing their wishes, a race's, a team's; each with the points it earns.
 */
export function namedBy(context: IndexContext, term: Term) {
  const needle = needleOf(term)
  const lists: { kind: 'd' | 'w' | 't' | 'r'; index: number; points: number }[] = []
  context.drivers.forEach(([, name], index) => {
    if (!keyHas(nameKey([name]), needle)) return
    lists.push({ kind: LIST_KINDS.driver, index, points: POINTS.named })
    lists.push({ kind: WISHER_KIND, index, points: POINTS.named })
  })
  context.teams.forEach(([, name], index) => {
    if (keyHas(nameKey([name]), needle)) {
      lists.push({ kind: LIST_KINDS.team, index, points: POINTS.metadata })
    }
  })
  context.races.forEach(([, names], index) => {
    if (keyHas(nameKey(names), needle)) {
      lists.push({ kind: LIST_KINDS.ambition, index, points: POINTS.named })
    }
  })
  return { lists }
}

/**
 * Whether a quote's own words (or its source's names) hold the term as search-query.ts keyHas
 * reads it: its words one after another, each whole but the last, which may be the start of
 * one. 2 when the last is whole too (keyHasWhole), 1 when only its start, 0 when not there.
 */
export function phraseAt(
  ordinal: number,
  term: Term,
  field: 'own' | 'source',
  tokens: ReadonlyMap<string, string[]>,
  occurrences: ReadonlyMap<string, Occurrences>,
): number {
  const last = term.length - 1
  const at = (token: string) => occurrences.get(token)?.get(ordinal)?.[field] ?? []
  const candidates = (j: number) =>
    j === last ? (tokens.get(lookupKey(term[j] ?? '', true)) ?? []) : [term[j] ?? '']
  let best = 0
  for (const first of candidates(0)) {
    for (const start of at(first)) {
      if (last === 0) {
        best = Math.max(best, first === term[0] ? 2 : 1)
        continue
      }
      let ok = true
      for (let j = 1; j < last && ok; j++) ok = at(term[j] ?? '').includes(start + j)
      if (!ok) continue
      for (const end of candidates(last)) {
        if (at(end).includes(start + last)) best = Math.max(best, end === term[last] ? 2 : 1)
      }
    }
  }
  return best
}

/** Drivers, races and teams whose own names match the whole search (search-index.ts recordsNamed). */
export function namedRecords(
  context: IndexContext,
  query: SearchQuery,
  max: number,
): NamedRecord[] {
  if (query.include.length === 0) return []
  const include = query.include.map(needleOf)
  const exclude = query.exclude.map(needleOf)
  const named = (names: string[]) => {
    const key = nameKey(names)
    return include.every((needle) => keyHas(key, needle)) && !exclude.some((n) => keyHas(key, n))
  }
  const found: NamedRecord[] = []
  const kinds = [
    ['driver', context.drivers.map(([id, name]) => [id, [name]] as const)],
    ['race', context.races],
    ['team', context.teams.map(([id, name]) => [id, [name]] as const)],
  ] as const
  for (const [kind, records] of kinds) {
    for (const [id, names] of records) {
      if (found.length >= max) return found
      if (named([...names])) found.push({ kind, id })
    }
  }
  return found
}
