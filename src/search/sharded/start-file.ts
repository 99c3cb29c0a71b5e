import type { Facet, KnownIds } from '../../urls/explorer-params'
import type { DatasetIndex } from '../../model/dataset-index'
import {
  IndexFileError,
  type IndexContext,
  type IndexRecords,
  type StartFile,
} from './index-format'

/** A facet's ids in the index's order: a value's index is its place here. */
export function idsOf(start: IndexContext, facet: Facet): string[] {
  const records = { driver: start.drivers, team: start.teams, ambition: start.races }[facet]
  return records.map(([id]) => id)
}

/** The ids each facet accepts: the index's, as a page's URL is read against its dataset. */
export function knownIn(start: IndexContext): KnownIds {
  const known = (facet: Facet) => new Set(idsOf(start, facet))
  return { driver: known('driver'), team: known('team'), ambition: known('ambition') }
}

/** The order of `speaker` (result-order.ts buildOrders): by name, ties newest first. */
export function bySpeaker(start: IndexContext, speakerOf: (ordinal: number) => number) {
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  const name = (ordinal: number) => start.drivers[speakerOf(ordinal)]?.[1] ?? ''
  return (a: number, b: number) => collator.compare(name(a), name(b)) || a - b
}

/**
 * The page's records with the index's start-up file: they must be of one build, which the
 * lengths of the index's lists confirm.
 */
export function contextOf(start: StartFile, records: IndexRecords): IndexContext {
  const { drivers, teams, races } = records
  if (
    start.counts.d.length !== drivers.length ||
    start.counts.t.length !== teams.length ||
    start.counts.r.length !== races.length
  ) {
    throw new IndexFileError("The explorer's index is not of the page's dataset: reload the page.")
  }
  return { ...start, ...records }
}

/** The records the index's lists are numbered by, from the page's own (indexOfPage). */
export function indexRecordsOf(index: DatasetIndex): IndexRecords {
  const teamAt = new Map(index.teams.map((team, i) => [team.id, i]))
  const defined = (name: string | undefined) => (name === undefined ? [] : [name])
  return {
    drivers: index.drivers.map((driver) => [
      driver.id,
      driver.name,
      [...new Set(driver.affiliations.map((a) => teamAt.get(a.teamId) ?? -1))],
    ]),
    teams: index.teams.map((team) => [team.id, team.name]),
    races: index.races.map((race) => [
      race.id,
      [race.name, race.shortName, race.nickname, race.venue].flatMap(defined),
    ]),
  }
}

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
