import { Link } from 'react-router-dom'
import type { Driver } from '../../dataset/schema'
import type { AmbitionView } from '../../model/detail-views'
import { EvidenceList } from '../../components/quote/evidence-list'
import { paths } from '../../urls/paths'
import { raceLabel } from '../../format/labels'
import { records as words } from '../../i18n/en/records'

type DriverAmbitionsProps = { driver: Driver; ambitions: readonly AmbitionView[] }

/** The races a driver wants to drive, each with the quotes that say so, whoever said them. */
export function DriverAmbitions({ driver, ambitions }: DriverAmbitionsProps) {
  if (ambitions.length === 0) return null
  return (
    <section aria-labelledby="ambitions-title" className="section">
      <h2 id="ambitions-title">
        {words.ambitions} <span className="count">{ambitions.length}</span>
      </h2>
      <ul className="ambition-list">
        {ambitions.map((ambition) => (
          <li key={ambition.race.id} className="ambition">
            <h3>
              <span className="ambition-chip__flag" aria-hidden="true" /> {words.wants}
              <Link to={paths.race(ambition.race.id)}>{raceLabel(ambition.race)}</Link>
              {words.wantsEnd} <span className="muted">({words.quotes(ambition.total)})</span>
            </h3>
            <EvidenceList
              evidence={ambition}
              ambition={{ driverId: driver.id, raceId: ambition.race.id }}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
