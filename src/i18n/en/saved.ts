import { area } from '../language'
import { plural } from '../../format/labels'

const savedQuotes = (count: number) => plural(count, 'saved quote', 'saved quotes')

/** The words of /saved (src/features/saved/): they load with that page's code alone. */
export const saved = area('saved', {
  title: 'Saved quotes',
  description: 'The quotes you saved in this browser, to read again, offline too, and to download.',
  lede: 'The quotes you saved in this browser, newest first. They stay on this device, offline too, until you remove them.',
  noScript:
    'Your saved quotes are kept by this browser, and showing them needs JavaScript: turn it on to see the list.',
  refused:
    'This browser does not let the site read its storage (private browsing, or storage turned off), so quotes cannot be saved here.',
  damaged:
    'The saved quotes stored in this browser could not be read: what is stored is damaged. Saving a quote starts a new list.',
  unreadable: (count: number) =>
    `${savedQuotes(count)} could not be read (stored in a form this site does not know) and ${count === 1 ? 'is' : 'are'} left out.`,
  empty:
    'No saved quotes yet. Press Save under any quote to keep it here, in this browser: the list is there on your next visit, offline too.',
  summary: (count: number) => `${savedQuotes(count)}, newest first.`,
  /** "Saved 1 December 2026": the date as the page's language writes it (formatPublished). */
  savedOn: (date: string) => `Saved ${date}`,
  gone: 'No longer in the dataset: shown as it was saved',
  remove: 'Remove',
  downloadThese: (count: number) =>
    `Download ${count === 1 ? 'this quote' : `these ${plural(count, 'quote', 'quotes')}`}:`,
  download: 'Download',
  downloadFailed: 'Could not download: check the connection, then try again.',
  downloaded: (count: number, format: string) => `Downloaded ${savedQuotes(count)} as ${format}`,
})
