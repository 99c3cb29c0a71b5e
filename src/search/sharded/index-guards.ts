import type {
  ListHead,
  RecordBlock,
  StartFile,
  Totals,
  VocabularyFile,
  YearlyTotals,
} from './index-format'
import type { TermShard } from './term-shards'

// What each file of the index must look like (index-format.ts): the reader checks every file it
// reads, so a damaged one is an error, never a wrong count.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

export function isNumbers(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((n) => typeof n === 'number')
}

export function isRows(value: unknown): value is number[][] {
  return Array.isArray(value) && value.every(isNumbers)
}

const hasRowLists = (value: unknown) =>
  isRecord(value) && isRows(value.d) && isRows(value.t) && isRows(value.r)

export function isTotals(value: unknown): value is Totals {
  return hasRowLists(value)
}

export function isYearly(value: unknown): value is YearlyTotals {
  return hasRowLists(value)
}

export function isHead(value: unknown): value is ListHead {
  return (
    isRecord(value) &&
    typeof value.n === 'number' &&
    isNumbers(value.parts) &&
    isNumbers(value.first) &&
    (value.pairs === undefined || isNumbers(value.pairs)) &&
    (value.counted === undefined ||
      (isRecord(value.counted) && isRows(value.counted.years) && isTotals(value.counted.totals)))
  )
}

export function isStart(value: unknown): value is StartFile {
  return (
    isRecord(value) &&
    value.v === 1 &&
    typeof value.quotes === 'number' &&
    isRecord(value.sizes) &&
    Array.isArray(value.years) &&
    typeof value.buckets === 'number' &&
    isRecord(value.counts) &&
    ['d', 't', 'r', 'w'].every((kind) => isNumbers(isRecord(value.counts) && value.counts[kind]))
  )
}

/** Words, and a count for each: a vocabulary file's, a bucket's. */
const isCountedWords = (words: unknown, counts: unknown) =>
  Array.isArray(words) &&
  words.every((word) => typeof word === 'string') &&
  isNumbers(counts) &&
  counts.length === words.length

export function isVocabulary(value: unknown): value is VocabularyFile {
  return (
    isRecord(value) &&
    isCountedWords(value.words, value.counts) &&
    Array.isArray(value.display) &&
    value.display.every(
      (pair) => Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'string',
    )
  )
}

export function isShard(value: unknown): value is TermShard {
  return (
    isRecord(value) &&
    isCountedWords(value.words, value.counts) &&
    Array.isArray(value.inline) &&
    value.inline.every((inline) => inline === null || isNumbers(inline)) &&
    isNumbers(value.counts) &&
    value.inline.length === value.counts.length &&
    (value.letters === undefined ||
      (Array.isArray(value.letters) &&
        value.letters.every(
          (pair) =>
            Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'number',
        )))
  )
}

/** A block of the build's own records: its lists are checked, its records trusted as built. */
export function isBlock(value: unknown): value is RecordBlock {
  return isRecord(value) && Array.isArray(value.quotes) && Array.isArray(value.sources)
}
