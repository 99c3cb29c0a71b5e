import type { Quote, Source } from '../../dataset/schema'
import {
  IndexFileError,
  indexPaths,
  unpackEntries,
  type Code,
  type ListHead,
  type Totals,
  type YearlyTotals,
  type ListKind,
  type RecordBlock,
  type StartFile,
} from './index-format'

/** Fetches one file of the index, parsed; rejects if it cannot be had. */
export type LoadIndexFile = (path: string) => Promise<unknown>

/** A list's entries, read: ordinals ascending, and each one's code. */
export type Entries = { ordinals: readonly number[]; codes: readonly Code[] }

/**
 * Reads the index's files as a view needs them, each fetched once (a failed one is asked for
 * again next time), each checked for the shape it must have: a damaged or truncated file is an
 * IndexFileError, never a wrong count.
 */
export function createIndexReader(load: LoadIndexFile) {
  const files = new Map<string, Promise<unknown>>()
  const file = (path: string): Promise<unknown> => {
    let loading = files.get(path)
    if (!loading) {
      loading = load(path)
      files.set(path, loading)
      loading.catch(() => files.delete(path))
    }
    return loading
  }
  const checked = async <T>(path: string, is: (json: unknown) => json is T): Promise<T> => {
    const json = await file(path)
    if (!is(json)) throw new IndexFileError(`The explorer's index file ${path} is damaged.`)
    return json
  }

  const head = (kind: ListKind, index: number) => checked(indexPaths.list(kind, index), isHead)
  const partEntries = async (kind: ListKind, index: number, part: number): Promise<Entries> => {
    const listHead = await head(kind, index)
    const from = listHead.parts[part] ?? 0
    if (part === 0) return unpackEntries(listHead.first, from)
    return unpackEntries(await checked(indexPaths.part(kind, index, part), isNumbers), from)
  }

  return {
    start: () => checked(indexPaths.start, isStart),
    head,
    /** A list's totals by year: for a period. */
    yearly: (kind: ListKind, index: number) => checked(indexPaths.yearly(kind, index), isYearly),
    /** A list's wishes by year: for the ambition matrix. */
    wishes: (kind: ListKind, index: number) => checked(indexPaths.wishes(kind, index), isRows),
    /** The totals of the quotes of the newest `years` years (none for 0). */
    prefix: async (years: number): Promise<Totals | undefined> =>
      years === 0 ? undefined : checked(indexPaths.prefix(years), isTotals),
    /** Their wishes. */
    prefixWishes: async (years: number) =>
      years === 0 ? [] : checked(indexPaths.prefixWishes(years), isRows),
    /** Every entry of a list. */
    async whole(kind: ListKind, index: number): Promise<Entries> {
      const { parts, n } = await head(kind, index)
      const read = await Promise.all(parts.map((_, part) => partEntries(kind, index, part)))
      const entries = {
        ordinals: read.flatMap((part) => part.ordinals),
        codes: read.flatMap((part) => part.codes),
      }
      if (entries.ordinals.length !== n) throw new IndexFileError()
      return entries
    },
    /**
     * The ordinals of a list within [lo, hi), from the `skip`th of them, at most `take`:
     * reads only the parts that hold them.
     */
    async window(
      kind: ListKind,
      index: number,
      lo: number,
      hi: number,
      skip: number,
      take: number,
    ) {
      const { parts } = await head(kind, index)
      const found: number[] = []
      let seen = 0
      // The last part starting at or before lo holds the first ordinal in range, if any does.
      let part = Math.max(
        0,
        parts.findLastIndex((start) => start <= lo),
      )
      for (; part < parts.length && (parts[part] ?? hi) < hi && found.length < take; part++) {
        for (const ordinal of (await partEntries(kind, index, part)).ordinals) {
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isNumbers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number')
}

function isRows(value: unknown): value is number[][] {
  return Array.isArray(value) && value.every(isNumbers)
}

const hasRowLists = (value: unknown) =>
  isRecord(value) && isRows(value.d) && isRows(value.t) && isRows(value.r)

function isTotals(value: unknown): value is Totals {
  return hasRowLists(value)
}

function isYearly(value: unknown): value is YearlyTotals {
  return hasRowLists(value)
}

function isHead(value: unknown): value is ListHead {
  return (
    isRecord(value) &&
    typeof value.n === 'number' &&
    isNumbers(value.parts) &&
    isNumbers(value.first) &&
    (value.counted === undefined ||
      (isRecord(value.counted) && isRows(value.counted.years) && isTotals(value.counted.totals)))
  )
}

function isStart(value: unknown): value is StartFile {
  return (
    isRecord(value) &&
    value.v === 1 &&
    typeof value.quotes === 'number' &&
    isRecord(value.sizes) &&
    ['years', 'drivers', 'teams', 'races'].every((key) => Array.isArray(value[key])) &&
    isRecord(value.counts)
  )
}

/** A block of the build's own records: its lists are checked, its records trusted as built. */
function isBlock(value: unknown): value is RecordBlock {
  return isRecord(value) && Array.isArray(value.quotes) && Array.isArray(value.sources)
}
