import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../data/use-dataset'
import { paths } from '../lib/paths'

/** "A, B and C", each a link to the driver's page. */
export function DriverLinks({ ids }: { ids: readonly string[] }) {
  const { driverById } = useDatasetIndex()
  const drivers = ids.flatMap((id) => driverById.get(id) ?? [])
  return drivers.map((driver, i) => (
    <Fragment key={driver.id}>
      {i > 0 && (i === drivers.length - 1 ? ' and ' : ', ')}
      <Link to={paths.driver(driver.id)}>{driver.name}</Link>
    </Fragment>
  ))
}
