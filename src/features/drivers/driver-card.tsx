import { Link } from 'react-router-dom'
import type { DatasetIndex } from '../../model/dataset-index'
import type { Driver } from '../../dataset/schema'
import { racesWantedBy } from '../../model/ambitions'
import { paths } from '../../urls/paths'
import { raceLabel } from '../../format/labels'
import { listOf } from '../../format/list-of'
import { records as words } from '../../i18n/en/records'

/** Races named on a card; the rest are counted ("Race A, Race B, Race C and 4 more"). */
const RACES_NAMED = 3

export function DriverCard({ index, driver }: { index: DatasetIndex; driver: Driver }) {
  const said = index.counts.said.get(driver.id) ?? 0
  const about = index.counts.about.get(driver.id) ?? 0
  const races = racesWantedBy(index, driver.id)
  const teams = driver.affiliations.flatMap((a) => index.teamById.get(a.teamId)?.name ?? [])
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={paths.driver(driver.id)}>{driver.name}</Link>
      </h2>
      {/* A dataset without teams does not say, card by card, that there is none. */}
      {index.counts.teams > 0 && (
        <p className="muted">{teams.length > 0 ? teams.join(' · ') : words.noTeam}</p>
      )}
      <p>{said + about === 0 ? words.notQuoted : words.byAbout(said, about)}</p>
      {races.length > 0 && (
        <p className="card__ambition">
          {words.wantsToRace(listOf(races.map(raceLabel), RACES_NAMED, words.more))}
        </p>
      )}
    </li>
  )
}
