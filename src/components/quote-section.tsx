import { formatCount } from '../lib/labels'
import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import type { Quote } from '../data/schema'
import { QuoteCard } from './quote-card'

/** Quotes shown in full on a driver, race or team page; the explorer pages through the rest. */
export const SECTION_LIMIT = 10

type QuoteSectionProps = {
  id: string
  title: string
  quotes: readonly Quote[] | undefined
  empty: ReactNode
  /** The explorer, filtered to these quotes (and possibly a few more), for when there are many. */
  moreHref: string
  moreLabel: string
}

/** A titled list of quotes, or a sentence saying there are none. */
export function QuoteSection({ id, title, quotes, empty, moreHref, moreLabel }: QuoteSectionProps) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {title} <span className="count">{formatCount(quotes?.length ?? 0)}</span>
      </h2>
      {quotes && quotes.length > 0 ? (
        <ol className="quote-list">
          {quotes.slice(0, SECTION_LIMIT).map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{empty}</p>
      )}
      {quotes && quotes.length > SECTION_LIMIT && (
        <p className="more">
          Showing {SECTION_LIMIT} of {quotes.length.toLocaleString('en-GB')}.{' '}
          <Link to={moreHref}>{moreLabel}</Link>
        </p>
      )}
    </section>
  )
}
