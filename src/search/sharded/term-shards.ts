/**
 * Where a word's postings live: the shard of its first two letters (as folded). A word of one
 * letter has a shard of its own; a search for the start of a word needs at least two letters to
 * name one shard (a single letter starts the words of many: the whole dataset answers it).
 */
export const SHARD_LETTERS = 2

/** The shard of a folded word: its first two code points. */
export function shardOf(word: string): string {
  return [...word].slice(0, SHARD_LETTERS).join('')
}

/**
 * A bucket's file (the words of the shards that fall in it, bucketOf): its words, sorted, with
 * how many quotes hold each, and each word's postings: packed inline when few (index-format.ts
 * packEntries, with positions), else null, and the word's list is a file of its own (a head with
 * parts, as a facet value's).
 */
export type TermShard = {
  words: string[]
  counts: number[]
  inline: (number[] | null)[]
  /**
   * The letters whose one-letter shard falls in this bucket, sorted, with how many quotes a
   * search of that letter finds: their lists are letters/letter-format.ts's.
   */
  letters?: [string, number][]
}

/** Postings this many or fewer stay in their shard's file. */
export const INLINE_POSTINGS = 16

/**
 * The bucket (file) of a shard: the index writes a fixed number of them, `buckets` in the
 * start-up file, every one even if empty, so a missing file is a failure, never "no such word".
 * FNV-1a over the shard's UTF-16 code units: the build and the browser agree.
 */
export function bucketOf(shard: string, buckets: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < shard.length; i++) {
    hash ^= shard.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % Math.max(1, buckets)
}
