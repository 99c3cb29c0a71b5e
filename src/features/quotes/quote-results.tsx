import { memo } from 'react'
import { Link, type To } from 'react-router-dom'
import type { Quote } from '../../data/schema'
import type { Term } from '../../lib/search-query'
import { QuoteCard } from '../../components/quote-card'
import { searchOutcomeCode } from './search-outcome-code'

/** What the explorer found, and what was asked: enough to say what to change when it is nothing. */
export type Outcome = {
  q: string
  /** Whether a facet or the period narrows, besides the search. */
  narrowed: boolean
  /** Quotes the search finds on its own, and the facets and period give on theirs. */
  searchAlone: number
  /** Counted only when nothing was found. */
  narrowingAlone: number | undefined
  /** A search like this one that finds more, and where it leads. */
  suggestion: { q: string; to: To } | undefined
}

export type QuoteResultsProps = {
  results: readonly Quote[]
  terms: readonly Term[]
  outcome: Outcome
  onClearSearch: () => void
  onClearNarrowing: () => void
  onClearAll: () => void
}

/** Memoised: while a deferred search catches up, the old list is not rendered again. */
export const QuoteResults = memo(function QuoteResults(props: QuoteResultsProps) {
  const { results, terms, outcome } = props
  const explained = searchOutcomeCode.useLoaded()
  const suggestion = outcome.suggestion && (
    <p className="did-you-mean">
      Did you mean <Link to={outcome.suggestion.to}>{outcome.suggestion.q}</Link>?
    </p>
  )
  if (results.length === 0) {
    return (
      <div className="empty">
        <h2>No quotes match</h2>
        {suggestion}
        {!outcome.q.trim() && !outcome.narrowed ? (
          <p>This dataset has no quotes yet.</p>
        ) : (
          // Only an engine's answer has a search or a filter, and this code comes with it.
          explained && <explained.NothingFound {...props} />
        )}
      </div>
    )
  }
  return (
    <>
      {suggestion}
      <ol className="quote-list" aria-label="Quotes">
        {results.map((quote) => (
          <li key={quote.id}>
            <QuoteCard quote={quote} terms={terms} />
          </li>
        ))}
      </ol>
    </>
  )
})
