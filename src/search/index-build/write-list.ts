import { countsOf, type Counted } from './count-rows'
import { LAYOUTS, packEntries, type Entry, type Layout } from '../sharded/entries'
import { indexPaths, type IndexSizes, type ListHead } from '../sharded/index-format'

// Build time only.

/** A quote as the index counts and lists it. */
export type Quoted = Counted & Entry

/**
 * Writes a list (a facet value's, or a word's of its own) at `base`: its head with part 0, its
 * other parts and, when it has more than one part, its counts by year and its wishes by year.
 * `layout`: what the entries carry (entries.ts LAYOUTS).
 */
export function writeList(
  write: (path: string, json: unknown) => void,
  base: string,
  list: readonly Quoted[],
  sizes: IndexSizes,
  given: Layout = LAYOUTS.facet,
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
    head.counted = { years: counted.years, totals: counted.totals }
    write(indexPaths.yearly(base), counted.yearly)
    if (!layout.positions) write(indexPaths.wishes(base), counted.yearlyWishes)
  }
  write(indexPaths.list(base), head)
  parts.forEach((part, k) => {
    if (k > 0) write(indexPaths.part(base, k), packEntries(part, starts[k] ?? 0, layout))
  })
}
