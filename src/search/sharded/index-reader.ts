import type { Quote, Source } from '../../dataset/schema'
import { rememberRecent } from '../../lib/remember-recent'
import {
  isBlock,
  isHead,
  isNumbers,
  isRows,
  isShard,
  isStart,
  isTotals,
  isVocabulary,
  isYearly,
} from './index-guards'
import {
  integerReader,
  LAYOUTS,
  unpackCode,
  unpackEntries,
  type Entries,
  type Layout,
} from './entries'
import {
  IndexFileError,
  indexPaths,
  listBase,
  type Code,
  type ListKind,
  type Totals,
} from './index-format'

export type { Entries } from './entries'

/** Fetches one file of the index, parsed; rejects if it cannot be had. */
export type LoadIndexFile = (path: string) => Promise<unknown>

/** A list to read: where its files are, and what its entries carry. */
export type ListRef = { base: string; layout: Layout }

export const facetList = (kind: ListKind, index: number): ListRef => ({
  base: listBase.facet(kind, index),
  layout: LAYOUTS.facet,
})

export const wordList = (bucket: number, at: number): ListRef => ({
  base: listBase.word(bucket, at),
  layout: LAYOUTS.word,
})

/**
 * How many of the index's files a reader keeps: the last ones read. One view reads up to a few
 * hundred (a long list whole, its code blocks); a session of searches would otherwise keep every
 * file it ever read.
 */
export const FILES_KEPT = 2_000

/**
 * Reads the index's files as a view needs them, each fetched once while it is among the last
 * `keep` read (a failed one is asked for again next time), each checked for the shape it must
 * have: a damaged or truncated file is an IndexFileError, never a wrong count.
 */
export function createIndexReader(load: LoadIndexFile, keep = FILES_KEPT) {
  const files = rememberRecent<Promise<unknown>>(keep)
  const file = (path: string): Promise<unknown> => {
    let fetched: Promise<unknown> | undefined
    const loading = files.get(path, () => (fetched = load(path)))
    if (fetched) fetched.catch(() => files.forget(path, loading))
    return loading
  }
  const checked = async <T>(path: string, is: (json: unknown) => json is T): Promise<T> => {
    const json = await file(path)
    if (!is(json)) throw new IndexFileError(`The explorer's index file ${path} is damaged.`)
    return json
  }

  const head = (list: ListRef) => checked(indexPaths.list(list.base), isHead)
  const partEntries = async (list: ListRef, part: number): Promise<Entries> => {
    const listHead = await head(list)
    const from = listHead.parts[part] ?? 0
    const packed =
      part === 0 ? listHead.first : await checked(indexPaths.part(list.base, part), isNumbers)
    return unpackEntries(packed, from, listHead.coded ? LAYOUTS.inlineWord : list.layout)
  }
  /** Every entry of a list. */
  const whole = async (list: ListRef): Promise<Entries> => {
    const { parts, n } = await head(list)
    const read = await Promise.all(parts.map((_, part) => partEntries(list, part)))
    const entries: Entries = {
      ordinals: read.flatMap((part) => part.ordinals),
      codes: read.flatMap((part) => part.codes),
      own: read.flatMap((part) => part.own),
      source: read.flatMap((part) => part.source),
    }
    if (entries.ordinals.length !== n) throw new IndexFileError()
    return entries
  }

  return {
    /** Any file of the index, checked for the shape it must have: a first letter's (letters/). */
    read: checked,
    start: () => checked(indexPaths.start, isStart),
    head,
    whole,
    /** One part of a list: its entries. */
    part: partEntries,
    /** A file of a list's pair tables (pair-format.ts), packed. */
    pairs: (list: ListRef, file: number) => checked(indexPaths.pairs(list.base, file), isNumbers),
    /** A list's totals by year: for a period. */
    yearly: (list: ListRef) => checked(indexPaths.yearly(list.base), isYearly),
    /** A list's wishes by year: for the ambition matrix. */
    wishes: (list: ListRef) => checked(indexPaths.wishes(list.base), isRows),
    /** A bucket of the search's words. */
    bucket: (bucket: number) => checked(indexPaths.bucket(bucket), isShard),
    /** The codes of some quotes, from the code blocks that hold them. */
    async codesAt(ordinals: Iterable<number>, blockSize: number): Promise<Map<number, Code>> {
      const blocks = [...new Set([...ordinals].map((o) => Math.floor(o / blockSize)))]
      const codes = new Map<number, Code>()
      await Promise.all(
        blocks.map(async (block) => {
          const { next, done } = integerReader(await checked(indexPaths.codes(block), isNumbers))
          for (let ordinal = block * blockSize; !done(); ordinal++) {
            codes.set(ordinal, unpackCode(next))
          }
        }),
      )
      return codes
    },
    /** A file of the vocabulary. */
    vocabulary: (file: number) => checked(indexPaths.vocabulary(file), isVocabulary),
    /** A word's postings: inline in its bucket, or its list read whole. */
    async postings(bucket: number, at: number): Promise<Entries> {
      const shard = await checked(indexPaths.bucket(bucket), isShard)
      const inline = shard.inline[at]
      if (inline === undefined) throw new IndexFileError()
      const entries = inline
        ? unpackEntries(inline, 0, LAYOUTS.inlineWord)
        : await whole(wordList(bucket, at))
      if (entries.ordinals.length !== shard.counts[at]) throw new IndexFileError()
      return entries
    },
    /** The totals of the quotes of the newest `years` years (none for 0). */
    prefix: async (years: number): Promise<Totals | undefined> =>
      years === 0 ? undefined : checked(indexPaths.prefix(years), isTotals),
    /** Their wishes. */
    prefixWishes: async (years: number) =>
      years === 0 ? [] : checked(indexPaths.prefixWishes(years), isRows),
    /**
     * The ordinals of a list within [lo, hi), from the `skip`th of them, at most `take`:
     * reads only the parts that hold them.
     */
    async window(list: ListRef, lo: number, hi: number, skip: number, take: number) {
      const { parts } = await head(list)
      const found: number[] = []
      let seen = 0
      // The last part starting at or before lo holds the first ordinal in range, if any does.
      let part = Math.max(
        0,
        parts.findLastIndex((start) => start <= lo),
      )
      for (; part < parts.length && (parts[part] ?? hi) < hi && found.length < take; part++) {
        for (const ordinal of (await partEntries(list, part)).ordinals) {
          if (ordinal < lo) continue
          if (ordinal >= hi || found.length >= take) break
          if (seen++ >= skip) found.push(ordinal)
        }
      }
      return found
    },
    /** The quotes at some ordinals, and their sources, from the record blocks that hold them. */
    async records(ordinals: readonly number[], blockSize: number) {
      const blocks = [...new Set(ordinals.map((o) => Math.floor(o / blockSize)))]
      const read = await Promise.all(blocks.map((b) => checked(indexPaths.block(b), isBlock)))
      const quotes = new Map<number, Quote>()
      const sources = new Map<string, Source>()
      read.forEach((block, k) => {
        const first = (blocks[k] ?? 0) * blockSize
        block.quotes.forEach((quote, i) => quotes.set(first + i, quote))
        for (const source of block.sources) sources.set(source.id, source)
      })
      return ordinals.map((ordinal) => {
        const quote = quotes.get(ordinal)
        if (!quote) throw new IndexFileError()
        return { quote, source: sources.get(quote.sourceId) }
      })
    },
  }
}

export type IndexReader = ReturnType<typeof createIndexReader>
