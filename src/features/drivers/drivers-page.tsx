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
import { compareByName, mostFirst } from '../../format/orders'
import { DriverCard } from './driver-card'
import { records as words } from '../../i18n/en/records'

type DriverSort = 'name' | 'quotes'

const namesOf = (driver: Driver) => [driver.name]

function sortsOf(
  index: DatasetIndex,
): [SortOption<Driver, DriverSort>, SortOption<Driver, DriverSort>] {
  return [
    { value: 'name', label: words.byName, compare: compareByName },
    {
      value: 'quotes',
      label: words.mostQuotes,
      compare: mostFirst((driver) => index.counts.byDriver.get(driver.id) ?? 0),
    },
  ]
}

export function DriversPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
  const description = words.driversDescription(index.drivers.length)
  return (
    <>
      <PageMeta
        title={words.driversTitle}
        description={description}
        path={paths.drivers()}
        jsonLd={collectionJsonLd(words.driversTitle, description, siteLinks(paths.drivers()))}
      />
      <PageHeading>{words.driversTitle}</PageHeading>
      <p className="lede">{words.driversLede}</p>
      <CollectionList
        items={index.drivers}
        sorts={sorts}
        namesOf={namesOf}
        noun={words.driverNoun}
        filterLabel={words.findDriver}
        renderItem={(driver) => <DriverCard index={index} driver={driver} />}
      />
    </>
  )
}
