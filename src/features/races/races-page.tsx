import { useMemo } from 'react'
import { useDatasetIndex } from '../../components/page/use-dataset'
import type { DatasetIndex } from '../../model/dataset-index'
import type { Race } from '../../dataset/schema'
import { PageHeading } from '../../components/page/page-heading'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { CollectionList } from '../../components/lists/collection-list'
import type { SortOption } from '../../components/lists/use-list-view'
import { collectionJsonLd } from '../../seo/structured-data'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { paths } from '../../urls/paths'
import { plural } from '../../format/labels'
import { compareByName, mostFirst } from '../../format/orders'
import { RaceCard } from './race-card'

type RaceSort = 'name' | 'drivers' | 'quotes'
type RaceOption = SortOption<Race, RaceSort>

const namesOf = (race: Race) => [race.name, race.shortName ?? '', race.nickname ?? '']

function sortsOf(index: DatasetIndex): [RaceOption, RaceOption, RaceOption] {
  const { wishers } = index.counts
  return [
    { value: 'name', label: 'Name, A–Z', compare: compareByName },
    {
      value: 'drivers',
      label: 'Most drivers wanting it first',
      compare: mostFirst((race) => wishers.get(race.id) ?? 0),
    },
    {
      value: 'quotes',
      label: 'Most quotes first',
      compare: mostFirst((race) => index.counts.byRace.get(race.id) ?? 0),
    },
  ]
}

export function RacesPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
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
      <CollectionList
        items={index.races}
        sorts={sorts}
        namesOf={namesOf}
        noun={['race', 'races']}
        filterLabel="Find a race"
        renderItem={(race) => <RaceCard index={index} race={race} />}
      />
    </>
  )
}
