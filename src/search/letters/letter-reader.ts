import { LAYOUTS } from '../sharded/entries'
import { IndexFileError, indexPaths, type IndexContext } from '../sharded/index-format'
import { isNumbers } from '../sharded/index-guards'
import type { IndexReader, ListRef } from '../sharded/index-reader'
import type { Period } from '../sharded/start-file'
import { bucketOf, SHARD_LETTERS } from '../sharded/term-shards'
import type { Term } from '../search-query'
import {
  groupPartPath,
  isLetterHead,
  letterBase,
  unpackOrdinals,
  type LetterGroup,
  type LetterHead,
} from './letter-format'

/** Whether a term is one word of one letter: a letter's lists answer it (letter-format.ts). */
export const isLetter = (term: Term): boolean =>
  term.length === 1 && [...(term[0] ?? '')].length < SHARD_LETTERS

/** A letter's lists as read: where they are (as a list, for its count table), and its head. */
export type LetterLists = { list: ListRef; head: LetterHead }

/**
 * The lists of a letter, from the bucket of its shard, which lists every letter that starts a
 * word; null when it starts none: no quote matches.
 */
export async function letterLists(
  reader: IndexReader,
  start: IndexContext,
  letter: string,
): Promise<LetterLists | null> {
  const bucket = bucketOf(letter, start.buckets)
  const listed = (await reader.bucket(bucket)).letters ?? []
  const k = listed.findIndex(([other]) => other === letter)
  if (k === -1) return null
  const base = letterBase(bucket, k)
  const head = await reader.read(indexPaths.list(base), isLetterHead)
  if (head.n !== listed[k]?.[1]) throw new IndexFileError()
  return { list: { base, layout: LAYOUTS.word }, head }
}

async function groupPart(reader: IndexReader, base: string, group: LetterGroup, part: number) {
  const from = group.parts[part] ?? 0
  const packed =
    part === 0 ? group.first : await reader.read(groupPartPath(base, group.points, part), isNumbers)
  return unpackOrdinals(packed, from)
}

/** Every quote a letter finds, with the points it earns. */
export async function letterPoints(reader: IndexReader, { list, head }: LetterLists) {
  const read = await Promise.all(head.groups.map((group) => wholeGroup(reader, list.base, group)))
  const points = new Map<number, number>()
  head.groups.forEach((group, g) => {
    for (const ordinal of read[g] ?? []) points.set(ordinal, group.points)
  })
  return points
}

/** A group's ordinals, every one. */
export async function wholeGroup(reader: IndexReader, base: string, group: LetterGroup) {
  const parts = await Promise.all(
    group.parts.map((_, part) => groupPart(reader, base, group, part)),
  )
  const ordinals = parts.flat()
  if (ordinals.length !== group.n) throw new IndexFileError()
  return ordinals
}

/** Quotes of a group in the period, from the `skip`th, at most `take`: only the parts needed. */
export async function groupWindow(
  reader: IndexReader,
  base: string,
  group: LetterGroup,
  period: Period,
  skip: number,
  take: number,
): Promise<number[]> {
  const { lo, hi } = period
  const { parts } = group
  const found: number[] = []
  let seen = 0
  let part = Math.max(
    0,
    parts.findLastIndex((first) => first <= lo),
  )
  for (; part < parts.length && (parts[part] ?? hi) < hi && found.length < take; part++) {
    for (const ordinal of await groupPart(reader, base, group, part)) {
      if (ordinal < lo) continue
      if (ordinal >= hi || found.length >= take) break
      if (seen++ >= skip) found.push(ordinal)
    }
  }
  return found
}

/** How many of a group's quotes fall in the period. */
export const inPeriodOf = (group: LetterGroup, period: Period) =>
  group.years.reduce((total, [k, n]) => (period.has(k) ? total + n : total), 0)
