import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page-meta'
import { raceJsonLd } from '../../data/structured-data'
import { usePageRecord } from '../../components/use-page-record'
import { DetailHeader } from '../../components/detail-header'
import { EvidenceList } from '../../components/evidence-list'
import { paths } from '../../lib/paths'
import { formatCount, plural, raceLabel } from '../../lib/labels'
import { RaceFacts } from './race-facts'
import { raceWishers } from '../../data/ambitions'

export function RacePage() {
  const page = usePageRecord('raceId', 'race', (index) => index.raceById)
  if (!page.found) return page.notFound
  const { record: race, index } = page

  const wishers = raceWishers(index, race.id)
  const quoteCount = index.quotesByRace.get(race.id)?.length ?? 0
  const names = wishers.map(({ driver }) => driver.name)
  const description =
    names.length > 0
      ? `Who wants to race ${raceLabel(race)}: ${names.join(', ')}, in their own words.`
      : `${race.name}: no driver here says they want to race it yet.`

  return (
    <article className="detail">
      <PageMeta
        title={race.name}
        description={description}
        path={paths.race(race.id)}
        jsonLd={raceJsonLd(index, race, siteLinks(paths.race(race.id)))}
      />
      <DetailHeader kicker="Race" title={race.name} path={paths.race(race.id)}>
        <RaceFacts race={race} />
        {quoteCount > 0 && (
          <p>
            <Link to={paths.explorer({ ambition: race.id })}>
              Explore the {plural(quoteCount, 'quote')} voicing an ambition to race it
            </Link>
          </p>
        )}
      </DetailHeader>

      <section aria-labelledby="wishers-title" className="section">
        <h2 id="wishers-title">
          Who wants to race it <span className="count">{formatCount(wishers.length)}</span>
        </h2>
        {wishers.length === 0 ? (
          <p className="muted">No quote here says a driver wants to race {raceLabel(race)}.</p>
        ) : (
          <ul className="ambition-list">
            {wishers.map(({ driver, quotes }) => (
              <li key={driver.id} className="ambition">
                <h3>
                  <Link to={paths.driver(driver.id)}>{driver.name}</Link>
                </h3>
                <EvidenceList quotes={quotes} ambition={{ driverId: driver.id, raceId: race.id }} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
