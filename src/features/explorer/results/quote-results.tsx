import { memo } from 'react'
import { Link } from 'react-router-dom'
import { QuoteCard } from '../../../components/quote/quote-card'
import { searchOutcomeCode } from './search-outcome-code'
import type { QuoteResultsProps } from './outcome'
import { explorer as words } from '../../../i18n/en/explorer'

/** Memoised: while a deferred search catches up, the old list is not rendered again. */
export const QuoteResults = memo(function QuoteResults(props: QuoteResultsProps) {
  const { results, terms, outcome } = props
  const explained = searchOutcomeCode.useLoaded()
  const suggestion = outcome.suggestion && (
    <p className="did-you-mean">
      {words.didYouMean} <Link to={outcome.suggestion.to}>{outcome.suggestion.q}</Link>?
    </p>
  )
  if (results.length === 0) {
    return (
      <div className="empty">
        <h2>{words.noQuotesMatch}</h2>
        {suggestion}
        {!outcome.q.trim() && !outcome.narrowed ? (
          <p>{words.noQuotesYet}</p>
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
      <ol className="quote-list" aria-label={words.heading}>
        {results.map((quote) => (
          <li key={quote.id}>
            <QuoteCard quote={quote} terms={terms} />
          </li>
        ))}
      </ol>
    </>
  )
})
