import { Link, useRevalidator, useRouteError } from 'react-router-dom'
import { PageHeading } from '../components/page/page-heading'
import { PageMeta } from '../components/page/page-meta'
import { DatasetError } from '../dataset/dataset-error'
import { paths } from '../urls/paths'

/**
 * A page that failed: its data could not be loaded (say why, offer to try again), or it failed
 * to render (say so, keep the site around it, offer a way on).
 */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  if (error instanceof DatasetError) {
    return (
      <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
        <PageMeta
          title="Quotes unavailable"
          description="The quotes could not be loaded."
          noindex
        />
        <PageHeading id="route-error-title">The quotes could not be loaded</PageHeading>
        <p>{error.message}</p>
        <p className="notice__actions">
          <button
            type="button"
            className="button"
            disabled={revalidator.state === 'loading'}
            onClick={() => void revalidator.revalidate()}
          >
            Retry
          </button>
          <Link to={paths.explorer()}>Back to all quotes</Link>
        </p>
      </section>
    )
  }
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
      <PageMeta title="Something went wrong" description="This page could not be shown." noindex />
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
