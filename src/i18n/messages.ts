import type { citations } from './en/citations'
import type { core } from './en/core'
import type { feed } from './en/feed'
import type { pages } from './en/pages'
import type { quote } from './en/quote'
import type { explorer } from './en/explorer'
import type { explorerParts } from './en/explorer-parts'
import type { records } from './en/records'
import type { search } from './en/search'
import type { saved } from './en/saved'
import type { saving } from './en/saving'
import type { problems } from './en/problems'

/**
 * The catalog every language other than English writes: each area's keys, as the English
 * words have them (src/i18n/en/). A key missing or extra in a language fails the typecheck.
 */
export type Messages = {
  core: typeof core
  feed: typeof feed
  pages: typeof pages
  quote: typeof quote
  explorer: typeof explorer
  explorerParts: typeof explorerParts
  records: typeof records
  search: typeof search
  saved: typeof saved
  saving: typeof saving
  citations: typeof citations
  problems: typeof problems
}
