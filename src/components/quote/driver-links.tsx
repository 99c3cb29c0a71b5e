import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../page/use-dataset'
import { paths } from '../../urls/paths'
import type { Term } from '../../search/search-query'
import { HighlightedText } from './highlighted-text'
import { TeamNames } from './team-names'

const NO_TERMS: readonly Term[] = []

type DriverLinksProps = { ids: readonly string[]; terms?: readonly Term[]; withTeams?: boolean }

/** "A, B and C", each a link to the driver's page; with their teams, as a quote's card says. */
export function DriverLinks({ ids, terms = NO_TERMS, withTeams = false }: DriverLinksProps) {
  const { driverById } = useDatasetIndex()
  const drivers = ids.flatMap((id) => driverById.get(id) ?? [])
  return drivers.map((driver, i) => (
    <Fragment key={driver.id}>
      {i > 0 && (i === drivers.length - 1 ? ' and ' : ', ')}
      <Link to={paths.driver(driver.id)}>
        <HighlightedText text={driver.name} terms={terms} name />
      </Link>
      {withTeams && <TeamNames driver={driver} terms={terms} />}
    </Fragment>
  ))
}
