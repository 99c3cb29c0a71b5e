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
import { compareByName, mostFirst } from '../../format/orders'
import { RaceCard } from './race-card'
import { records as words } from '../../i18n/en/records'

type RaceSort = 'name' | 'drivers' | 'quotes'
type RaceOption = SortOption<Race, RaceSort>

const namesOf = (race: Race) => [race.name, race.shortName ?? '', race.nickname ?? '']

function sortsOf(index: DatasetIndex): [RaceOption, RaceOption, RaceOption] {
  const { wishers } = index.counts
  return [
    { value: 'name', label: words.byName, compare: compareByName },
    {
      value: 'drivers',
      label: words.mostWishers,
      compare: mostFirst((race) => wishers.get(race.id) ?? 0),
    },
    {
      value: 'quotes',
      label: words.mostQuotes,
      compare: mostFirst((race) => index.counts.byRace.get(race.id) ?? 0),
    },
  ]
}

export function RacesPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
  const description = words.racesDescription(index.races.length)
  return (
    <>
      <PageMeta
        title={words.racesTitle}
        description={description}
        path={paths.races()}
        jsonLd={collectionJsonLd(words.racesTitle, description, siteLinks(paths.races()))}
      />
      <PageHeading>{words.racesTitle}</PageHeading>
      <p className="lede">{words.racesLede}</p>
      <AmbitionMatrix />
      <h2>{words.allRaces}</h2>
      <CollectionList
        items={index.races}
        sorts={sorts}
        namesOf={namesOf}
        noun={words.raceNoun}
        filterLabel={words.findRace}
        renderItem={(race) => <RaceCard index={index} race={race} />}
      />
    </>
  )
}
