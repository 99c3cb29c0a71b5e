import { memo } from 'react'
import type { Quote } from '../../data/schema'
import { QuoteCard } from '../../components/quote-card'

type QuoteResultsProps = {
  results: readonly Quote[]
  terms: readonly string[]
  filtered: boolean
  onClearAll: () => void
}

/** Memoised: while a deferred search catches up, the old list is not rendered again. */
export const QuoteResults = memo(function QuoteResults(props: QuoteResultsProps) {
  const { results, terms, filtered, onClearAll } = props
  if (results.length === 0) {
    return (
      <div className="empty">
        <h2>No quotes match</h2>
        {filtered ? (
          <>
            <p>No quote fits all of these filters. Remove one, or start again.</p>
            <button type="button" className="button" onClick={onClearAll}>
              Clear all filters
            </button>
          </>
        ) : (
          <p>This dataset has no quotes yet.</p>
        )}
      </div>
    )
  }
  return (
    <ol className="quote-list" aria-label="Quotes">
      {results.map((quote) => (
        <li key={quote.id}>
          <QuoteCard quote={quote} terms={terms} />
        </li>
      ))}
    </ol>
  )
})
