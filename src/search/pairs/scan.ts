import type { Sort } from '../../urls/explorer-params'
import type { Code, IndexContext, ListHead } from '../sharded/index-format'
import type { Entries, IndexReader, ListRef } from '../sharded/index-reader'
import { bySpeaker, type Period } from '../sharded/start-file'

/** A quote a scan found: its ordinal and its code. */
export type Found = { ordinal: number; code: Code }

/** Which of a part's entries to keep (by their place in it): decided part by part. */
export type Accept = (part: Entries) => Promise<(i: number) => boolean>

/**
 * A list's quotes within the period that `accept` keeps, read part by part from the newest end
 * (or the oldest, for `oldest`) until `need` are found: only the parts that hold them. From the
 * oldest end it reads on to the end of the last date it reached, for a date's quotes go oldest
 * first in dataset order, the order of their ordinals.
 */
export async function scanList(
  reader: IndexReader,
  list: ListRef,
  head: ListHead,
  period: Period,
  from: 'newest' | 'oldest',
  need: number,
  accept: Accept,
): Promise<Found[]> {
  const { parts } = head
  const first = Math.max(
    0,
    parts.findLastIndex((start) => start <= period.lo),
  )
  const last = parts.findLastIndex((start) => start < period.hi)
  const found: Found[] = []
  const step = from === 'newest' ? 1 : -1
  for (let p = from === 'newest' ? first : last; p >= first && p <= last; p += step) {
    const part = await reader.part(list, p)
    const keep = await accept(part)
    const n = part.ordinals.length
    for (let k = 0; k < n; k++) {
      const i = from === 'newest' ? k : n - 1 - k
      const ordinal = part.ordinals[i] ?? -1
      const code = part.codes[i]
      if (ordinal < period.lo || ordinal >= period.hi || !code) continue
      const boundary = found[need - 1]
      if (boundary && code.date < boundary.code.date) return found
      if (!keep(i)) continue
      found.push({ ordinal, code })
      if (from === 'newest' && found.length >= need) return found
    }
  }
  return found
}

/** Quotes in the order asked (explorer-engine.ts): newest, oldest, or by speaker. */
export function inOrder(found: readonly Found[], sort: Sort, start: IndexContext): number[] {
  const sorted = [...found]
  if (sort === 'oldest') {
    sorted.sort((a, b) => b.code.date - a.code.date || a.ordinal - b.ordinal)
  } else if (sort === 'speaker') {
    const speaker = new Map(found.map(({ ordinal, code }) => [ordinal, code.speaker]))
    const compare = bySpeaker(start, (ordinal) => speaker.get(ordinal) ?? -1)
    sorted.sort((a, b) => compare(a.ordinal, b.ordinal))
  } else {
    sorted.sort((a, b) => a.ordinal - b.ordinal)
  }
  return sorted.map(({ ordinal }) => ordinal)
}

/**
 * A page of the quotes `scan` finds, in the order asked: reads as far as the page needs from
 * the newest or the oldest end, or everything for the order by speaker.
 */
export async function pageOf(
  scan: (from: 'newest' | 'oldest', need: number) => Promise<Found[]>,
  sort: Sort,
  start: IndexContext,
  skip: number,
  take: number,
): Promise<number[]> {
  const from = sort === 'oldest' ? 'oldest' : 'newest'
  const need = sort === 'speaker' ? Infinity : skip + take
  const found = await scan(from, need)
  return inOrder(found, sort, start).slice(skip, skip + take)
}

/** The wishes of quotes: driver index -> race index -> quotes (the ambition matrix). */
export function wishesOf(found: Iterable<Found>): Map<number, Map<number, number>> {
  const wishes = new Map<number, Map<number, number>>()
  for (const { code } of found) {
    for (const [driver, race] of code.wishes) {
      let races = wishes.get(driver)
      if (!races) wishes.set(driver, (races = new Map()))
      races.set(race, (races.get(race) ?? 0) + 1)
    }
  }
  return wishes
}
