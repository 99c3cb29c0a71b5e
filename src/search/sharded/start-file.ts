import type { Facet, KnownIds } from '../../urls/explorer-params'
import type { StartFile } from './index-format'

/** A facet's ids in the index's order: a value's index is its place here. */
export function idsOf(start: StartFile, facet: Facet): string[] {
  const records = { driver: start.drivers, team: start.teams, ambition: start.races }[facet]
  return records.map(([id]) => id)
}

/** The ids each facet accepts: the index's, as a page's URL is read against its dataset. */
export function knownIn(start: StartFile): KnownIds {
  const known = (facet: Facet) => new Set(idsOf(start, facet))
  return { driver: known('driver'), team: known('team'), ambition: known('ambition') }
}

/** The order of `speaker` (result-order.ts buildOrders): by name, ties newest first. */
export function bySpeaker(start: StartFile, speakerOf: (ordinal: number) => number) {
  const collator = new Intl.Collator('en', { sensitivity: 'base' })
  const name = (ordinal: number) => start.drivers[speakerOf(ordinal)]?.[1] ?? ''
  return (a: number, b: number) => collator.compare(name(a), name(b)) || a - b
}
