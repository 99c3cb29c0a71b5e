import type { ListHead } from '../sharded/index-format'
import { isHead, isNumbers, isRows } from '../sharded/index-guards'
import { bucketOf } from '../sharded/term-shards'
import { integerReader } from '../sharded/entries'

/**
 * A search's first letter (docs/explorer-index.md, "A first letter"): a word of one letter
 * starts too many words to look each one up, so the build lists, per letter, the quotes such a
 * search finds, grouped by what each earns (search-index.ts POINTS: its speaker's name, a name
 * it gives, a whole word of its own, the start of one, its metadata), each group in ordinal
 * order. Best match is the groups in turn; newest first, the groups merged.
 */

/** One group: the points its quotes earn, how many, by year (index, count), and its parts. */
export type LetterGroup = {
  points: number
  n: number
  years: [number, number][]
  /** The first ordinal of each part; part 0's ordinals, each as its distance from the last. */
  parts: number[]
  first: number[]
}

/**
 * The head of a letter's lists. As a list's head it carries the count table of every quote the
 * letter finds (and `<base>-y.json` its counts by year) but no entries of its own: they are in
 * its groups, best first.
 */
export type LetterHead = ListHead & { groups: LetterGroup[] }

/** Where a letter's files are: the `k`th letter of bucket `b` (term-shards.ts TermShard.letters). */
export const letterBase = (bucket: number, k: number) => `t/${bucket}/a${k}`

/**
 * Where a letter is listed: its bucket (the bucket of its one-letter shard) and its place among
 * the letters listed there, of `letters` (every letter, sorted, with its count).
 */
export function lettersOfBucket(
  letters: readonly (readonly [string, number])[],
  letter: string,
  buckets: number,
) {
  const bucket = bucketOf(letter, buckets)
  const listed = letters.filter(([other]) => bucketOf(other, buckets) === bucket)
  return { bucket, k: listed.findIndex(([other]) => other === letter), listed }
}

/** A group's part `part` (1 on: part 0 is in the head). */
export const groupPartPath = (base: string, points: number, part: number) =>
  `${base}-g${points}-${part}.json`

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isGroup(value: unknown): value is LetterGroup {
  return (
    isRecord(value) &&
    typeof value.points === 'number' &&
    typeof value.n === 'number' &&
    isRows(value.years) &&
    isNumbers(value.parts) &&
    isNumbers(value.first)
  )
}

export function isLetterHead(value: unknown): value is LetterHead {
  return (
    isRecord(value) &&
    Array.isArray(value.groups) &&
    value.groups.every(isGroup) &&
    isHead(value) &&
    value.counted !== undefined
  )
}

/** Ordinals packed as distances from the last, the first from `from`. */
export function packOrdinals(ordinals: readonly number[], from: number): number[] {
  let last = from
  return ordinals.map((ordinal) => {
    const distance = ordinal - last
    last = ordinal
    return distance
  })
}

/** The ordinals packOrdinals packed; a number out of place is a damaged file. */
export function unpackOrdinals(packed: readonly number[], from: number): number[] {
  const { next, done } = integerReader(packed)
  const ordinals: number[] = []
  for (let ordinal = from; !done();) {
    ordinal += next()
    ordinals.push(ordinal)
  }
  return ordinals
}
