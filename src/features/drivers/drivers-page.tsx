import { useMemo } from 'react'
import { useDatasetIndex } from '../../components/page/use-dataset'
import type { DatasetIndex } from '../../model/dataset-index'
import type { Driver } from '../../dataset/schema'
import { PageHeading } from '../../components/page/page-heading'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { CollectionList } from '../../components/lists/collection-list'
import type { SortOption } from '../../components/lists/use-list-view'
import { collectionJsonLd } from '../../seo/structured-data'
import { paths } from '../../urls/paths'
import { plural } from '../../format/labels'
import { compareByName, mostFirst } from '../../format/orders'
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
