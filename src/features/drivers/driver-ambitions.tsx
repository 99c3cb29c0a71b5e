import { Link } from 'react-router-dom'
import type { Driver } from '../../data/schema'
import { useDatasetIndex } from '../../data/use-dataset'
import { EvidenceList } from '../../components/evidence-list'
import { paths } from '../../lib/paths'
import { raceLabel } from '../../lib/labels'

/** The races a driver wants to drive, each with the quotes that say so, whoever said them. */
export function DriverAmbitions({ driver }: { driver: Driver }) {
  const index = useDatasetIndex()
  const wishes = [...(index.ambitionsByDriver.get(driver.id) ?? [])]
  return (
    <section aria-labelledby="ambitions-title" className="section">
      <h2 id="ambitions-title">Ambitions</h2>
      {wishes.length === 0 ? (
        <p className="muted">No quote here says which race {driver.name} wants to drive.</p>
      ) : (
        <ul className="ambition-list">
          {wishes.map(([raceId, quotes]) => {
            const race = index.raceById.get(raceId)
            if (!race) return null
            return (
              <li key={raceId} className="ambition">
                <h3>
                  <span className="ambition-chip__flag" aria-hidden="true" /> Wants to race{' '}
                  <Link to={paths.race(race.id)}>{raceLabel(race)}</Link>
                </h3>
                <EvidenceList quotes={quotes} ambition={{ driverId: driver.id, raceId: race.id }} />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
