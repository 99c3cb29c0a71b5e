import { area } from '../language'
import { formatCount, plural } from '../../format/labels'

/** The words of a quote card, its actions, and the ambition matrix: all on `/`. */
export const quote = area('quote', {
  quotes: (count: number) => plural(count, 'quote', 'quotes'),
  drivers: (count: number) => plural(count, 'driver', 'drivers'),
  translationFrom: (language: string) => `Our translation from ${language}`,
  about: 'about',
  readSource: 'Read the source',
  ambitionsVoiced: 'Ambitions voiced',
  /** "<driver> wants to race <race>": the words between the two names, and after them. */
  wants: ' wants to race ',
  wantsEnd: '',
  cite: 'Cite',
  share: 'Share',
  save: 'Save',
  saveFailed: 'Could not save: check the connection, then try again.',
  permalink: 'Permalink',
  thisQuoteBy: (speaker: string) => `this quote by ${speaker}`,
  toThisQuoteBy: (speaker: string) => `to this quote by ${speaker}`,
  citationsFailed: 'Could not load the citations: check the connection, then open Cite again.',
  loadingCitations: 'Loading the citations…',
  shareFailed: 'Could not share: check the connection, then try again.',
  couldNotShare: 'Could not share',
  linkCopied: 'Link copied',
  shared: 'Shared',
  quoteBy: (speaker: string) => `Quote by ${speaker}`,
  copy: 'Copy',
  copiedCitation: (name: string) => `Copied the ${name} citation`,
  theCitation: (name: string) => `the ${name} citation`,
  matrixTitle: 'Who wants to race where',
  matrixScroll: 'Who wants to race where (scrollable)',
  matrixNone: 'No quote in this dataset voices an ambition to race.',
  matrixTop: (shown: number, all: number) =>
    `The ${formatCount(shown)} drivers with the most ambitions, of ${plural(all, 'driver')} with one.`,
  matrixAll: (all: number) =>
    `${plural(all, 'driver')} with an ambition, the most ambitious first.`,
  matrixCaption:
    'Drivers by row, races by column; a filled cell links to the quotes voicing that ambition.',
  driver: 'Driver',
  no: 'No',
  moreDrivers: (count: number) => `Show ${formatCount(count)} more drivers`,
})
