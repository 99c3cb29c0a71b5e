import { area } from '../language'
import { formatCount } from '../../format/labels'

/** The words of the pages other than `/`: the lists, the 404 page. */
export const pages = area('pages', {
  noSuch: (missing: string) => `There is no ${missing} in these quotes.`,
  noPage: 'There is no page at this address.',
  tryThese: 'Try one of these instead:',
  allQuotes: 'All quotes',
  filterOf: (many: string) => `Filter ${many}`,
  filterHint: 'Matches the start of any word of a name. Case and accents are ignored.',
  sort: 'Sort',
  noneNamed: (many: string) => `This dataset names no ${many}.`,
  listNoScript: (count: number, many: string) =>
    `Finding, sorting and paging need JavaScript. Below are the first ${formatCount(count)} ${many}, by name.`,
  listPending: (many: string) => `Loading the ${many} for this address…`,
  noMatch: (many: string, query: string) => `No ${many} match “${query}”.`,
  clearFilter: 'Clear the filter',
  listPages: (many: string) => `Pages of ${many}`,
  listMatches: (matched: number, total: string, query: string) =>
    `${formatCount(matched)} of ${total} ${matched === 1 ? 'matches' : 'match'} “${query}”`,
  showing: (from: number, to: number) => `showing ${formatCount(from)}–${formatCount(to)}`,
  notFound: 'Not found',
  copyLink: 'Copy link',
  noClipboard: 'this browser gives the page no clipboard',
  clipboardBlocked: 'your browser blocked the clipboard',
  clipboardSilent: 'the clipboard did not answer',
})
