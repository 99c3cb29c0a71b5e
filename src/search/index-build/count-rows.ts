import type { Code, Totals, Wishes, YearlyTotals, YearlyWishes } from '../sharded/index-format'

// Build time only.

/** What a quote adds to the counts: its year's index, drivers, teams, races and wishes. */
export type Counted = {
  year: number
  drivers: readonly number[]
  teams: readonly number[]
  races: readonly number[]
  wishes: Code['wishes']
}

/** Keys up to this many per place: indexes of years, drivers, teams and races stay below it. */
const SPAN = 2 ** 16

/** Rows counted by their key (all but the last number), the count in the last. */
function rowCounter<T extends number[]>() {
  const rows = new Map<number, T>()
  return {
    add(row: T) {
      let key = 0
      for (let i = 0; i < row.length - 1; i++) key = key * SPAN + (row[i] ?? 0)
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
export function countsOf(quotes: Iterable<Counted>, { wishes: withWishes = true } = {}) {
  type Pair = [number, number]
  type Row = [number, number, number]
  const years = rowCounter<Pair>()
  const totals = { d: rowCounter<Pair>(), t: rowCounter<Pair>(), r: rowCounter<Pair>() }
  const yearly = { d: rowCounter<Row>(), t: rowCounter<Row>(), r: rowCounter<Row>() }
  const wishes = rowCounter<Row>()
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
    if (!withWishes) continue
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
