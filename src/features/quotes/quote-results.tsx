import { memo } from 'react'
import { Link, type To } from 'react-router-dom'
import type { Quote } from '../../data/schema'
import { parseSearch, type Term } from '../../lib/search-query'
import { plural } from '../../lib/labels'
import { QuoteCard } from '../../components/quote-card'

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

type QuoteResultsProps = {
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
        <NothingFound {...props} />
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

/** Why nothing was found, and the change that would find something. */
/** "“x”." for one term, "every word of “x y”." for more. */
function wordsOf(q: string) {
  return /\s/.test(q) ? `every word of “${q}”.` : `“${q}”.`
}

function NothingFound({ outcome, onClearSearch, onClearNarrowing, onClearAll }: QuoteResultsProps) {
  const q = outcome.q.trim()
  if (!q && !outcome.narrowed) return <p>This dataset has no quotes yet.</p>
  const clearAll = (
    <button type="button" className="button" onClick={onClearAll}>
      Clear all filters
    </button>
  )
  const clearSearch = (
    <button type="button" className="button" onClick={onClearSearch}>
      Clear the search
    </button>
  )
  if (!outcome.narrowed) {
    return (
      <>
        <p>
          {parseSearch(q).include.length + parseSearch(q).exclude.length === 0
            ? `“${q}” has no letters or digits to search for.`
            : `No quote has ${wordsOf(q)} Check the spelling, or search for fewer words or the start of a word.`}
        </p>
        {clearSearch}
      </>
    )
  }
  if (!q) {
    return (
      <>
        <p>No quote fits all of these filters. Remove one, or start again.</p>
        {clearAll}
      </>
    )
  }
  if (outcome.searchAlone > 0) {
    return (
      <>
        <p>
          “{q}” finds {plural(outcome.searchAlone, 'quote')}, but none with these filters. Remove a
          filter, or search all quotes.
        </p>
        <button type="button" className="button" onClick={onClearNarrowing}>
          Search all quotes
        </button>
      </>
    )
  }
  if ((outcome.narrowingAlone ?? 0) > 0) {
    return (
      <>
        <p>
          These filters give {plural(outcome.narrowingAlone ?? 0, 'quote')}, but none has every word
          of “{q}”. Change the search, or clear it.
        </p>
        {clearSearch}
      </>
    )
  }
  return (
    <>
      <p>No quote has every word of “{q}”, with or without these filters.</p>
      {clearAll}
    </>
  )
}
