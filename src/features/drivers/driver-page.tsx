import { Link } from 'react-router-dom'
import { racesWantedBy } from '../../data/ambitions'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { driverJsonLd } from '../../data/structured-data'
import { usePageRecord } from '../../components/use-page-record'
import { DetailHeader } from '../../components/detail-header'
import { QuoteSection } from '../../components/quote-section'
import { paths } from '../../lib/paths'
import { plural, raceLabel } from '../../lib/labels'
import { DriverAmbitions } from './driver-ambitions'

export function DriverPage() {
  const page = usePageRecord('driverId', 'driver', (index) => index.driverById)
  if (!page.found) return page.notFound
  const { record: driver, index } = page

  const said = index.quotesBySpeaker.get(driver.id)
  const about = index.quotesAbout.get(driver.id)
  const races = racesWantedBy(index, driver.id)
  const quoteCount = index.quotesByDriver.get(driver.id)?.length ?? 0
  const summary = [
    `${plural(said?.length ?? 0, 'quote')} by ${driver.name}, ${about?.length ?? 0} about`,
    races.length > 0 ? `wants to race ${races.map(raceLabel).join(' and ')}` : undefined,
  ]
    .filter(Boolean)
    .join('; ')

  return (
    <article className="detail">
      <PageMeta
        title={driver.name}
        description={`${summary}.`}
        path={paths.driver(driver.id)}
        type="profile"
        jsonLd={driverJsonLd(index, driver, siteLinks(paths.driver(driver.id)))}
      />
      <DetailHeader kicker="Driver" title={driver.name} path={paths.driver(driver.id)}>
        {driver.nationality && <p className="muted">{driver.nationality}</p>}
        {driver.description && <p className="lede">{driver.description}</p>}
        {quoteCount > 0 && (
          <p>
            <Link to={paths.explorer({ driver: driver.id })}>
              Explore the {plural(quoteCount, 'quote')} by or about {driver.name}
            </Link>
          </p>
        )}
      </DetailHeader>

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

      <DriverAmbitions driver={driver} />

      <QuoteSection
        id="said-title"
        title={`Quotes by ${driver.name}`}
        quotes={said}
        empty={`${driver.name} is not quoted in these sources.`}
        moreHref={paths.explorer({ driver: driver.id })}
        moreLabel={`See all quotes by or about ${driver.name} in the explorer`}
      />
      <QuoteSection
        id="about-title"
        title={`Quotes about ${driver.name}`}
        quotes={about}
        empty={`No one is quoted about ${driver.name} in these sources.`}
        moreHref={paths.explorer({ driver: driver.id })}
        moreLabel={`See all quotes by or about ${driver.name} in the explorer`}
      />
    </article>
  )
}
