import { Link } from 'react-router-dom'
import { paths } from '../../urls/paths'
import { PageMeta } from './page-meta'
import { PageHeading } from './page-heading'
import { core } from '../../i18n/en/core'
import { pages } from '../../i18n/en/pages'

type NotFoundProps = {
  /** What was looked for, e.g. `driver "ghost"`; omitted for an unknown address. */
  missing?: string
}

export function NotFound({ missing }: NotFoundProps) {
  const message = missing ? pages.noSuch(missing) : pages.noPage
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageMeta title={pages.notFound} description={message} noindex />
      <PageHeading id="not-found-title">{pages.notFound}</PageHeading>
      <p>{message}</p>
      <p>{pages.tryThese}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.explorer()}>{pages.allQuotes}</Link>
        </li>
        <li>
          <Link to={paths.drivers()}>{core.navDrivers}</Link>
        </li>
        <li>
          <Link to={paths.races()}>{core.navRaces}</Link>
        </li>
        <li>
          <Link to={paths.teams()}>{core.navTeams}</Link>
        </li>
      </ul>
    </section>
  )
}
