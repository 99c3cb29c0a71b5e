import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { teamJsonLd } from '../../data/structured-data'
import { usePageRecord } from '../../components/use-page-record'
import { DetailHeader } from '../../components/detail-header'
import { QuoteSection } from '../../components/quote-section'
import { paths } from '../../lib/paths'
import { formatCount, plural } from '../../lib/labels'

export function TeamPage() {
  const page = usePageRecord('teamId', 'team', (index) => index.teamById)
  if (!page.found) return page.notFound
  const { record: team, index } = page

  const drivers = index.driversByTeam.get(team.id) ?? []
  const quotes = index.quotesByTeam.get(team.id)
  const description = `${team.name}${team.category ? ` (${team.category})` : ''}: ${plural(drivers.length, 'driver')} and ${plural(quotes?.length ?? 0, 'quote')} by or about them.`

  return (
    <article className="detail">
      <PageMeta
        title={team.name}
        description={description}
        path={paths.team(team.id)}
        jsonLd={teamJsonLd(index, team, siteLinks(paths.team(team.id)))}
      />
      <DetailHeader kicker="Team" title={team.name} path={paths.team(team.id)}>
        {team.category && <p className="muted">{team.category}</p>}
        {quotes && (
          <p>
            <Link to={paths.explorer({ team: team.id })}>
              Explore the {plural(quotes.length, 'quote')} by or about its drivers
            </Link>
          </p>
        )}
      </DetailHeader>

      <section aria-labelledby="drivers-title" className="section">
        <h2 id="drivers-title">
          Drivers <span className="count">{formatCount(drivers.length)}</span>
        </h2>
        {drivers.length === 0 ? (
          <p className="muted">The sources name no driver for {team.name}.</p>
        ) : (
          <ul className="fact-list">
            {drivers.map((driver) => (
              <li key={driver.id}>
                <Link to={paths.driver(driver.id)}>{driver.name}</Link>
                {driver.affiliations
                  .filter((a) => a.teamId === team.id && a.role)
                  .map((a, i) => (
                    <span key={i} className="muted">
                      {' '}
                      · {a.role}
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <QuoteSection
        id="team-quotes-title"
        title={`Quotes by or about ${team.name} drivers`}
        quotes={quotes}
        empty={`No quote here is by or about a ${team.name} driver.`}
        moreHref={paths.explorer({ team: team.id })}
        moreLabel={`See all of them in the explorer`}
      />
    </article>
  )
}
