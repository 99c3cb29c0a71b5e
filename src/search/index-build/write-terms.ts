import type { Posting } from './compile-terms'
import { LAYOUTS, packEntries } from '../sharded/entries'
import { indexPaths, listBase, type FacetKind, type IndexSizes } from '../sharded/index-format'
import { pairKey } from '../pairs/pair-format'
import { longValuesOf, pairCounter } from './pair-tables'
import { bucketOf, INLINE_POSTINGS, type TermShard } from '../sharded/term-shards'
import { writeList, type Quoted } from './write-list'

// Build time only.

const positionsOf = ({ own, source }: Posting) => ({ own, source })

/** About this many words to a bucket: a search reads one bucket per word it looks up. */
const WORDS_PER_BUCKET = 100

/** How many buckets the search's words, all `words` of them, are spread over. */
export function bucketCount(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_BUCKET))
}

/**
 * Writes the search's words (compile-terms.ts termPostings, by shard) into `count` buckets,
 * every bucket even if empty: each word's postings inline when few, else in a list of its own;
 * and in each bucket the `letters` (sorted) whose one-letter shard falls there. `only`: the
 * buckets to write now, whose shards `shards` holds all of (default: every bucket).
 */
export function writeTerms(
  write: (path: string, json: unknown) => void,
  shards: ReadonlyMap<string, ReadonlyMap<string, Posting[]>>,
  quoted: readonly Quoted[],
  sizes: IndexSizes,
  count: number,
  long: (kind: FacetKind, index: number) => number,
  letters: readonly (readonly [string, number])[] = [],
  only: (bucket: number) => boolean = () => true,
) {
  const buckets = Array.from({ length: count }, () => new Map<string, Posting[]>())
  for (const [shard, postings] of shards) {
    const bucket = buckets[bucketOf(shard, count)]
    for (const [word, list] of postings) bucket?.set(word, list)
  }
  buckets.forEach((bucket, b) => {
    if (!only(b)) return
    const sorted = [...bucket.keys()].sort()
    const file: TermShard = { words: sorted, counts: [], inline: [] }
    const listed = letters.filter(([letter]) => bucketOf(letter, count) === b)
    if (listed.length > 0) file.letters = listed.map(([letter, n]) => [letter, n])
    sorted.forEach((word, at) => {
      const postings = bucket.get(word) ?? []
      file.counts.push(postings.length)
      if (postings.length <= INLINE_POSTINGS) {
        file.inline.push(packEntries(postings, 0, LAYOUTS.inlineWord))
        return
      }
      file.inline.push(null)
      const list = postings.map((posting): Quoted => {
        const counted = quoted[posting.ordinal]
        if (!counted) throw new Error(`no quote at ${posting.ordinal}`)
        const { ordinal, code, year, drivers, teams, races, wishes } = counted
        return { ordinal, code, year, drivers, teams, races, wishes, ...positionsOf(posting) }
      })
      // A long word's table by facet value: what it shares with each long facet list.
      const pairs = pairCounter()
      if (list.length > sizes.part) {
        for (const quote of list) {
          for (const { kind, index } of longValuesOf(quote, long)) {
            pairs.add(pairKey(kind, index), quote, [kind])
          }
        }
      }
      writeList(write, listBase.word(b, at), list, sizes, LAYOUTS.word, { pairs: pairs.tables() })
    })
    write(indexPaths.bucket(b), file)
  })
}
