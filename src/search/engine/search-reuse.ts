import type { Tally } from '../explore'
import { needleOf, parseSearch, type SearchQuery } from '../search-query'

/**
 * The quotes the last search found, so that a search which only narrows it (words typed on,
 * words or exclusions added) looks among them alone: each keystroke scans fewer quotes.
 */
export function createSearchReuse() {
  let last: { q: string; query: SearchQuery; searched: readonly number[] } | undefined
  return {
    /** Where a search for `q` must look: among the last one's finds, or everywhere (undefined). */
    amongFor(q: string): readonly number[] | undefined {
      if (!last || last.q === q) return last?.searched
      return narrows(parseSearch(q), last.query) ? last.searched : undefined
    },
    /** Keeps what a search for `q` found, for the next one. */
    remember(q: string, { query, searched }: Tally) {
      if (searched) last = { q, query, searched }
    },
  }
}

/**
 * Whether every quote `now` finds, `before` found too: each earlier term is the start of a term
 * now (" exa" of " example", " cote" of the phrase " cote rouge"), and every exclusion is still there.
 */
function narrows(now: SearchQuery, before: SearchQuery): boolean {
  if (before.include.length + before.exclude.length === 0) return false
  const nowIn = now.include.map(needleOf)
  const nowOut = new Set(now.exclude.map(needleOf))
  return (
    before.include.every((term) => nowIn.some((needle) => needle.startsWith(needleOf(term)))) &&
    before.exclude.every((term) => nowOut.has(needleOf(term)))
  )
}
