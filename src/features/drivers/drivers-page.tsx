import { useMemo } from 'react'
import { useDatasetIndex } from '../../data/use-dataset'
import type { DatasetIndex } from '../../data/dataset-index'
import type { Driver } from '../../data/schema'
import { PageHeading } from '../../components/page-heading'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { CollectionList } from '../../components/collection-list'
import type { SortOption } from '../../components/use-list-view'
import { collectionJsonLd } from '../../data/structured-data'
import { paths } from '../../lib/paths'
import { plural } from '../../lib/labels'
import { compareByName, mostFirst } from '../../lib/orders'
import { DriverCard } from './driver-card'

type DriverSort = 'name' | 'quotes'

const namesOf = (driver: Driver) => [driver.name]

function sortsOf(
  index: DatasetIndex,
): [SortOption<Driver, DriverSort>, SortOption<Driver, DriverSort>] {
  return [
    { value: 'name', label: 'Name, A–Z', compare: compareByName },
    {
      value: 'quotes',
      label: 'Most quotes first',
      compare: mostFirst((driver) => index.counts.byDriver.get(driver.id) ?? 0),
    },
  ]
}

export function DriversPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
  const description = `All ${plural(index.drivers.length, 'driver')} in the quotes, with their teams and the races they want to drive.`
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
      <CollectionList
        items={index.drivers}
        sorts={sorts}
        namesOf={namesOf}
        noun={['driver', 'drivers']}
        filterLabel="Find a driver"
        renderItem={(driver) => <DriverCard index={index} driver={driver} />}
      />
    </>
  )
}
