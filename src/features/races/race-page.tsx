import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { raceJsonLd } from '../../seo/record-json-ld'
import { raceView, type RaceView } from '../../model/detail-views'
import { usePageRecord } from '../../components/page/use-page-record'
import { DetailHeader } from '../../components/page/detail-header'
import { FeedLink } from '../../components/page/feed-link'
import { EvidenceList } from '../../components/quote/evidence-list'
import type { Race } from '../../dataset/schema'
import { paths } from '../../urls/paths'
import { formatCount, raceLabel } from '../../format/labels'
import { listOf } from '../../format/list-of'
import { RaceFacts } from './race-facts'
import { records as words } from '../../i18n/en/records'

export function RacePage() {
  const page = usePageRecord('raceId', 'race', (index) => index.raceById)
  if (!page.found) return page.notFound
  const { record: race, index } = page

  const view = raceView(index, race.id)
  const quoteCount = index.counts.byRace.get(race.id) ?? 0
  const explore = paths.explorer({ ambition: race.id })

  return (
    <article className="detail">
      <PageMeta
        title={race.name}
        description={descriptionOf(race, view)}
        path={paths.race(race.id)}
        jsonLd={raceJsonLd(index, race, siteLinks(paths.race(race.id)))}
      />
      <DetailHeader kicker={words.race} title={race.name} path={paths.race(race.id)}>
        <RaceFacts race={race} />
        <p className="detail-header__summary">
          {view.total === 0
            ? words.raceUnwanted(race.name)
            : `${words.wantIt(view.total, quoteCount)}.`}
        </p>
        {quoteCount > 0 && (
          <p>
            <Link to={explore}>{words.exploreRace(quoteCount)}</Link>
          </p>
        )}
        <FeedLink path={paths.race(race.id)} name={race.name} />
      </DetailHeader>

      {view.total > 0 && (
        <section aria-labelledby="wishers-title" className="section">
          <h2 id="wishers-title">
            {words.whoWants} <span className="count">{formatCount(view.total)}</span>
          </h2>
          <ul className="ambition-list">
            {view.withEvidence.map((wisher) => (
              <li key={wisher.driver.id} className="ambition">
                <h3>
                  <Link to={paths.driver(wisher.driver.id)}>{wisher.driver.name}</Link>{' '}
                  <span className="muted">({words.quotes(wisher.total)})</span>
                </h3>
                <EvidenceList
                  evidence={wisher}
                  ambition={{ driverId: wisher.driver.id, raceId: race.id }}
                />
              </li>
            ))}
          </ul>
          {view.named.length > 0 && (
            <>
              <h3>{words.alsoWanting}</h3>
              <ul className="name-list">
                {view.named.map(({ driver, total }) => (
                  <li key={driver.id}>
                    <Link to={paths.driver(driver.id)}>{driver.name}</Link>{' '}
                    <span className="muted">({formatCount(total)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.total > view.withEvidence.length + view.named.length && (
            <p className="more">
              {words.showingDrivers(view.withEvidence.length + view.named.length, view.total)}{' '}
              <Link to={explore}>{words.seeEveryDriver}</Link>
            </p>
          )}
        </section>
      )}
    </article>
  )
}

function descriptionOf(race: Race, view: RaceView): string {
  if (view.total === 0) return words.raceNoOne(race.name)
  const names = view.withEvidence.slice(0, 5).map(({ driver }) => driver.name)
  const rest = view.total - names.length
  const who = listOf(rest > 0 ? [...names, words.more(rest)] : names)
  return words.raceDescription(raceLabel(race), who)
}
