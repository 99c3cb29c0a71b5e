import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { NotFound } from '../components/not-found'
import { PageMeta } from '../components/page-meta'
import { paths } from '../lib/paths'

/** A page that failed to render: say so, keep the site around it, offer a way on. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
      <PageMeta title="Something went wrong" description="This page could not be shown." />
      <h1 id="route-error-title" tabIndex={-1}>
        This page could not be shown
      </h1>
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
