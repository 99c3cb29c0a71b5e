import type { Messages } from '../messages'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'citaat', 'citaten')
const wordsOf = (q: string) => (/\s/.test(q) ? `alle woorden van ‘${q}’.` : `‘${q}’.`)

export const search: Messages['search'] = {
  clearAllFilters: 'Alle filters wissen',
  clearSearch: 'Zoekopdracht wissen',
  noLetters: (q) => `‘${q}’ bevat geen letters of cijfers om op te zoeken.`,
  noQuoteHas: (q) =>
    `Geen citaat bevat ${wordsOf(q)} Controleer de spelling, of zoek op minder woorden of op het begin van een woord.`,
  noQuoteFits: 'Geen citaat past bij al deze filters. Haal er een weg, of begin opnieuw.',
  searchAlone: (q, count) =>
    `‘${q}’ vindt ${quotes(count)}, maar geen met deze filters. Haal een filter weg, of doorzoek alle citaten.`,
  searchAll: 'Alle citaten doorzoeken',
  narrowingAlone: (q, count) =>
    `Deze filters geven ${quotes(count)}, maar geen bevat alle woorden van ‘${q}’. Pas de zoekopdracht aan, of wis hem.`,
  neither: (q) => `Geen citaat bevat alle woorden van ‘${q}’, met of zonder deze filters.`,
  cancelled: (name) => `Download als ${name} geannuleerd`,
  downloaded: (count, name) => `${quotes(count)} gedownload als ${name}`,
  preparing: (name) => `${name} wordt voorbereid`,
  progress: (done, total) =>
    done === undefined ? quotes(total) : `${formatCount(done)} van ${quotes(total)}`,
  cancel: 'Annuleren',
  notDownloaded: (why) => `De citaten konden niet worden gedownload: ${why}`,
}
