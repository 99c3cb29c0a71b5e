import { Link } from 'react-router-dom'
import { paths } from '../../urls/paths'
import { PageMeta } from './page-meta'
import { PageHeading } from './page-heading'

type NotFoundProps = {
  /** What was looked for, e.g. `driver "ghost"`; omitted for an unknown address. */
  missing?: string
}

export function NotFound({ missing }: NotFoundProps) {
  const message = missing
    ? `There is no ${missing} in these quotes.`
    : 'There is no page at this address.'
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageMeta title="Not found" description={message} noindex />
      <PageHeading id="not-found-title">Not found</PageHeading>
      <p>{message}</p>
      <p>Try one of these instead:</p>
      <ul className="link-list">
        <li>
          <Link to={paths.explorer()}>All quotes</Link>
        </li>
        <li>
          <Link to={paths.drivers()}>Drivers</Link>
        </li>
        <li>
          <Link to={paths.races()}>Races</Link>
        </li>
        <li>
          <Link to={paths.teams()}>Teams</Link>
        </li>
      </ul>
    </section>
  )
}
