/**
 * The explorer's index as the build writes it and the worker reads it, in pieces: the format of
 * each file, where it lives, and how a list's entries are packed (docs/explorer-index.md).
 * Every list is of **ordinals**: a quote's position in the explorer's default order, newest
 * source first and, within one date, dataset order.
 */

import type { Quote, Source } from '../../dataset/schema'

export const INDEX_VERSION = 1

/** The facet lists: a driver's (said by or about), a team's, a race's (an ambition for it). */
export const LIST_KINDS = { driver: 'd', team: 't', ambition: 'r' } as const
export type ListKind = (typeof LIST_KINDS)[keyof typeof LIST_KINDS]
export const LIST_KIND_ORDER: readonly ListKind[] = ['d', 't', 'r']

/** How finely the build cuts: entries per part of a list, quotes per record block. */
export type IndexSizes = { part: number; block: number }
export const DEFAULT_SIZES: IndexSizes = { part: 512, block: 8 }

/** The one file every view reads first. Its size grows with drivers, teams, races and years only. */
export type StartFile = {
  v: typeof INDEX_VERSION
  quotes: number
  sizes: IndexSizes
  /** Newest year first: [year, its first ordinal, its quotes]. */
  years: [number, number, number][]
  /** [id, name, team indexes], in dataset order: a driver's index is its place here. */
  drivers: [string, string, number[]][]
  teams: [string, string][]
  races: [string, string][]
  /** Each list's length, by kind and index: the whole dataset's count of each value. */
  counts: Record<ListKind, number[]>
}

/** How many of some quotes each driver, team and race has: [value index, count] rows. */
export type Totals = { d: [number, number][]; t: [number, number][]; r: [number, number][] }

/** The same by year: [year index in StartFile.years, value index, count] rows. */
export type YearlyTotals = {
  d: [number, number, number][]
  t: [number, number, number][]
  r: [number, number, number][]
}

/** Wishes (driver, race) voiced by some quotes, by year: [year index, driver, race, count]. */
export type YearlyWishes = [number, number, number, number][]
/** Wishes without the years: [driver, race, count]. */
export type Wishes = [number, number, number][]

/**
 * A list's first file: its length, the first ordinal of each part, part 0's entries, and, when
 * it has more than one part, its quotes by year (index, count) and its totals, so that one
 * list's counts need none of its parts. Its totals by year (for a period) and its wishes (for
 * the ambition matrix) are files of their own, read only by a view that shows them.
 */
export type ListHead = {
  n: number
  parts: number[]
  first: number[]
  counted?: { years: [number, number][]; totals: Totals }
}

/** A record block: the quotes of `sizes.block` ordinals in a row, whole, and the sources they cite. */
export type RecordBlock = { quotes: Quote[]; sources: Source[] }

export const indexPaths = {
  start: 'start.json',
  list: (kind: ListKind, index: number) => `l/${kind}${index}.json`,
  part: (kind: ListKind, index: number, part: number) => `l/${kind}${index}-${part}.json`,
  /** A list's YearlyTotals and its YearlyWishes. */
  yearly: (kind: ListKind, index: number) => `l/${kind}${index}-y.json`,
  wishes: (kind: ListKind, index: number) => `l/${kind}${index}-m.json`,
  block: (block: number) => `r/${block}.json`,
  /** The Totals, and the Wishes, of the quotes of the newest `years` years: a period is two apart. */
  prefix: (years: number) => `g/${years}.json`,
  prefixWishes: (years: number) => `g/${years}-m.json`,
}

/**
 * What the index knows of a quote, to count it: who said it, whom it is about, the wishes it
 * voices (driver and race indexes) and the rank of its date (0 the newest), for oldest first.
 */
export type Code = {
  speaker: number
  about: readonly number[]
  wishes: readonly (readonly [number, number])[]
  date: number
}

/**
 * A list's entries, packed: each ordinal as its distance from the last (the first from `from`,
 * the part's first ordinal), then its code.
 */
export function packEntries(
  entries: readonly { ordinal: number; code: Code }[],
  from: number,
): number[] {
  const packed: number[] = []
  let last = from
  for (const { ordinal, code } of entries) {
    packed.push(ordinal - last, code.date, code.speaker, code.about.length, ...code.about)
    packed.push(code.wishes.length, ...code.wishes.flat())
    last = ordinal
  }
  return packed
}

/** The entries of packed numbers; `from`: the ordinal the first distance counts from. */
export function unpackEntries(packed: readonly number[], from: number) {
  const ordinals: number[] = []
  const codes: Code[] = []
  let ordinal = from
  let i = 0
  const next = () => {
    const value = packed[i++]
    if (value === undefined || !Number.isInteger(value) || value < 0) throw new IndexFileError()
    return value
  }
  while (i < packed.length) {
    ordinal += next()
    const date = next()
    const speaker = next()
    const about = Array.from({ length: next() }, next)
    const wishes = Array.from({ length: next() }, () => [next(), next()] as const)
    ordinals.push(ordinal)
    codes.push({ speaker, about, wishes, date })
  }
  return { ordinals, codes }
}

/** A file of the index that is not what the format says: truncated, or from another build. */
export class IndexFileError extends Error {
  constructor(detail = 'a file of the index is damaged') {
    super(detail)
    this.name = 'IndexFileError'
  }
}
