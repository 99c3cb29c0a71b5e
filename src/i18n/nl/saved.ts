import type { Messages } from '../messages'
import { plural } from '../../format/labels'

const savedQuotes = (count: number) => plural(count, 'bewaard citaat', 'bewaarde citaten')

export const saved: Messages['saved'] = {
  title: 'Bewaarde citaten',
  description:
    'De citaten die je in deze browser hebt bewaard, om terug te lezen, ook offline, en te downloaden.',
  lede: 'De citaten die je in deze browser hebt bewaard, nieuwste eerst. Ze blijven op dit apparaat staan, ook offline, tot je ze verwijdert.',
  noScript:
    'Je bewaarde citaten staan in deze browser, en om ze te tonen is JavaScript nodig: zet het aan om de lijst te zien.',
  refused:
    'Deze browser laat de site zijn opslag niet lezen (privévenster, of opslag uitgeschakeld), dus hier kun je geen citaten bewaren.',
  damaged:
    'De bewaarde citaten in deze browser konden niet worden gelezen: wat er is opgeslagen, is beschadigd. Als je een citaat bewaart, begint er een nieuwe lijst.',
  unreadable: (count) =>
    `${savedQuotes(count)} ${count === 1 ? 'kon' : 'konden'} niet worden gelezen (opgeslagen in een vorm die deze site niet kent) en ${count === 1 ? 'wordt' : 'worden'} weggelaten.`,
  empty:
    'Nog geen bewaarde citaten. Druk onder een citaat op Bewaar om het hier te bewaren, in deze browser: de lijst staat er bij je volgende bezoek nog, ook offline.',
  summary: (count) => `${savedQuotes(count)}, nieuwste eerst.`,
  savedOn: (date) => `Bewaard op ${date}`,
  gone: 'Niet meer in de dataset: getoond zoals het is bewaard',
  remove: 'Verwijder',
  downloadThese: (count) =>
    `Download ${count === 1 ? 'dit citaat' : `deze ${plural(count, 'citaat', 'citaten')}`}:`,
  download: 'Download',
  downloadFailed: 'Downloaden lukte niet: controleer de verbinding en probeer het opnieuw.',
  downloaded: (count, format) => `${savedQuotes(count)} gedownload als ${format}`,
}
