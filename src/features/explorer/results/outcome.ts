import type { To } from 'react-router-dom'
import type { Quote } from '../../../dataset/schema'
import type { Term } from '../../../search/search-query'

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
