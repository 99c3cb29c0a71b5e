import { Link } from 'react-router-dom'
import { useDatasetIndex } from '../../data/use-dataset'
import { PageHeading } from '../../components/page-heading'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { collectionJsonLd } from '../../data/structured-data'
import { paths } from '../../lib/paths'
import { plural } from '../../lib/labels'

export function TeamsPage() {
  const index = useDatasetIndex()
  const teams = [...index.teams].sort((a, b) => a.name.localeCompare(b.name, 'en'))
  const description = `All ${plural(teams.length, 'team')} in the quotes, with their drivers.`
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
      <ul className="card-grid">
        {teams.map((team) => {
          const drivers = index.counts.teamDrivers.get(team.id) ?? 0
          const quotes = index.counts.byTeam.get(team.id) ?? 0
          return (
            <li key={team.id} className="card">
              <h2 className="card__title">
                <Link to={paths.team(team.id)}>{team.name}</Link>
              </h2>
              {team.category && <p className="muted">{team.category}</p>}
              <p>
                {plural(drivers, 'driver')}, {plural(quotes, 'quote')}
              </p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
