import { useMemo } from 'react'
import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../../components/page/use-dataset'
import type { DatasetIndex } from '../../model/dataset-index'
import type { Team } from '../../dataset/schema'
import { PageHeading } from '../../components/page/page-heading'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { CollectionList } from '../../components/lists/collection-list'
import type { SortOption } from '../../components/lists/use-list-view'
import { collectionJsonLd } from '../../seo/structured-data'
import { paths } from '../../urls/paths'
import { compareByName, mostFirst } from '../../format/orders'
import { records as words } from '../../i18n/en/records'

type TeamSort = 'name' | 'quotes' | 'drivers'
type TeamOption = SortOption<Team, TeamSort>

const namesOf = (team: Team) => [team.name]

function sortsOf(index: DatasetIndex): [TeamOption, TeamOption, TeamOption] {
  const { byTeam, teamDrivers } = index.counts
  return [
    { value: 'name', label: words.byName, compare: compareByName },
    {
      value: 'quotes',
      label: words.mostQuotes,
      compare: mostFirst((team) => byTeam.get(team.id) ?? 0),
    },
    {
      value: 'drivers',
      label: words.mostDrivers,
      compare: mostFirst((team) => teamDrivers.get(team.id) ?? 0),
    },
  ]
}

export function TeamsPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
  const description = words.teamsDescription(index.teams.length)
  return (
    <>
      <PageMeta
        title={words.teamsTitle}
        description={description}
        path={paths.teams()}
        jsonLd={collectionJsonLd(words.teamsTitle, description, siteLinks(paths.teams()))}
      />
      <PageHeading>{words.teamsTitle}</PageHeading>
      <p className="lede">{words.teamsLede}</p>
      <CollectionList
        items={index.teams}
        sorts={sorts}
        namesOf={namesOf}
        noun={words.teamNoun}
        filterLabel={words.findTeam}
        renderItem={(team) => <TeamCard index={index} team={team} />}
      />
    </>
  )
}

function TeamCard({ index, team }: { index: DatasetIndex; team: Team }) {
  const drivers = index.counts.teamDrivers.get(team.id) ?? 0
  const quotes = index.counts.byTeam.get(team.id) ?? 0
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={paths.team(team.id)}>{team.name}</Link>
      </h2>
      {team.category && <p className="muted">{team.category}</p>}
      <p>
        {words.drivers(drivers)}, {words.quotes(quotes)}
      </p>
    </li>
  )
}
