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
import { plural } from '../../format/labels'
import { compareByName, mostFirst } from '../../format/orders'

type TeamSort = 'name' | 'quotes' | 'drivers'
type TeamOption = SortOption<Team, TeamSort>

const namesOf = (team: Team) => [team.name]

function sortsOf(index: DatasetIndex): [TeamOption, TeamOption, TeamOption] {
  const { byTeam, teamDrivers } = index.counts
  return [
    { value: 'name', label: 'Name, A–Z', compare: compareByName },
    {
      value: 'quotes',
      label: 'Most quotes first',
      compare: mostFirst((team) => byTeam.get(team.id) ?? 0),
    },
    {
      value: 'drivers',
      label: 'Most drivers first',
      compare: mostFirst((team) => teamDrivers.get(team.id) ?? 0),
    },
  ]
}

export function TeamsPage() {
  const index = useDatasetIndex()
  const sorts = useMemo(() => sortsOf(index), [index])
  const description = `All ${plural(index.teams.length, 'team')} in the quotes, with their drivers.`
  return (
    <>
      <PageMeta
        title="Teams"
        description={description}
        path={paths.teams()}
        jsonLd={collectionJsonLd('Teams', description, siteLinks(paths.teams()))}
      />
      <PageHeading>Teams</PageHeading>
      <p className="lede">The teams the sources name, with their drivers.</p>
      <CollectionList
        items={index.teams}
        sorts={sorts}
        namesOf={namesOf}
        noun={['team', 'teams']}
        filterLabel="Find a team"
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
        {plural(drivers, 'driver')}, {plural(quotes, 'quote')}
      </p>
    </li>
  )
}
