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
/** And for search by a driver's name: the quotes voicing the driver's wishes. */
export const WISHER_KIND = 'w'
/** A facet's kind of list: a driver's, a team's, a race's. */
export type FacetKind = (typeof LIST_KINDS)[keyof typeof LIST_KINDS]
export type ListKind = FacetKind | typeof WISHER_KIND
export const LIST_KIND_ORDER: readonly ListKind[] = ['d', 't', 'r', 'w']

/**
 * How finely the build cuts: entries per part of a list, quotes per record block and per code
 * block, integers per file of a list's pair tables (pair-format.ts).
 */
export type IndexSizes = { part: number; block: number; codes: number; pairs: number }
export const DEFAULT_SIZES: IndexSizes = { part: 512, block: 8, codes: 1024, pairs: 4096 }

/**
 * The one file every view reads first. Its size grows with the years and the number of drivers,
 * teams and races, not with the quotes: a few kB.
 */
export type StartFile = {
  v: typeof INDEX_VERSION
  quotes: number
  sizes: IndexSizes
  /** Newest year first: [year, its first ordinal, its quotes]. */
  years: [number, number, number][]
  /** Each list's length, by kind and index: the whole dataset's count of each value. */
  counts: Record<ListKind, number[]>
  /** How many files the search's words are spread over (term-shards.ts bucketOf). */
  buckets: number
}

/**
 * The drivers, teams and races, in dataset order (a value's index is its place here): the
 * explorer's page has them already (its data lists them all), so the index does not repeat them.
 * A driver: [id, name, team indexes]; a race: [id, its names (name, short name, nickname, venue)].
 */
export type IndexRecords = {
  drivers: [string, string, number[]][]
  teams: [string, string][]
  races: [string, string[]][]
}

/** What the engine answers from: the start-up file and the page's records. */
export type IndexContext = StartFile & IndexRecords

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
  /** A word's list: how many quotes hold the word in their source's names only. */
  sourceOnly?: number
  /** A word's list of one part: its entries carry their codes too (entries.ts LAYOUTS). */
  coded?: boolean
  /**
   * A long list's pair tables (pair-format.ts), in files of their own: the first pair key of
   * each file, ascending.
   */
  pairs?: number[]
}

/** A vocabulary file: its words, sorted, their counts, and [place, display] where it differs. */
export type VocabularyFile = { words: string[]; counts: number[]; display: [number, string][] }

/** A record block: the quotes of `sizes.block` ordinals in a row, whole, and the sources they cite. */
export type RecordBlock = { quotes: Quote[]; sources: Source[] }

/**
 * Where a list's files are, from its base: a facet value's (`l/d12`) or a word's of its own
 * (`t/3/41`, the 41st word of bucket 3).
 */
export const listBase = {
  facet: (kind: ListKind, index: number) => `l/${kind}${index}`,
  word: (bucket: number, at: number) => `t/${bucket}/${at}`,
}

export const indexPaths = {
  start: 'start.json',
  list: (base: string) => `${base}.json`,
  part: (base: string, part: number) => `${base}-${part}.json`,
  /** A list's YearlyTotals and its YearlyWishes. */
  yearly: (base: string) => `${base}-y.json`,
  wishes: (base: string) => `${base}-m.json`,
  /** A file of a list's pair tables. */
  pairs: (base: string, file: number) => `${base}-p${file}.json`,
  /** A bucket of the search's words (term-shards.ts TermShard). */
  bucket: (bucket: number) => `t/${bucket}.json`,
  /** A file of the vocabulary, for "did you mean" (vocabulary-files.ts). */
  vocabulary: (file: number) => `v/${file}.json`,
  block: (block: number) => `r/${block}.json`,
  /** The codes of `sizes.codes` ordinals in a row (entries.ts packCode). */
  codes: (block: number) => `c/${block}.json`,
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

/** A file of the index that is not what the format says: truncated, or from another build. */
export class IndexFileError extends Error {
  constructor(detail = 'a file of the index is damaged') {
    super(detail)
    this.name = 'IndexFileError'
  }
}
