import { PageMeta } from './page-meta'
import { core } from '../../i18n/en/core'

/** The shape of a page of quotes, shown while the data loads. */
export function LoadingPlaceholder() {
  return (
    <div className="placeholder" aria-busy="true">
      <h1 className="visually-hidden">{core.loadingQuotes}</h1>
      <p className="visually-hidden" role="status">
        {core.loadingQuotes}…
      </p>
      <div className="placeholder__heading" aria-hidden="true" />
      <div className="placeholder__filters" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      {[0, 1, 2].map((i) => (
        <div key={i} className="placeholder__quote" aria-hidden="true">
          <span />
          <span />
          <span className="placeholder__short" />
        </div>
      ))}
    </div>
  )
}

/** A whole page while something it needs is on its way: its head tags and the placeholder. */
export function LoadingPage() {
  return (
    <>
      <PageMeta title={core.loading} description={core.loadingDescription} />
      <LoadingPlaceholder />
    </>
  )
}
