import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../../data/use-dataset'
import { PageHeading } from '../../components/page-heading'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { collectionJsonLd } from '../../data/structured-data'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { paths } from '../../lib/paths'
import { plural } from '../../lib/labels'
import { RaceFacts } from './race-facts'
import { raceWisherCounts } from '../../data/ambitions'

export function RacesPage() {
  const index = useDatasetIndex()
  const description = `The ${plural(index.races.length, 'race')} drivers dream of, and who wants to race each one.`
  return (
    <>
      <PageMeta
        title="Races"
        description={description}
        path={paths.races()}
        jsonLd={collectionJsonLd('Races', description, siteLinks(paths.races()))}
      />
      <PageHeading>Races</PageHeading>
      <p className="lede">The races drivers dream of, and who wants to race each one.</p>
      <AmbitionMatrix />
      <h2>All races</h2>
      <ul className="card-grid">
        {index.races.map((race) => {
          const wishers = raceWisherCounts(index, race.id)
          return (
            <li key={race.id} className="card">
              <h3 className="card__title">
                <Link to={paths.race(race.id)}>{race.name}</Link>
              </h3>
              <RaceFacts race={race} />
              <p className="card__ambition">
                {wishers.length === 0 ? 'No one here says they want to race it.' : 'Wanted by '}
                {wishers.map(({ driver }, i) => (
                  <Fragment key={driver.id}>
                    {i > 0 && (i === wishers.length - 1 ? ' and ' : ', ')}
                    <Link to={paths.driver(driver.id)}>{driver.name}</Link>
                  </Fragment>
                ))}
              </p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
