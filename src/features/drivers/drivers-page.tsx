import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../../data/use-dataset'
import { racesWantedBy } from '../../data/ambitions'
import { PageHeading } from '../../components/page-heading'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { collectionJsonLd } from '../../data/structured-data'
import { paths } from '../../lib/paths'
import { plural, raceLabel } from '../../lib/labels'

export function DriversPage() {
  const index = useDatasetIndex()
  const drivers = [...index.drivers].sort((a, b) => a.name.localeCompare(b.name, 'en'))
  const description = `All ${plural(drivers.length, 'driver')} in the quotes, with their teams and the races they want to drive.`
  return (
    <>
      <PageMeta
        title="Drivers"
        description={description}
        path={paths.drivers()}
        jsonLd={collectionJsonLd('Drivers', description, siteLinks(paths.drivers()))}
      />
      <PageHeading>Drivers</PageHeading>
      <p className="lede">Everyone the sources name, quoted or not.</p>
      <ul className="card-grid">
        {drivers.map((driver) => {
          const said = index.counts.said.get(driver.id) ?? 0
          const about = index.counts.about.get(driver.id) ?? 0
          const races = racesWantedBy(index, driver.id)
          return (
            <li key={driver.id} className="card">
              <h2 className="card__title">
                <Link to={paths.driver(driver.id)}>{driver.name}</Link>
              </h2>
              <p className="muted">
                {driver.affiliations
                  .map((a) => index.teamById.get(a.teamId)?.name)
                  .filter(Boolean)
                  .join(' · ') || 'No team given'}
              </p>
              <p>
                {plural(said, 'quote')} by, {about} about
              </p>
              {races.length > 0 && (
                <p className="card__ambition">Wants to race {races.map(raceLabel).join(' and ')}</p>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}
