import type { ReactNode } from 'react'
import type { Quote } from '../data/schema'
import { QuoteCard } from './quote-card'

type QuoteSectionProps = {
  id: string
  title: ReactNode
  quotes: readonly Quote[] | undefined
  empty: ReactNode
}

/** A titled list of quotes, or a sentence saying there are none. */
export function QuoteSection({ id, title, quotes, empty }: QuoteSectionProps) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {title} <span className="count">{quotes?.length ?? 0}</span>
      </h2>
      {quotes && quotes.length > 0 ? (
        <ol className="quote-list">
          {quotes.map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  )
}
