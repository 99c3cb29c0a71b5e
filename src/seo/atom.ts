import { escapeMarkup } from '../lib/escape-markup'

// An Atom feed (RFC 4287) as text. Our own few lines rather than a library: the feeds are
// written at build time from data the build has checked, and what matters is that any text of
// the data stays well-formed XML, which xmlText makes sure of and tests/unit/feeds.test.ts
// parses.

export type AtomEntry = {
  /** A permanent IRI: the same entry has the same id in every build and every feed. */
  id: string
  title: string
  /** RFC 3339 date-time. */
  updated: string
  /** The entry's page. */
  url: string
  author: { name: string; uri?: string | undefined }
  /** Plain text; `language` when it is not the feed's. */
  content: string
  /** An address the entry is about: the quote's source. */
  related?: string | undefined
}

export type AtomFeed = {
  id: string
  language: string
  title: string
  subtitle: string
  updated: string
  /** The feed's own address and that of the page it follows. */
  self: string
  page: string
  author: string
  entries: readonly AtomEntry[]
}

// XML 1.0 allows tab, newline, carriage return and these; nothing else, not even escaped.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Any text as XML character data or an attribute value: escaped, and what XML forbids gone. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, ''))
}

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${xmlText(text)}</${name}>`
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${xmlText(href)}"/>`

function entryXml(entry: AtomEntry): string {
  const { author } = entry
  return [
    '<entry>',
    element('id', entry.id),
    element('title', entry.title, ' type="text"'),
    element('updated', entry.updated),
    link('alternate', entry.url, 'text/html'),
    entry.related ? link('related', entry.related, 'text/html') : '',
    `<author>${element('name', author.name)}${author.uri ? element('uri', author.uri) : ''}</author>`,
    element('content', entry.content, ' type="text"'),
    '</entry>\n',
  ].join('')
}

/** The feed as an XML document, entries in the order given. */
export function atomXml(feed: AtomFeed): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">\n` +
    element('id', feed.id) +
    element('title', feed.title, ' type="text"') +
    element('subtitle', feed.subtitle, ' type="text"') +
    element('updated', feed.updated) +
    link('self', feed.self, 'application/atom+xml') +
    link('alternate', feed.page, 'text/html') +
    `<author>${element('name', feed.author)}</author>\n` +
    feed.entries.map(entryXml).join('') +
    '</feed>\n'
  )
}

/** A dataset date ("2020-06" or "2020-06-14") as the RFC 3339 date-time Atom needs. */
export function atomDate(published: string): string {
  const [year = '1970', month = '01', day = '01'] = published.split('-')
  return `${year}-${month}-${day}T00:00:00Z`
}
