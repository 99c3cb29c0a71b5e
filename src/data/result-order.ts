import type { DatasetIndex, QuoteEntry } from './dataset-index'
import { relevanceOf, type CompiledSearch } from './search-index'
import type { Sort } from '../lib/explorer-params'

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
    const rank = rankIn(orders.newest, entries.length)
    const scored = matched.map((i) => {
      const entry = entries[i]
      return { i, score: entry ? relevanceOf(entry, search) : 0 }
    })
    scored.sort((a, b) => b.score - a.score || (rank[a.i] ?? 0) - (rank[b.i] ?? 0))
    return scored.map(({ i }) => i)
  }
  if (matched.length === entries.length) return [...orders[sort]]
  const wanted = new Uint8Array(entries.length)
  for (const i of matched) wanted[i] = 1
  return orders[sort].filter((i) => wanted[i] === 1)
}

const ranks = new WeakMap<readonly number[], Int32Array>()

function rankIn(order: readonly number[], length: number): Int32Array {
  let rank = ranks.get(order)
  if (!rank) {
    rank = new Int32Array(length)
    order.forEach((entry, position) => {
      if (rank) rank[entry] = position
    })
    ranks.set(order, rank)
  }
  return rank
}
