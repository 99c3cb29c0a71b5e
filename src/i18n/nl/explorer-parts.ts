import type { Messages } from '../messages'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'citaat', 'citaten')

/** Het deel van de verkenner dat laadt bij de eerste handeling van een lezer. */
export const explorerParts: Messages['explorerParts'] = {
  search: 'Zoekopdracht',
  period: 'Periode',
  anyYear: 'Elk jaar',
  sort: 'Sorteren',
  relevance: 'Beste overeenkomst',
  newest: 'Nieuwste eerst',
  oldest: 'Oudste eerst',
  speaker: 'Spreker A–Z',
  activeFilters: 'Actieve filters',
  removeFilter: (label, value) => `Filter ${label}: ${value} verwijderen`,
  clearAll: 'Alles wissen',
  glance: 'In één oogopslag: wie wil waar racen',
  inResults: ', in deze resultaten',
  matrixFailed: 'Het overzicht kon niet worden geteld.',
  counting: 'Tellen wie waar wil racen…',
  noneVoices: 'Geen van deze citaten noemt een race die iemand wil rijden.',
  downloadThese: (count) => `Download ${count === 1 ? 'dit citaat' : `deze ${quotes(count)}`}:`,
  download: 'Download',
  keepTyping: (more) => `Nog ${formatCount(more)} andere: typ verder om te verfijnen`,
}
