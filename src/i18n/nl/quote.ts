import type { Messages } from '../messages'
import { formatCount, plural } from '../../format/labels'

export const quote: Messages['quote'] = {
  quotes: (count) => plural(count, 'citaat', 'citaten'),
  drivers: (count) => plural(count, 'coureur', 'coureurs'),
  translationFrom: (language) => `Onze vertaling uit het ${language}`,
  about: 'over',
  readSource: 'Lees de bron',
  ambitionsVoiced: 'Genoemde ambities',
  wants: ' wil ',
  wantsEnd: ' rijden',
  cite: 'Citeer',
  share: 'Deel',
  save: 'Bewaar',
  saveFailed: 'Bewaren lukte niet: controleer de verbinding en probeer het opnieuw.',
  permalink: 'Vaste link',
  thisQuoteBy: (speaker) => `dit citaat van ${speaker}`,
  toThisQuoteBy: (speaker) => `naar dit citaat van ${speaker}`,
  citationsFailed:
    'De bronvermeldingen konden niet worden geladen: controleer de verbinding en druk opnieuw op Citeer.',
  loadingCitations: 'Bronvermeldingen laden…',
  shareFailed: 'Delen lukte niet: controleer de verbinding en probeer het opnieuw.',
  couldNotShare: 'Delen lukte niet',
  linkCopied: 'Link gekopieerd',
  shared: 'Gedeeld',
  quoteBy: (speaker) => `Citaat van ${speaker}`,
  copy: 'Kopieer',
  copiedCitation: (name) => `Bronvermelding in ${name} gekopieerd`,
  theCitation: (name) => `de bronvermelding in ${name}`,
  matrixTitle: 'Wie wil waar racen',
  matrixScroll: 'Wie wil waar racen (scrollbaar)',
  matrixNone: 'Geen enkel citaat in deze dataset noemt een race die iemand wil rijden.',
  matrixTop: (shown, all) =>
    `De ${formatCount(shown)} coureurs met de meeste ambities, van ${plural(all, 'coureur', 'coureurs')} met een ambitie.`,
  matrixAll: (all) =>
    `${plural(all, 'coureur', 'coureurs')} met een ambitie, de meest ambitieuze eerst.`,
  matrixCaption:
    'Coureurs per rij, races per kolom; een gevulde cel linkt naar de citaten met die ambitie.',
  driver: 'Coureur',
  no: 'Nee',
  moreDrivers: (count) => `Toon nog ${formatCount(count)} coureurs`,
}
