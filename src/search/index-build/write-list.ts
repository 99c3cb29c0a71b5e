import { countsOf, type Counted } from './count-rows'
import { LAYOUTS, packEntries, type Entry, type Layout } from '../sharded/entries'
import { indexPaths, type FacetKind, type IndexSizes, type ListHead } from '../sharded/index-format'
import type { PairTable } from '../pairs/pair-format'
import { writePairs } from './pair-tables'

// Build time only.

/** A quote as the index counts and lists it. */
export type Quoted = Counted & Entry

/**
 * Writes a list (a facet value's, or a word's of its own) at `base`: its head with part 0, its
 * other parts and, when it has more than one part, its counts by year, its wishes by year and
 * its pair tables. `layout`: what the entries carry (entries.ts LAYOUTS). `own`: a facet
 * value's kind, whose counts its tables leave out (with one value chosen, its own facet counts
 * the whole period, never the list).
 */
export function writeList(
  write: (path: string, json: unknown) => void,
  base: string,
  list: readonly Quoted[],
  sizes: IndexSizes,
  given: Layout = LAYOUTS.facet,
  { own, pairs = [] }: { own?: FacetKind; pairs?: readonly PairTable[] } = {},
) {
  const parts: Quoted[][] = []
  for (let i = 0; i < list.length; i += sizes.part) parts.push(list.slice(i, i + sizes.part))
  // A word's list of one part keeps its codes: a rare word's counts need no code block.
  const coded = given.positions && !given.codes && parts.length <= 1
  const layout = coded ? { ...given, codes: true } : given
  const starts = parts.map((part) => part[0]?.ordinal ?? 0)
  const head: ListHead = {
    n: list.length,
    parts: starts,
    first: packEntries(parts[0] ?? [], starts[0] ?? 0, layout),
  }
  if (coded) head.coded = true
  if (layout.positions)
    head.sourceOnly = list.filter((quote) => (quote.own ?? []).length === 0).length
  if (parts.length > 1) {
    // A word's wishes are counted from its quotes' codes when asked for: rarely.
    const counted = countsOf(list, { wishes: !layout.positions })
    if (own) {
      counted.totals[own] = []
      counted.yearly[own] = []
    }
    head.counted = { years: counted.years, totals: counted.totals }
    write(indexPaths.yearly(base), counted.yearly)
    if (pairs.length > 0) {
      head.pairs = writePairs(write, (file) => indexPaths.pairs(base, file), pairs, sizes.pairs)
    }
    if (!layout.positions) write(indexPaths.wishes(base), counted.yearlyWishes)
  }
  write(indexPaths.list(base), head)
  parts.forEach((part, k) => {
    if (k > 0) write(indexPaths.part(base, k), packEntries(part, starts[k] ?? 0, layout))
  })
}
