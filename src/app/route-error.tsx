import { useRevalidator, useRouteError } from 'react-router-dom'
import { PageHeading } from '../components/page/page-heading'
import { PageMeta } from '../components/page/page-meta'
import { DatasetError } from '../dataset/dataset-error'
import { core } from '../i18n/en/core'
import { WaysOn } from '../components/page/ways-on'

/**
 * A page that failed: its data could not be loaded (say why, offer to try again; offline, the
 * offline page's ways out too), or it failed to render (say so, keep the site around it, offer a
 * way on).
 */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  if (error instanceof DatasetError) {
    return (
      <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
        <PageMeta title={core.unavailable} description={core.unavailableText} noindex />
        <PageHeading id="route-error-title">{core.unavailableHeading}</PageHeading>
        {error.message && <p>{error.message}</p>}
        <WaysOn offline={error.kind === 'network'}>
          <button
            type="button"
            className="button"
            disabled={revalidator.state === 'loading'}
            onClick={() => void revalidator.revalidate()}
          >
            {core.retry}
          </button>
        </WaysOn>
      </section>
    )
  }
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="route-error-title">
      <PageMeta title={core.failedTitle} description={core.failedDescription} noindex />
      <PageHeading id="route-error-title">{core.failedHeading}</PageHeading>
      <p>{core.failedHelp}</p>
      <WaysOn>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {core.reload}
        </button>
      </WaysOn>
    </section>
  )
}
