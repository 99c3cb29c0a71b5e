import type { StartFile } from './index-format'

/**
 * A period (`from`, `to`, either open) in the index's terms. Years run newest first in ordinal
 * order, so the period's years are the indexes [newer, older) of StartFile.years and its quotes
 * the ordinals [lo, hi).
 */
export type Period = {
  lo: number
  hi: number
  newer: number
  older: number
  /** Whether a year (its index in StartFile.years) is in the period. */
  has: (year: number) => boolean
  /** No period asked for: every year. */
  whole: boolean
  /** The index of the year an ordinal falls in. */
  yearOf: (ordinal: number) => number
}

export function periodOf(start: StartFile, from: number | null, to: number | null): Period {
  const { years, quotes } = start
  const firstAfter = (test: (year: number) => boolean) => {
    const k = years.findIndex(([year]) => test(year))
    return k === -1 ? years.length : k
  }
  const newer = to === null ? 0 : firstAfter((year) => year <= to)
  const older =
    from === null
      ? years.length
      : Math.max(
          newer,
          firstAfter((year) => year < from),
        )
  const ordinalAt = (k: number) => years[k]?.[1] ?? quotes
  return {
    lo: ordinalAt(newer),
    hi: ordinalAt(older),
    newer,
    older,
    has: (year) => year >= newer && year < older,
    whole: newer === 0 && older === years.length,
    yearOf: (ordinal) => {
      let low = 0
      let high = years.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if ((years[mid]?.[1] ?? 0) <= ordinal) low = mid
        else high = mid - 1
      }
      return low
    },
  }
}
