import { IndexFileError, type Code } from './index-format'

/**
 * A list's entry: a quote's ordinal and code, and, in a word's list, where the word stands in
 * the quote's own words and in its source's names (compile-terms.ts Posting).
 */
export type Entry = {
  ordinal: number
  code: Code
  own?: readonly number[]
  source?: readonly number[]
}

/** A list's entries, read: ordinals ascending, each one's code, and a word's positions. */
export type Entries = {
  ordinals: readonly number[]
  /** Empty for a list without codes (LAYOUTS.word). */
  codes: readonly Code[]
  own: readonly (readonly number[])[]
  source: readonly (readonly number[])[]
}

/** What a list's entries carry: codes (to count them), positions (a word's list). */
export type Layout = { codes: boolean; positions: boolean }
export const LAYOUTS = {
  facet: { codes: true, positions: false },
  /** A rare word's postings, in its bucket: self-contained. */
  inlineWord: { codes: true, positions: true },
  /** A common word's list: its quotes' codes are in the code blocks (codesAt), read if needed. */
  word: { codes: false, positions: true },
} satisfies Record<string, Layout>

/**
 * Entries packed as integers: each ordinal as its distance from the last (the first from `from`,
 * its part's first ordinal), then, as the layout says, its code (packCode) and the word's
 * positions in the quote's own words and in its source's names.
 */
export function packEntries(entries: readonly Entry[], from: number, layout: Layout): number[] {
  const packed: number[] = []
  let last = from
  for (const { ordinal, code, own = [], source = [] } of entries) {
    packed.push(ordinal - last)
    if (layout.codes) packCode(packed, code)
    if (layout.positions) packed.push(own.length, ...own, source.length, ...source)
    last = ordinal
  }
  return packed
}

/** A code as integers: date rank, speaker, about (count, then each), wishes (count, then pairs). */
export function packCode(packed: number[], code: Code) {
  packed.push(code.date, code.speaker, code.about.length, ...code.about)
  packed.push(code.wishes.length, ...code.wishes.flat())
}

/** Reads integers in turn; a number out of place is a damaged file (IndexFileError). */
export function integerReader(packed: readonly number[]) {
  let i = 0
  const next = () => {
    const value = packed[i++]
    if (value === undefined || !Number.isInteger(value) || value < 0) throw new IndexFileError()
    return value
  }
  return { next, done: () => i >= packed.length }
}

export function unpackCode(next: () => number): Code {
  const date = next()
  const speaker = next()
  const about = Array.from({ length: next() }, next)
  const wishes = Array.from({ length: next() }, () => [next(), next()] as const)
  return { speaker, about, wishes, date }
}

/** The entries packEntries packed. */
export function unpackEntries(packed: readonly number[], from: number, layout: Layout): Entries {
  const ordinals: number[] = []
  const codes: Code[] = []
  const own: number[][] = []
  const source: number[][] = []
  let ordinal = from
  const { next, done } = integerReader(packed)
  while (!done()) {
    ordinal += next()
    ordinals.push(ordinal)
    if (layout.codes) codes.push(unpackCode(next))
    if (layout.positions) {
      own.push(Array.from({ length: next() }, next))
      source.push(Array.from({ length: next() }, next))
    }
  }
  return { ordinals, codes, own, source }
}
