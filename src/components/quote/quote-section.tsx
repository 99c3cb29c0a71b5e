import { Link } from 'react-router-dom'
import type { Bounded } from '../../model/detail-views'
import type { Quote } from '../../dataset/schema'
import { formatCount } from '../../format/labels'
import { QuoteCard } from './quote-card'
import { records as words } from '../../i18n/en/records'

type QuoteSectionProps = {
  id: string
  title: string
  quotes: Bounded<Quote> & { above?: number }
  /** The explorer, filtered to these quotes (and possibly a few more), for the rest. */
  moreHref: string
  moreLabel: string
}

/**
 * A titled list of a few quotes, saying how many there are in all and where the rest are.
 * Nothing at all when there are none: the page's header says so once, not section by section.
 */
export function QuoteSection({ id, title, quotes, moreHref, moreLabel }: QuoteSectionProps) {
  const { shown, total, above = 0 } = quotes
  if (total === 0) return null
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {title} <span className="count">{formatCount(total)}</span>
      </h2>
      {above > 0 && <p className="muted">{words.shownAbove(above, total)}</p>}
      {shown.length > 0 && (
        <ol className="quote-list">
          {shown.map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} />
            </li>
          ))}
        </ol>
      )}
      {total > shown.length + above && (
        <p className="more">
          {words.showing(shown.length + above, total)} <Link to={moreHref}>{moreLabel}</Link>
        </p>
      )}
    </section>
  )
}
