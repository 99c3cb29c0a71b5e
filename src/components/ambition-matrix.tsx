import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../data/use-dataset'
import { paths } from '../lib/paths'
import { plural, raceLabel } from '../lib/labels'

const MATRIX_TITLE = 'Who wants to race where'

/**
 * Drivers x races: who wants to race where, each filled cell linking to the quotes behind it.
 * Only drivers and races with at least one ambition get a row or a column.
 */
export function AmbitionMatrix({ titled = true }: { titled?: boolean }) {
  const index = useDatasetIndex()
  const { wishes: wishesOf, byRace } = index.counts
  const drivers = index.drivers.filter((driver) => wishesOf.has(driver.id))
  const races = index.races.filter((race) => byRace.has(race.id))
  if (drivers.length === 0 || races.length === 0) {
    return <p className="muted">No quote in this dataset voices an ambition to race.</p>
  }
  return (
    <section
      className="matrix"
      aria-label={titled ? undefined : MATRIX_TITLE}
      aria-labelledby={titled ? 'matrix-title' : undefined}
    >
      {titled && <h2 id="matrix-title">{MATRIX_TITLE}</h2>}
      <div
        className="matrix__scroll"
        role="region"
        aria-label={`${MATRIX_TITLE} (scrollable)`}
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">
            Drivers by row, races by column; a filled cell links to the quotes voicing that
            ambition.
          </caption>
          <thead>
            <tr>
              <th scope="col">Driver</th>
              {races.map((race) => (
                <th scope="col" key={race.id}>
                  <Link to={paths.race(race.id)}>{raceLabel(race)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drivers.map((driver) => {
              const wishes = wishesOf.get(driver.id)
              return (
                <tr key={driver.id}>
                  <th scope="row">
                    <Link to={paths.driver(driver.id)}>{driver.name}</Link>
                  </th>
                  {races.map((race) => {
                    const evidence = wishes?.get(race.id)
                    return (
                      <td key={race.id} className={evidence ? 'matrix__yes' : 'matrix__no'}>
                        {evidence ? (
                          <Link
                            to={paths.explorer({ driver: driver.id, ambition: race.id })}
                            className="matrix__cell-link"
                          >
                            <span className="matrix__flag" aria-hidden="true" />
                            Yes
                            <span className="visually-hidden">
                              , {driver.name} wants to race {raceLabel(race)}:
                            </span>{' '}
                            <span className="matrix__count">{plural(evidence, 'quote')}</span>
                          </Link>
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">No</span>
                          </>
                        )}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
