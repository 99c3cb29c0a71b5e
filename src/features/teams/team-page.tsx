import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { teamJsonLd } from '../../seo/record-json-ld'
import { teamView } from '../../model/detail-views'
import { usePageRecord } from '../../components/page/use-page-record'
import { DetailHeader } from '../../components/page/detail-header'
import { FeedLink } from '../../components/page/feed-link'
import { QuoteSection } from '../../components/quote/quote-section'
import { paths } from '../../urls/paths'
import { formatCount } from '../../format/labels'
import { records as words } from '../../i18n/en/records'

export function TeamPage() {
  const page = usePageRecord('teamId', 'team', (index) => index.teamById)
  if (!page.found) return page.notFound
  const { record: team, index } = page

  const { drivers, quotes } = teamView(index, team.id)
  const explore = paths.explorer({ team: team.id })
  const summary =
    drivers.total === 0 && quotes.total === 0
      ? words.teamEmpty(team.name)
      : words.teamSummary(drivers.total, quotes.total)

  return (
    <article className="detail">
      <PageMeta
        title={team.name}
        description={`${team.name}${team.category ? ` (${team.category})` : ''}: ${summary}`}
        path={paths.team(team.id)}
        jsonLd={teamJsonLd(index, team, siteLinks(paths.team(team.id)))}
      />
      <DetailHeader kicker={words.team} title={team.name} path={paths.team(team.id)}>
        {team.category && <p className="muted">{team.category}</p>}
        <p className="detail-header__summary">{summary}</p>
        {quotes.total > 0 && (
          <p>
            <Link to={explore}>{words.exploreTeam(quotes.total)}</Link>
          </p>
        )}
        <FeedLink path={paths.team(team.id)} name={team.name} />
      </DetailHeader>

      {drivers.total > 0 && (
        <section aria-labelledby="drivers-title" className="section">
          <h2 id="drivers-title">
            {words.driversTitle} <span className="count">{formatCount(drivers.total)}</span>
          </h2>
          <ul className="fact-list">
            {drivers.shown.map((driver) => (
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
          {drivers.total > drivers.shown.length && (
            <p className="more">{words.showingByName(drivers.shown.length, drivers.total)}</p>
          )}
        </section>
      )}

      <QuoteSection
        id="team-quotes-title"
        title={words.teamQuotes(team.name)}
        quotes={quotes}
        moreHref={explore}
        moreLabel={words.seeAllOfThem}
      />
    </article>
  )
}
