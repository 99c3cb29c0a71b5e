import { area } from '../language'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'quote', 'quotes')
/** "“x”." for one term, "every word of “x y”." for more. */
const wordsOf = (q: string) => (/\s/.test(q) ? `every word of “${q}”.` : `“${q}”.`)

/** The explorer's words that load with its answers: why nothing was found, a download. */
export const search = area('search', {
  clearAllFilters: 'Clear all filters',
  clearSearch: 'Clear the search',
  noLetters: (q: string) => `“${q}” has no letters or digits to search for.`,
  noQuoteHas: (q: string) =>
    `No quote has ${wordsOf(q)} Check the spelling, or search for fewer words or the start of a word.`,
  noQuoteFits: 'No quote fits all of these filters. Remove one, or start again.',
  searchAlone: (q: string, count: number) =>
    `“${q}” finds ${quotes(count)}, but none with these filters. Remove a filter, or search all quotes.`,
  searchAll: 'Search all quotes',
  narrowingAlone: (q: string, count: number) =>
    `These filters give ${quotes(count)}, but none has every word of “${q}”. Change the search, or clear it.`,
  neither: (q: string) => `No quote has every word of “${q}”, with or without these filters.`,
  cancelled: (name: string) => `Cancelled the ${name} download`,
  downloaded: (count: number, name: string) => `Downloaded ${quotes(count)} as ${name}`,
  preparing: (name: string) => `Preparing ${name}`,
  progress: (done: number | undefined, total: number) =>
    done === undefined ? quotes(total) : `${formatCount(done)} of ${quotes(total)}`,
  cancel: 'Cancel',
  notDownloaded: (why: string) => `The quotes could not be downloaded: ${why}`,
})
