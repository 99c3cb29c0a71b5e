import type { Source } from '../../dataset/schema'
import type { QuoteEntry } from '../../model/dataset-index'
import { textKeyOf } from '../search-index'
import { nameKey } from '../search-query'
import type { Code } from '../sharded/index-format'
import { shardOf } from '../sharded/term-shards'

// Build time only: the term index's postings (docs/explorer-index.md, "Search").

/**
 * One quote's occurrence of a word: where in the quote's own words (text, translations, context,
 * as search reads them: search-index.ts textKeyOf) and where in its source's names (publisher and
 * title, with their words run together: search-query.ts nameKey) the word stands. Positions
 * count words from 0; a new line (field) skips one, so words of two fields are never adjacent.
 */
export type Posting = {
  ordinal: number
  code: Code
  own: number[]
  source: number[]
}

/** Each word of a key with its positions. */
function positionsIn(key: string): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  let position = 0
  for (const line of key.split('\n')) {
    for (const word of line.split(' ')) {
      if (word === '') continue
      const at = positions.get(word)
      if (at) at.push(position)
      else positions.set(word, [position])
      position++
    }
    position++
  }
  return positions
}

type Positioned = { ordinal: number; code: Code; entry: QuoteEntry }

/** Each quote's words, own then its source's, each once, with where they stand in either. */
function eachWord(
  quotes: readonly Positioned[],
  sourceById: ReadonlyMap<string, Source>,
  visit: (
    quote: Positioned,
    word: string,
    own: ReadonlyMap<string, number[]>,
    source: ReadonlyMap<string, number[]>,
  ) => void,
) {
  const sourceWords = new Map<string, Map<string, number[]>>()
  const wordsOfSource = (id: string) => {
    let words = sourceWords.get(id)
    if (!words) {
      const source = sourceById.get(id)
      words = positionsIn(source ? nameKey([source.publisher, source.title]) : '')
      sourceWords.set(id, words)
    }
    return words
  }
  for (const quote of quotes) {
    const own = positionsIn(textKeyOf(quote.entry))
    const source = wordsOfSource(quote.entry.quote.sourceId)
    for (const word of own.keys()) visit(quote, word, own, source)
    for (const word of source.keys()) if (!own.has(word)) visit(quote, word, own, source)
  }
}

/**
 * How many words the search reads: as many as termPostings gives postings for, the quotes' own
 * and their sources' names, counted without their positions.
 */
export function countTerms(
  quotes: readonly Positioned[],
  sourceById: ReadonlyMap<string, Source>,
): number {
  const words = new Set<string>()
  const add = (key: string) => {
    for (const word of key.split(/[ \n]/)) if (word !== '') words.add(word)
  }
  const cited = new Set<string>()
  for (const { entry } of quotes) {
    add(textKeyOf(entry))
    cited.add(entry.quote.sourceId)
  }
  for (const id of cited) {
    const source = sourceById.get(id)
    add(source ? nameKey([source.publisher, source.title]) : '')
  }
  return words.size
}

/**
 * Every word the search reads, by shard (term-shards.ts), each with its postings in ordinal
 * order: the quotes whose own words or source's names hold it. `keep`: only the shards it
 * accepts (a large archive's words are compiled a share of the buckets at a time).
 */
export function termPostings(
  quotes: readonly Positioned[],
  sourceById: ReadonlyMap<string, Source>,
  keep: (shard: string) => boolean = () => true,
): Map<string, Map<string, Posting[]>> {
  const shards = new Map<string, Map<string, Posting[]>>()
  const kept = new Map<string, boolean>()
  eachWord(quotes, sourceById, ({ ordinal, code }, word, own, source) => {
    const shard = shardOf(word)
    let keeps = kept.get(shard)
    if (keeps === undefined) kept.set(shard, (keeps = keep(shard)))
    if (!keeps) return
    let words = shards.get(shard)
    if (!words) shards.set(shard, (words = new Map()))
    const posting = { ordinal, code, own: own.get(word) ?? [], source: source.get(word) ?? [] }
    const postings = words.get(word)
    if (postings) postings.push(posting)
    else words.set(word, [posting])
  })
  return shards
}
