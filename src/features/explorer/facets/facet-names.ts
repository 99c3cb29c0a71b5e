import type { DatasetIndex } from '../../../model/dataset-index'
import type { Facet } from '../../../urls/explorer-params'
import { raceLabel } from '../../../format/labels'

/** How each facet is named on screen: its control's label, and what one of its options is. */
export const FACET_NAMES: Record<
  Facet,
  { label: string; noun: { one: string; many: string }; allLabel: string }
> = {
  driver: { label: 'Driver', noun: { one: 'driver', many: 'drivers' }, allLabel: 'All drivers' },
  team: { label: 'Team', noun: { one: 'team', many: 'teams' }, allLabel: 'All teams' },
  ambition: { label: 'Ambition', noun: { one: 'race', many: 'races' }, allLabel: 'Any race' },
}

/** Each option of a facet, named as people know it, in the dataset's order. */
export function facetChoices(index: DatasetIndex, facet: Facet): { id: string; label: string }[] {
  if (facet === 'driver') return index.drivers.map(({ id, name }) => ({ id, label: name }))
  if (facet === 'team') return index.teams.map(({ id, name }) => ({ id, label: name }))
  return index.races.map((race) => ({ id: race.id, label: raceLabel(race) }))
}

/** The name of one chosen id, if the dataset knows it. */
export function facetValueName(index: DatasetIndex, facet: Facet, id: string): string | undefined {
  if (facet === 'driver') return index.driverById.get(id)?.name
  if (facet === 'team') return index.teamById.get(id)?.name
  const race = index.raceById.get(id)
  return race && raceLabel(race)
}
