import { explore } from '../explore'
import type { SearchIndex } from '../search-index'
import { buildVocabulary, suggestSearch, type Vocabulary } from '../suggestions'
import type { Tallied } from './tallies'

/**
 * "Did you mean": a search that finds more than the one asked for, if a word of it looks
 * mistyped. The dataset's vocabulary is gathered when first needed.
 */
export function createSuggester(search: SearchIndex): (tallied: Tallied) => string | undefined {
  let vocabulary: Vocabulary | undefined
  return ({ filters, tally }) => {
    const resultCount = tally.matched.length
    vocabulary ??= buildVocabulary(search)
    const q = suggestSearch(vocabulary, tally.query, resultCount)
    if (q === undefined) return undefined
    const found = explore(search, { ...filters, q }).matched.length
    return found > resultCount ? q : undefined
  }
}
