import type { Messages } from '../messages'

export const problems: Messages['problems'] = {
  notFetched: (url) =>
    `De citaten konden niet worden opgehaald van ${url}: het netwerkverzoek mislukte.`,
  broke: (url) =>
    `De citaten konden niet worden opgehaald van ${url}: de verbinding werd verbroken.`,
  answered: (status, url) => `De server antwoordde ${status} voor ${url}.`,
  notJson: (url, type) =>
    `Van ${url} werd JSON verwacht, maar de server stuurde ${/html/i.test(type) ? 'een HTML-pagina' : type ? `"${type}"` : 'een bestand zonder type'}.`,
  badJson: (url) => `Het bestand op ${url} is geen geldige JSON.`,
  badDataset: (url, count) =>
    `Het bestand op ${url} is geen geldige citatendataset (${count} ${count === 1 ? 'probleem' : 'problemen'}).`,
  notPageData: (url) => `Het bestand op ${url} bevat geen gegevens van een pagina.`,
  noQuote: (url, id) => `Het bestand op ${url} bevat citaat ${id} niet.`,
  damaged: (url) => `Het bestand op ${url} is beschadigd.`,
  noExplorer: (why) => `De citatenverkenner kon niet worden geladen${why && `: ${why}`}.`,
  stopped: (why) => `De citatenverkenner stopte voordat hij antwoordde${why && `: ${why}`}.`,
  amiss: 'De verkenner gaf een onverwacht antwoord.',
  unreadable: (why) => `De index van de verkenner kon niet worden gelezen: ${why}`,
  notExplored: (why) => `De citaten konden niet worden verkend: ${why}`,
  gone: (url) =>
    `het bestand ${url} staat niet meer op de server: de site is waarschijnlijk bijgewerkt sinds deze pagina werd geopend. Laad de pagina opnieuw om de huidige citaten te verkennen.`,
  offline: (sure, search) =>
    `Je bent ${sure ? '' : 'misschien '}offline: ${search ? 'deze zoekopdracht' : 'deze pagina'} heeft citaten nodig die niet op dit apparaat zijn bewaard.`,
  savedQuotes: 'Je bewaarde citaten',
}
