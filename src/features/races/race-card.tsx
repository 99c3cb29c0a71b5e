import { Link } from 'react-router-dom'
import type { DatasetIndex } from '../../model/dataset-index'
import type { Race } from '../../dataset/schema'
import { raceWisherCounts } from '../../model/ambitions'
import { InlineLinks } from '../../components/lists/inline-links'
import { paths } from '../../urls/paths'
import { RaceFacts } from './race-facts'
import { records as words } from '../../i18n/en/records'

/** Drivers named on a card; the rest are counted, and listed on the race's page. */
const WISHERS_NAMED = 3

export function RaceCard({ index, race }: { index: DatasetIndex; race: Race }) {
  const wishers = raceWisherCounts(index, race.id)
  const quotes = index.counts.byRace.get(race.id) ?? 0
  const links = wishers.map(({ driver }) => ({
    id: driver.id,
    name: driver.name,
    to: paths.driver(driver.id),
  }))
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={paths.race(race.id)}>{race.name}</Link>
      </h3>
      <RaceFacts race={race} />
      {wishers.length === 0 ? (
        <p className="card__ambition">{words.raceNoWish}</p>
      ) : (
        <>
          <p className="card__ambition">
            {words.wantedBy}{' '}
            <InlineLinks links={links} max={WISHERS_NAMED} moreTo={paths.race(race.id)} />
          </p>
          <p className="muted">{words.wantIt(wishers.length, quotes)}</p>
        </>
      )}
    </li>
  )
}
