import type { DatasetIndex, QuoteEntry } from '../model/dataset-index'
import { relevanceOf, type CompiledSearch } from './search-index'
import type { Sort } from '../urls/explorer-params'

const later = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/** Dataset positions of the entries, newest source first; one date's quotes in dataset order. */
export function newestOrder(entries: readonly QuoteEntry[]): number[] {
  const dates = entries.map((entry) => entry.published)
  return dates.map((_, i) => i).sort((a, b) => later(dates[a] ?? '', dates[b] ?? ''))
}

/** The same, oldest first (one date's quotes still in dataset order). */
function oldestOrder(entries: readonly QuoteEntry[]): number[] {
  const dates = entries.map((entry) => entry.published)
  return dates.map((_, i) => i).sort((a, b) => later(dates[b] ?? '', dates[a] ?? ''))
}

/** The first quotes of the explorer as the page comes with them: newest first. */
export function newestQuotes(index: DatasetIndex, count: number) {
  return newestOrder(index.entries)
    .slice(0, count)
    .flatMap((i) => index.entries[i]?.quote ?? [])
}

/**
 * Each order's positions, made once per dataset, so that ordering a search's results is a walk
 * over one list, not a sort of 50,000 quotes a keystroke.
 */
export type Orders = Record<Exclude<Sort, 'relevance'>, readonly number[]>

export function buildOrders(entries: readonly QuoteEntry[], speakerName: (id: string) => string) {
  const newest = newestOrder(entries)
  // Made once for every language the site is built in: CLDR gives English and Dutch one order
  // (its root, with no Dutch tailoring), so the speaker order is the pages' A to Z in both.
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  const names = entries.map((entry) => speakerName(entry.quote.speakerId))
  return {
    newest,
    oldest: oldestOrder(entries),
    // Ties newest first: `newest` is already in that order and sort is stable.
    speaker: [...newest].sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '')),
  } satisfies Orders
}

/** The matched entries (dataset positions) in the order asked for. */
export function ordered(
  entries: readonly QuoteEntry[],
  matched: readonly number[],
  sort: Sort,
  orders: Orders,
  search: CompiledSearch,
): number[] {
  if (sort === 'relevance') {
    // Scores are small whole numbers: one bucket each, filled in newest-first order, gives the
    // best first and, within a score, the newest first, without sorting.
    const score = new Int32Array(entries.length).fill(-1)
    for (const i of matched) {
      const entry = entries[i]
      score[i] = entry ? relevanceOf(entry, search) : 0
    }
    const buckets: number[][] = []
    for (const i of orders.newest) {
      const points = score[i] ?? -1
      if (points >= 0) (buckets[points] ??= []).push(i)
    }
    return buckets.reverse().flatMap((bucket) => bucket ?? [])
  }
  if (matched.length === entries.length) return [...orders[sort]]
  const wanted = new Uint8Array(entries.length)
  for (const i of matched) wanted[i] = 1
  return orders[sort].filter((i) => wanted[i] === 1)
}
