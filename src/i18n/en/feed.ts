import { SITE_NAME, area } from '../language'
import { formatPublished } from '../../format/dates'
import { languageName } from '../../format/languages'

/**
 * Every word a feed says, in the interface's language: its title and subtitle, how an entry
 * reads, and the page's link to it. The words are the catalog's `feed` area (src/i18n/en/feed.ts,
 * and each language's); the feeds and the build take them as a parameter.
 */
export type FeedMessages = {
  /** The BCP 47 tag the feed declares (xml:lang). */
  language: string
  site: { title: string; subtitle: string }
  driver: (name: string) => { title: string; subtitle: string }
  race: (name: string) => { title: string; subtitle: string }
  team: (name: string) => { title: string; subtitle: string }
  /** The visible link on a page, and its head link's title: "Follow Ada Example (Atom feed)". */
  follow: (name: string) => string
  entryTitle: (speaker: string, opening: string) => string
  /** "— Ada Example, The Example Gazette, “Title”, June 2020" */
  attribution: (
    speaker: string,
    publisher: string,
    title: string | undefined,
    date: string,
  ) => string
  /** The heading of a translation into the feed's language. */
  translation: (fromLanguage: string) => string
  date: (published: string) => string
}

/** What a feed says (src/seo/feed-messages.ts): the feeds' words, and the pages' links to them. */
export const feed = area<FeedMessages>('feed', {
  language: 'en',
  site: {
    title: `${SITE_NAME}: the newest quotes`,
    subtitle: 'The newest quotes of the site, each with its speaker and source.',
  },
  driver: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `The newest quotes by or about ${name}.`,
  }),
  race: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `The newest quotes voicing a wish to race ${name}.`,
  }),
  team: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `The newest quotes by or about the drivers of ${name}.`,
  }),
  follow: (name) => `Follow ${name} (Atom feed)`,
  entryTitle: (speaker, opening) => `${speaker}: “${opening}”`,
  attribution: (speaker, publisher, title, date) =>
    `— ${speaker}, ${publisher}${title ? `, “${title}”` : ''}, ${date}`,
  translation: (fromLanguage) => `Our translation from ${languageName(fromLanguage)}:`,
  date: formatPublished,
})
