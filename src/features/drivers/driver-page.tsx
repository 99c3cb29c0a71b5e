import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { driverJsonLd } from '../../seo/record-json-ld'
import { driverView, type DriverView } from '../../model/detail-views'
import { usePageRecord } from '../../components/page/use-page-record'
import { DetailHeader } from '../../components/page/detail-header'
import { FeedLink } from '../../components/page/feed-link'
import { QuoteSection } from '../../components/quote/quote-section'
import { paths } from '../../urls/paths'
import { formatCount, plural, raceLabel } from '../../format/labels'
import { listOf } from '../../format/list-of'
import { DriverAmbitions } from './driver-ambitions'

export function DriverPage() {
  const page = usePageRecord('driverId', 'driver', (index) => index.driverById)
  if (!page.found) return page.notFound
  const { record: driver, index } = page

  const view = driverView(index, driver.id)
  const quoteCount = index.counts.byDriver.get(driver.id) ?? 0
  const summary = summaryOf(driver.name, view)
  const explore = paths.explorer({ driver: driver.id })

  return (
    <article className="detail">
      <PageMeta
        title={driver.name}
        description={summary}
        path={paths.driver(driver.id)}
        type="profile"
        jsonLd={driverJsonLd(index, driver, siteLinks(paths.driver(driver.id)))}
      />
      <DetailHeader kicker="Driver" title={driver.name} path={paths.driver(driver.id)}>
        {driver.nationality && <p className="muted">{driver.nationality}</p>}
        {driver.description && <p className="lede">{driver.description}</p>}
        <p className="detail-header__summary">{summary}</p>
        {quoteCount > 0 && (
          <p>
            <Link to={explore}>
              Explore the {plural(quoteCount, 'quote')} by or about {driver.name}
            </Link>
          </p>
        )}
        <FeedLink path={paths.driver(driver.id)} name={driver.name} />
      </DetailHeader>

      {/* A dataset without teams has no Teams section to leave empty. */}
      {index.counts.teams > 0 && (
        <section aria-labelledby="teams-title" className="section">
          <h2 id="teams-title">Teams</h2>
          {driver.affiliations.length > 0 ? (
            <ul className="fact-list">
              {driver.affiliations.map((affiliation, i) => {
                const team = index.teamById.get(affiliation.teamId)
                return (
                  team && (
                    <li key={`${team.id}-${i}`}>
                      <Link to={paths.team(team.id)}>{team.name}</Link>
                      {affiliation.role && <span className="muted"> · {affiliation.role}</span>}
                    </li>
                  )
                )
              })}
            </ul>
          ) : (
            <p className="muted">The sources name no team for {driver.name}.</p>
          )}
        </section>
      )}

      <DriverAmbitions driver={driver} ambitions={view.ambitions} />

      <QuoteSection
        id="said-title"
        title={`Quotes by ${driver.name}`}
        quotes={view.said}
        moreHref={explore}
        moreLabel={`See all quotes by or about ${driver.name} in the explorer`}
      />
      <QuoteSection
        id="about-title"
        title={`Quotes about ${driver.name}`}
        quotes={view.about}
        moreHref={explore}
        moreLabel={`See all quotes by or about ${driver.name} in the explorer`}
      />
    </article>
  )
}

/** What the page holds, in one sentence: its description, and the line under the name. */
function summaryOf(name: string, view: DriverView): string {
  const { said, about, ambitions } = view
  if (said.total === 0 && about.total === 0 && ambitions.length === 0) {
    return `${name} is named in the sources but not quoted in them, and no quote is about ${name}.`
  }
  const quotes = `${plural(said.total, 'quote')} by ${name}, ${formatCount(about.total)} about`
  if (ambitions.length === 0) return `${quotes}.`
  return `${quotes}; wants to race ${listOf(
    ambitions.map((ambition) => raceLabel(ambition.race)),
    3,
  )}.`
}
