import type { SearchQuery, Term } from '../search-query'
import { POINTS } from '../search-index'
import { LIST_KINDS, type Code, type IndexContext } from './index-format'
import { lookupKey, namedBy, phraseAt, wordsStarting, type Occurrences } from './search-words'
import { facetList, wordList, type Entries, type IndexReader, type ListRef } from './index-reader'
import { bucketOf, shardOf, SHARD_LETTERS } from './term-shards'
import { isLetter, letterLists, letterPoints } from '../letters/letter-reader'

/**
 * What a search finds, read from the term index: each quote's relevance, and the codes of those
 * it had at hand (a common word's list leaves them to the code blocks); `single`, when what it
 * finds is exactly one word's list, whose head counts it.
 */
export type SearchFound = {
  scores: Map<number, number>
  codes: Map<number, Code>
  single?: ListRef
}

/** A word of the search as looked up: exact, or (the last word of a term) any word it starts. */
type Lookup = { word: string; prefix: boolean }

/**
 * The quotes a search finds, and how well, from the index: the words' postings (in their
 * buckets, or lists of their own) and the facet lists of the drivers, teams and races whose
 * names it matches. Undefined when the index cannot answer it for less than the whole dataset
 * costs: a word cut to one letter starts too many words, and lists longer than `budget`
 * entries in all are cheaper read whole.
 */
export async function findBySearch(
  reader: IndexReader,
  context: IndexContext,
  query: SearchQuery,
  budget: number,
): Promise<SearchFound | undefined> {
  const terms = [...query.include, ...query.exclude]
  // The words typed, as one phrase, need the positions of every word: a letter's lists have none.
  if (query.include.length > 1 && query.include.some(isLetter)) return undefined
  const lookups = terms
    .filter((term) => !isLetter(term))
    .flatMap((term) => term.map((word, i): Lookup => ({ word, prefix: i === term.length - 1 })))
  if (lookups.some(({ word, prefix }) => prefix && [...word].length < SHARD_LETTERS)) {
    return undefined
  }
  const bucketIndexes = [
    ...new Set(lookups.map(({ word }) => bucketOf(shardOf(word), context.buckets))),
  ]
  const buckets = new Map(
    await Promise.all(bucketIndexes.map(async (b) => [b, await reader.bucket(b)] as const)),
  )
  // The words each lookup stands for, by bucket and place in it.
  const words = new Map<string, { bucket: number; at: number; n: number }>()
  const tokens = new Map<string, string[]>()
  for (const { word, prefix } of lookups) {
    const bucket = bucketOf(shardOf(word), context.buckets)
    const shard = buckets.get(bucket)
    const found = shard ? wordsStarting(shard, word, prefix) : []
    tokens.set(
      lookupKey(word, prefix),
      found.map((at) => shard?.words[at] ?? ''),
    )
    for (const at of found) {
      words.set(shard?.words[at] ?? '', { bucket, at, n: shard?.counts[at] ?? 0 })
    }
  }
  // A letter's lists score the names it starts too: no facet list to read for it.
  const named = terms.map((term) => (isLetter(term) ? { lists: [] } : namedBy(context, term)))
  const lists = named.flatMap((name) => name.lists)
  const letters = new Map(
    await Promise.all(
      terms.filter(isLetter).map(async ([letter = '']) => {
        return [letter, await letterLists(reader, context, letter)] as const
      }),
    ),
  )
  const cost =
    [...words.values()].reduce((sum, { n }) => sum + n, 0) +
    lists.reduce((sum, { kind, index }) => sum + (context.counts[kind][index] ?? 0), 0) +
    [...letters.values()].reduce((sum, found) => sum + (found?.head.n ?? 0), 0)
  if (cost > budget) return undefined
  const lettered = new Map(
    await Promise.all(
      [...letters].map(async ([letter, found]) => {
        return [
          letter,
          found ? await letterPoints(reader, found) : new Map<number, number>(),
        ] as const
      }),
    ),
  )

  const codes = new Map<number, Code>()
  const occurrences = new Map<string, Occurrences>()
  await Promise.all(
    [...words].map(async ([token, { bucket, at }]) => {
      const postings = await reader.postings(bucket, at)
      const byOrdinal: Occurrences = new Map()
      postings.ordinals.forEach((ordinal, i) => {
        const code = postings.codes[i]
        if (code) codes.set(ordinal, code)
        byOrdinal.set(ordinal, { own: postings.own[i] ?? [], source: postings.source[i] ?? [] })
      })
      occurrences.set(token, byOrdinal)
    }),
  )
  const listEntries = new Map<string, Entries>()
  await Promise.all(
    lists.map(async ({ kind, index }) => {
      const entries = await reader.whole(facetList(kind, index))
      entries.ordinals.forEach((ordinal, i) => {
        const code = entries.codes[i]
        if (code) codes.set(ordinal, code)
      })
      listEntries.set(`${kind}${index}`, entries)
    }),
  )

  const phrase = (ordinal: number, term: Term, field: 'own' | 'source') =>
    phraseAt(ordinal, term, field, tokens, occurrences)
  const pointsOf = (term: Term, i: number): Map<number, number> => {
    if (isLetter(term)) return lettered.get(term[0] ?? '') ?? new Map()
    const points = new Map<number, number>()
    const raise = (ordinal: number, value: number) => {
      if (value > (points.get(ordinal) ?? 0)) points.set(ordinal, value)
    }
    const candidates = new Set<number>()
    for (const token of tokens.get(lookupKey(term.at(-1) ?? '', true)) ?? []) {
      for (const ordinal of occurrences.get(token)?.keys() ?? []) candidates.add(ordinal)
    }
    for (const ordinal of candidates) {
      const own = phrase(ordinal, term, 'own')
      if (own > 0) raise(ordinal, own === 2 ? POINTS.ownWhole : POINTS.ownStart)
      else if (phrase(ordinal, term, 'source') > 0) raise(ordinal, POINTS.metadata)
    }
    for (const { kind, index, points: value } of named[i]?.lists ?? []) {
      const entries = listEntries.get(`${kind}${index}`)
      entries?.ordinals.forEach((ordinal, e) => {
        const speaker = kind === LIST_KINDS.driver && entries.codes[e]?.speaker === index
        raise(ordinal, speaker ? POINTS.speaker : value)
      })
    }
    return points
  }

  const included = query.include.map(pointsOf)
  const excluded = query.exclude.map((term, i) => pointsOf(term, query.include.length + i))
  const scores = new Map<number, number>()
  for (const [ordinal] of included[0] ?? []) {
    let score = 0
    let all = true
    query.include.forEach((term, t) => {
      const points = included[t]?.get(ordinal) ?? 0
      if (points === 0) all = false
      score += points * term.length
    })
    if (!all || excluded.some((points) => points.has(ordinal))) continue
    scores.set(ordinal, score)
  }
  if (query.include.length > 1) {
    // The words in the order typed, as one phrase in the quote's own words: scattered rank lower.
    const together = query.include.flat()
    for (const [ordinal, score] of scores) {
      if (phrase(ordinal, together, 'own') > 0) scores.set(ordinal, score + POINTS.together)
    }
  }
  // A search of one word, standing for one word's list of its own and nothing else: that list's
  // count table counts the search alone.
  const [only, ...more] = words.values()
  const single =
    only &&
    more.length === 0 &&
    query.include.length === 1 &&
    query.include[0]?.length === 1 &&
    lists.length === 0 &&
    query.exclude.length === 0 &&
    buckets.get(only.bucket)?.inline[only.at] === null
      ? wordList(only.bucket, only.at)
      : query.exclude.length === 0 && letters.size === 1
        ? [...letters.values()][0]?.list
        : undefined
  return { scores, codes, ...(single && { single }) }
}
