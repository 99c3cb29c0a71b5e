import { compareIds, compareNames } from '../format/orders'

/**
 * The "who wants to race where" matrix as data: one row per driver with an ambition, the
 * drivers with the most ambitions first, cut to the rows shown. Built from the whole dataset's
 * counts (the races page), at build time (the explorer's first view) or by the explorer engine
 * for the current results, so the matrix always shows what the reader is looking at.
 */
export type MatrixJson = {
  /** driver id -> [race id, quotes voicing the wish][], in the order shown. */
  rows: [string, [string, number][]][]
  /** Every driver with an ambition, shown or not. */
  drivers: number
}

/** Rows shown at first; "Show more" adds as many again. */
export const MATRIX_ROWS = 12

type Wishes = Iterable<readonly [string, Iterable<readonly [string, number]>]>

/**
 * The first `limit` rows of the matrix, by number of ambitions, then quotes behind them, then
 * name (`nameOf`), then id: a total order, so the same data always gives the same rows.
 */
export function matrixOf(
  wishes: Wishes,
  nameOf: (driverId: string) => string | undefined,
  limit: number,
): MatrixJson {
  const rows = [...wishes].flatMap(([driverId, races]): Row[] => {
    const cells = [...races]
      .filter(([, n]) => n > 0)
      .map(([raceId, n]): [string, number] => [raceId, n])
    if (cells.length === 0) return []
    const quotes = cells.reduce((sum, [, n]) => sum + n, 0)
    return [{ driverId, name: nameOf(driverId) ?? driverId, cells, quotes }]
  })
  rows.sort(
    (a, b) =>
      b.cells.length - a.cells.length ||
      b.quotes - a.quotes ||
      compareNames(a.name, b.name) ||
      compareIds(a.driverId, b.driverId),
  )
  return {
    rows: rows.slice(0, limit).map(({ driverId, cells }) => [driverId, cells]),
    drivers: rows.length,
  }
}

type Row = { driverId: string; name: string; cells: [string, number][]; quotes: number }

/** Tallies the wishes voiced by some quotes: driver id -> race id -> quotes. */
export function wishesOf(
  quotes: Iterable<{ ambitions: readonly { driverId: string; raceId: string }[] }>,
): Map<string, Map<string, number>> {
  const wishes = new Map<string, Map<string, number>>()
  for (const quote of quotes) {
    for (const { driverId, raceId } of quote.ambitions) {
      let races = wishes.get(driverId)
      if (!races) wishes.set(driverId, (races = new Map()))
      races.set(raceId, (races.get(raceId) ?? 0) + 1)
    }
  }
  return wishes
}
