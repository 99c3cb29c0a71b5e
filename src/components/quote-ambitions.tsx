import { Link } from 'react-router-dom'
import type { Quote } from '../data/schema'
import { useDatasetIndex } from '../data/use-dataset'
import { paths } from '../lib/paths'
import { raceLabel } from '../lib/labels'
import { uniqueBy } from '../lib/unique-by'

/** The ambitions a quote voices: whose wish to race where, each linking to the race. */
export function QuoteAmbitions({ quote }: { quote: Quote }) {
  const { driverById, raceById } = useDatasetIndex()
  const ambitions = uniqueBy(quote.ambitions, (a) => `${a.driverId}/${a.raceId}`)
  if (ambitions.length === 0) return null
  return (
    <ul className="quote__ambitions" aria-label="Ambitions voiced">
      {ambitions.map(({ driverId, raceId }) => {
        const race = raceById.get(raceId)
        const driver = driverById.get(driverId)
        if (!race || !driver) return null
        return (
          <li key={`${driverId}/${raceId}`}>
            <Link to={paths.race(race.id)} className="ambition-chip">
              <span className="ambition-chip__flag" aria-hidden="true" />
              {driver.name} wants to race {raceLabel(race)}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
