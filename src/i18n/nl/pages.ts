import type { Messages } from '../messages'
import { formatCount } from '../../format/labels'

export const pages: Messages['pages'] = {
  noSuch: (missing) => `Deze citaten kennen geen ${missing}.`,
  noPage: 'Op dit adres staat geen pagina.',
  tryThese: 'Probeer in plaats daarvan een van deze:',
  allQuotes: 'Alle citaten',
  filterOf: (many) => `${many} filteren`,
  filterHint: 'Zoekt op het begin van elk woord van een naam, los van hoofdletters en accenten.',
  sort: 'Sorteren',
  noneNamed: (many) => `Deze dataset noemt geen ${many}.`,
  listNoScript: (count, many) =>
    `Zoeken, sorteren en bladeren werken alleen met JavaScript. Hieronder de eerste ${formatCount(count)} ${many}, op naam.`,
  listPending: (many) => `De ${many} voor dit adres worden geladen…`,
  noMatch: (many, query) => `Geen ${many} gevonden voor ‘${query}’.`,
  clearFilter: 'Filter wissen',
  listPages: (many) => `Pagina’s met ${many}`,
  listMatches: (matched, total, query) =>
    `${formatCount(matched)} van ${total} ${matched === 1 ? 'past' : 'passen'} bij ‘${query}’`,
  showing: (from, to) => `${formatCount(from)}–${formatCount(to)} getoond`,
  notFound: 'Niet gevonden',
  copyLink: 'Kopieer de link',
  noClipboard: 'deze browser geeft de pagina geen klembord',
  clipboardBlocked: 'je browser blokkeerde het klembord',
  clipboardSilent: 'het klembord gaf geen antwoord',
}
