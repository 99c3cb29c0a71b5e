import { area } from '../language'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'quote', 'quotes')

/**
 * The explorer's words in what loads on a reader's first intent (its islands: the matrix, the
 * downloads, the chips, the result options): an area of their own, so `/` does not load them.
 */
export const explorerParts = area('explorerParts', {
  search: 'Search',
  period: 'Period',
  anyYear: 'Any year',
  sort: 'Sort',
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  speaker: 'Speaker A–Z',
  activeFilters: 'Active filters',
  removeFilter: (label: string, value: string) => `Remove filter ${label}: ${value}`,
  clearAll: 'Clear all',
  glance: 'At a glance: who wants to race where',
  inResults: ', in these results',
  matrixFailed: 'The matrix could not be counted.',
  counting: 'Counting who wants to race where…',
  noneVoices: 'None of these quotes voices an ambition to race.',
  downloadThese: (count: number) =>
    `Download ${count === 1 ? 'this quote' : `these ${quotes(count)}`}:`,
  download: 'Download',
  /** Under a filter's list of options, the ones it does not show. */
  keepTyping: (more: number) => `Keep typing to narrow down ${formatCount(more)} more`,
})
