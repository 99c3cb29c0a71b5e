import type { QuoteEntry } from '../../model/dataset-index'
import { compileSearch, relevanceOf, textKeyOf, type SearchIndex } from '../search-index'
import { firstLetter } from '../suggestions'
import { indexPaths, type IndexSizes } from '../sharded/index-format'
import {
  groupPartPath,
  letterBase,
  lettersOfBucket,
  packOrdinals,
  type LetterGroup,
  type LetterHead,
} from '../letters/letter-format'
import { countsOf } from './count-rows'
import type { Quoted } from './write-list'

// Build time only: a search's first letter (letters/letter-format.ts).

/** A letter's quotes: points -> their ordinals, ascending. */
export type LetterQuotes = { letter: string; n: number; groups: Map<number, number[]> }

/**
 * Every letter that starts a word search reads (the quotes' own words, their sources' names, the
 * drivers', teams' and races' names), with the quotes a search of that one letter finds, each
 * scored as the in-memory engine scores it (search-index.ts relevanceOf). `byOrdinal`: the
 * quotes' entries in ordinal order.
 */
export function compileLetters(
  search: SearchIndex,
  byOrdinal: readonly QuoteEntry[],
): LetterQuotes[] {
  const letters = new Set<string>()
  const add = (key: string) => {
    for (const word of key.split(/[ \n]+/)) if (word) letters.add(firstLetter(word))
  }
  for (const entry of byOrdinal) add(textKeyOf(entry))
  for (const keys of [search.drivers, search.teams, search.races, search.sources]) {
    for (const key of keys.values()) add(key)
  }
  return [...letters].sort().map((letter) => {
    const compiled = compileSearch(search, { include: [[letter]], exclude: [] })
    const groups = new Map<number, number[]>()
    let n = 0
    byOrdinal.forEach((entry, ordinal) => {
      const points = relevanceOf(entry, compiled)
      if (points === 0) return
      n++
      const group = groups.get(points)
      if (group) group.push(ordinal)
      else groups.set(points, [ordinal])
    })
    return { letter, n, groups }
  })
}

/**
 * Writes each letter's head (its count table, its groups, best first, with their part 0) and
 * counts by year, and its groups' other parts, where the bucket of its shard lists it.
 */
export function writeLetters(
  write: (path: string, json: unknown) => void,
  letters: readonly LetterQuotes[],
  quoted: readonly Quoted[],
  sizes: IndexSizes,
  buckets: number,
) {
  const listed = letters.map(({ letter, n }) => [letter, n] as const)
  for (const { letter, n, groups } of letters) {
    const bucket = lettersOfBucket(listed, letter, buckets)
    const base = letterBase(bucket.bucket, bucket.k)
    const all = [...groups.values()].flat().sort((a, b) => a - b)
    const counted = countsOf(
      all.map((ordinal) => quotedAt(quoted, ordinal)),
      { wishes: false },
    )
    const head: LetterHead = {
      n,
      parts: [],
      first: [],
      counted: { years: counted.years, totals: counted.totals },
      groups: [...groups]
        .sort(([a], [b]) => b - a)
        .map(([points, ordinals]): LetterGroup => {
          const parts: number[][] = []
          for (let i = 0; i < ordinals.length; i += sizes.part) {
            parts.push(ordinals.slice(i, i + sizes.part))
          }
          const starts = parts.map((part) => part[0] ?? 0)
          parts.forEach((part, k) => {
            if (k > 0) write(groupPartPath(base, points, k), packOrdinals(part, starts[k] ?? 0))
          })
          const years = new Map<number, number>()
          for (const o of ordinals) {
            const { year } = quotedAt(quoted, o)
            years.set(year, (years.get(year) ?? 0) + 1)
          }
          return {
            points,
            n: ordinals.length,
            years: [...years].sort(([a], [b]) => a - b),
            parts: starts,
            first: packOrdinals(parts[0] ?? [], starts[0] ?? 0),
          }
        }),
    }
    write(indexPaths.list(base), head)
    write(indexPaths.yearly(base), counted.yearly)
  }
}

function quotedAt(quoted: readonly Quoted[], ordinal: number): Quoted {
  const quote = quoted[ordinal]
  if (!quote) throw new Error(`no quote at ${ordinal}`)
  return quote
}
