import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { driverJsonLd } from '../../seo/record-json-ld'
import { driverView, type DriverView } from '../../model/detail-views'
import { usePageRecord } from '../../components/page/use-page-record'
import { DetailHeader } from '../../components/page/detail-header'
import { FeedLink } from '../../components/page/feed-link'
import { QuoteSection } from '../../components/quote/quote-section'
import { paths } from '../../urls/paths'
import { raceLabel } from '../../format/labels'
import { listOf } from '../../format/list-of'
import { DriverAmbitions } from './driver-ambitions'
import { records as words } from '../../i18n/en/records'

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
      <DetailHeader kicker={words.driver} title={driver.name} path={paths.driver(driver.id)}>
        {driver.nationality && <p className="muted">{driver.nationality}</p>}
        {driver.description && <p className="lede">{driver.description}</p>}
        <p className="detail-header__summary">{summary}</p>
        {quoteCount > 0 && (
          <p>
            <Link to={explore}>{words.exploreDriver(quoteCount, driver.name)}</Link>
          </p>
        )}
        <FeedLink path={paths.driver(driver.id)} name={driver.name} />
      </DetailHeader>

      {/* A dataset without teams has no Teams section to leave empty. */}
      {index.counts.teams > 0 && (
        <section aria-labelledby="teams-title" className="section">
          <h2 id="teams-title">{words.teamsTitle}</h2>
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
            <p className="muted">{words.noTeamFor(driver.name)}</p>
          )}
        </section>
      )}

      <DriverAmbitions driver={driver} ambitions={view.ambitions} />

      <QuoteSection
        id="said-title"
        title={words.quotesBy(driver.name)}
        quotes={view.said}
        moreHref={explore}
        moreLabel={words.seeAllDriver(driver.name)}
      />
      <QuoteSection
        id="about-title"
        title={words.quotesAbout(driver.name)}
        quotes={view.about}
        moreHref={explore}
        moreLabel={words.seeAllDriver(driver.name)}
      />
    </article>
  )
}

/** What the page holds, in one sentence: its description, and the line under the name. */
function summaryOf(name: string, view: DriverView): string {
  const { said, about, ambitions } = view
  if (said.total === 0 && about.total === 0 && ambitions.length === 0) {
    return words.driverNotQuoted(name)
  }
  const races = ambitions.map((ambition) => raceLabel(ambition.race))
  const wanted = races.length > 0 ? listOf(races, 3, words.more) : undefined
  return words.driverSummary(name, said.total, about.total, wanted)
}
