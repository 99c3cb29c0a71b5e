import type { DatasetIndex } from '../../../model/dataset-index'
import type { Facet } from '../../../urls/explorer-params'
import { raceLabel } from '../../../format/labels'
import { explorer as words } from '../../../i18n/en/explorer'

type FacetName = { label: string; noun: { one: string; many: string }; allLabel: string }
const named = (label: string, [one, many]: [string, string], allLabel: string): FacetName => ({
  label,
  noun: { one, many },
  allLabel,
})

/** How each facet is named on screen: its control's label, and what one of its options is. */
export const facetNames = (): Record<Facet, FacetName> => ({
  driver: named(words.driver, words.driverNoun, words.allDrivers),
  team: named(words.team, words.teamNoun, words.allTeams),
  ambition: named(words.ambition, words.raceNoun, words.anyRace),
})

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
