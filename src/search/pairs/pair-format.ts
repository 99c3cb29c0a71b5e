import { integerReader } from '../sharded/entries'
import type { FacetKind } from '../sharded/index-format'

/**
 * A pair table: what a long list (a facet value's, or a word's) shares with one other facet
 * value's long list, counted by the build. The intersection's size, its quotes by year, and its
 * counts under the facets that neither value is of: what a view choosing both needs to count
 * every option, without reading either list (docs/explorer-index.md, "Pair tables").
 */
export type PairTable = {
  key: number
  n: number
  /** [year index, quotes], year order. */
  years: [number, number][]
  /** [value index, quotes] by facet; empty for the pair's own facets. */
  counts: Record<FacetKind, [number, number][]>
}

export const PAIR_KINDS: readonly FacetKind[] = ['d', 't', 'r']

/** The partner's key: its kind and index in one integer, so a list's tables sort by it. */
export const pairKey = (kind: FacetKind, index: number) => index * 4 + PAIR_KINDS.indexOf(kind)

/**
 * Which of two long facet lists holds their pair table: the shorter, ties broken by kind and
 * index, so the build stores each pair once and a view knows where to look.
 */
export function pairOwner<T extends { kind: FacetKind; index: number; n: number }>(a: T, b: T): T {
  if (a.n !== b.n) return a.n < b.n ? a : b
  return pairKey(a.kind, a.index) < pairKey(b.kind, b.index) ? a : b
}

/** A table as integers: key, n, then years and each facet's rows, each led by its length. */
export function packPair(table: PairTable): number[] {
  const packed = [table.key, table.n, table.years.length, ...table.years.flat()]
  for (const kind of PAIR_KINDS) {
    const rows = table.counts[kind]
    packed.push(rows.length, ...rows.flat())
  }
  return packed
}

/** The tables of one file of pair tables, packed one after another. */
export function unpackPairs(packed: readonly number[]): PairTable[] {
  const { next, done } = integerReader(packed)
  const rows = () => Array.from({ length: next() }, (): [number, number] => [next(), next()])
  const tables: PairTable[] = []
  while (!done()) {
    const key = next()
    const n = next()
    const years = rows()
    const [d, t, r] = PAIR_KINDS.map(rows)
    tables.push({ key, n, years, counts: { d: d ?? [], t: t ?? [], r: r ?? [] } })
  }
  return tables
}
