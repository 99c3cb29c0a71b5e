import type { Driver } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import type { Term } from '../../search/search-query'
import { HighlightedText } from './highlighted-text'

/** " (Team A, Team B)": the driver's teams after their name, as search finds them. */
export function TeamNames({ driver, terms }: { driver: Driver; terms: readonly Term[] }) {
  const { teamById } = useDatasetIndex()
  const teams = [...new Set(driver.affiliations.map((a) => a.teamId))].flatMap(
    (id) => teamById.get(id) ?? [],
  )
  if (teams.length === 0) return null
  return (
    <span className="quote__teams">
      {' ('}
      {teams.map((team, i) => (
        <span key={team.id}>
          {i > 0 && ', '}
          <HighlightedText text={team.name} terms={terms} name />
        </span>
      ))}
      )
    </span>
  )
}
