import type { Code, Totals, Wishes, YearlyTotals, YearlyWishes } from './index-format'

/** What a quote adds to the counts: its year's index, drivers, teams, races and wishes. */
export type Counted = {
  year: number
  drivers: readonly number[]
  teams: readonly number[]
  races: readonly number[]
  wishes: Code['wishes']
}

/** Rows counted by their key (all but the last number), the count in the last. */
function rowCounter<T extends number[]>() {
  const rows = new Map<string, T>()
  return {
    add(row: T) {
      const key = row.slice(0, -1).join(',')
      const counted = rows.get(key)
      if (counted) counted[counted.length - 1] = (counted.at(-1) ?? 0) + 1
      else rows.set(key, row)
    },
    rows: (): T[] => [...rows.values()].sort(compareRows),
  }
}

function compareRows(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** Everything the index counts of some quotes (index-format.ts), rows in key order. */
export function countsOf(quotes: Iterable<Counted>) {
  const years = rowCounter<[number, number]>()
  const totals = {
    d: rowCounter<[number, number]>(),
    t: rowCounter<[number, number]>(),
    r: rowCounter<[number, number]>(),
  }
  type Row = [number, number, number]
  const yearly = { d: rowCounter<Row>(), t: rowCounter<Row>(), r: rowCounter<Row>() }
  const wishes = rowCounter<[number, number, number]>()
  const yearlyWishes = rowCounter<[number, number, number, number]>()
  for (const { year, drivers, teams, races, wishes: voiced } of quotes) {
    years.add([year, 1])
    for (const [key, values] of [
      ['d', drivers],
      ['t', teams],
      ['r', races],
    ] as const) {
      for (const i of values) {
        totals[key].add([i, 1])
        yearly[key].add([year, i, 1])
      }
    }
    for (const [i, j] of voiced) {
      wishes.add([i, j, 1])
      yearlyWishes.add([year, i, j, 1])
    }
  }
  return {
    years: years.rows(),
    totals: { d: totals.d.rows(), t: totals.t.rows(), r: totals.r.rows() } satisfies Totals,
    yearly: { d: yearly.d.rows(), t: yearly.t.rows(), r: yearly.r.rows() } satisfies YearlyTotals,
    wishes: wishes.rows() satisfies Wishes,
    yearlyWishes: yearlyWishes.rows() satisfies YearlyWishes,
  }
}

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
