import { area } from '../language'

/**
 * Why data could not be had (a DatasetError, worded from its facts: dataset-error.ts), and the
 * offline ways out. An area of its own, loaded when something fails, not by `/`: the service
 * worker precaches every chunk (docs/offline.md), so it loads offline too.
 */
export const problems = area('problems', {
  notFetched: (url: string) =>
    `The quotes could not be fetched from ${url}: the network request failed.`,
  broke: (url: string) => `The quotes could not be fetched from ${url}: the connection broke.`,
  /** `status`: the HTTP status and its text, as the server sent them. */
  answered: (status: string, url: string) => `The server answered ${status} for ${url}.`,
  /** `type`: the media type the server sent instead, or '' for none. */
  notJson: (url: string, type: string) =>
    `Expected JSON from ${url}, but the server sent ${/html/i.test(type) ? 'an HTML page' : type ? `"${type}"` : 'a file with no type'}.`,
  badJson: (url: string) => `The file at ${url} is not valid JSON.`,
  badDataset: (url: string, count: number) =>
    `The file at ${url} is not a valid quote dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`,
  notPageData: (url: string) => `The file at ${url} is not a page's data.`,
  noQuote: (url: string, id: string) => `The file at ${url} does not hold quote ${id}.`,
  damaged: (url: string) => `The file at ${url} is damaged.`,
  // The explorer's (search/worker/): `why` is what the browser or the engine said.
  noExplorer: (why: string) => `The quote explorer could not be loaded${why && `: ${why}`}.`,
  stopped: (why: string) => `The quote explorer stopped before it answered${why && `: ${why}`}.`,
  amiss: 'The explorer answered amiss.',
  unreadable: (why: string) => `The explorer's index could not be read: ${why}`,
  notExplored: (why: string) => `The quotes could not be explored: ${why}`,
  gone: (url: string) =>
    `the file ${url} is no longer on the server: the site has likely been updated since this page was opened. Reload the page to explore the current quotes.`,
  /** A network failure, on its page or under a search (ways-on.tsx), with the offline page's ways out. */
  offline: (sure: boolean, search: boolean) =>
    `${sure ? 'You are' : 'You may be'} offline: this ${search ? 'search' : 'page'} needs quotes that are not saved on this device.`,
  savedQuotes: 'Your saved quotes',
})
