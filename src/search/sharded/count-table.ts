import type { FacetCounts } from './full-tally'
import type { IndexContext, ListHead } from './index-format'
import type { IndexReader, ListRef } from './index-reader'
import type { Period } from './start-file'

/** Rows summed by value (the number before the count), over the rows `take` keeps. */
export function sumRows(
  rows: readonly (readonly number[])[],
  take: (row: readonly number[]) => boolean = () => true,
): Map<number, number> {
  const sums = new Map<number, number>()
  for (const row of rows) {
    if (!take(row)) continue
    const i = row.at(-2) ?? -1
    sums.set(i, (sums.get(i) ?? 0) + (row.at(-1) ?? 0))
  }
  return sums
}

/** Wish rows summed: driver index -> race index -> count, over the rows `take` keeps. */
export function sumWishes(
  rows: readonly (readonly number[])[],
  take: (row: readonly number[]) => boolean = () => true,
  into = new Map<number, Map<number, number>>(),
  sign = 1,
): Map<number, Map<number, number>> {
  for (const row of rows) {
    if (!take(row)) continue
    const [i = -1, j = -1, n = 0] = row.slice(-3)
    let races = into.get(i)
    if (!races) into.set(i, (races = new Map()))
    races.set(j, (races.get(j) ?? 0) + sign * n)
  }
  return into
}

/** Each facet's counts over every quote of the period: the difference of two prefix totals. */
export async function periodCounts(
  reader: IndexReader,
  start: IndexContext,
  period: Period,
): Promise<FacetCounts> {
  if (period.whole) {
    const counts = (kind: 'd' | 't' | 'r') => new Map(start.counts[kind].map((n, i) => [i, n]))
    return { driver: counts('d'), team: counts('t'), ambition: counts('r') }
  }
  const [newer, older] = await Promise.all([
    reader.prefix(period.newer),
    reader.prefix(period.older),
  ])
  const minus = (key: 'd' | 't' | 'r') => {
    const sums = sumRows(older?.[key] ?? [])
    for (const [i, n] of sumRows(newer?.[key] ?? [])) sums.set(i, (sums.get(i) ?? 0) - n)
    return sums
  }
  return { driver: minus('d'), team: minus('t'), ambition: minus('r') }
}

/** The wishes voiced in the period, every quote's: the difference of two prefix files. */
export async function periodWishes(reader: IndexReader, period: Period) {
  const [newer, older] = await Promise.all([
    reader.prefixWishes(period.newer),
    reader.prefixWishes(period.older),
  ])
  return sumWishes(newer, undefined, sumWishes(older), -1)
}

/**
 * A long list's counts within the period, from its head (`counted`) and, for a period, its
 * counts by year: how many of its quotes fall in it, and each facet's values among them.
 */
export async function listCounts(
  reader: IndexReader,
  list: ListRef,
  counted: NonNullable<ListHead['counted']>,
  period: Period,
): Promise<{ inPeriod: number; counts: FacetCounts }> {
  const inYears = (row: readonly number[]) => period.has(row[0] ?? -1)
  const yearly = period.whole ? undefined : await reader.yearly(list)
  const sum = (key: 'd' | 't' | 'r') =>
    yearly ? sumRows(yearly[key], inYears) : sumRows(counted.totals[key])
  return {
    inPeriod: counted.years.reduce((total, [k, n]) => (period.has(k) ? total + n : total), 0),
    counts: { driver: sum('d'), team: sum('t'), ambition: sum('r') },
  }
}

/**
 * A list's ordinals within a period, every part that holds some read at once (a page's window
 * reads them one after the other, stopping when it has its page): for a download.
 */
export async function ordinalsIn(
  reader: IndexReader,
  list: ListRef,
  period: Period,
): Promise<number[]> {
  const { parts } = await reader.head(list)
  const read = await Promise.all(
    parts.map((first, k) => {
      const lo = Math.max(first, period.lo)
      const hi = Math.min(parts[k + 1] ?? Infinity, period.hi)
      return lo < hi ? reader.window(list, lo, hi, 0, Infinity) : []
    }),
  )
  return read.flat()
}
