import { Link } from 'react-router-dom'
import { PageHeading } from '../components/page-heading'
import { PageMeta } from '../components/page-meta'
import { paths } from '../lib/paths'

/** A page that failed to render: say so, keep the site around it, offer a way on. */
export function RouteError() {
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
      <PageMeta title="Something went wrong" description="This page could not be shown." />
      <PageHeading id="route-error-title">This page could not be shown</PageHeading>
      <p>Something went wrong while showing it. Reloading may help; the rest of the site works.</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to={paths.explorer()}>Back to all quotes</Link>
      </p>
    </section>
  )
}
