import { safeHttpsUrl } from '../lib/safe-url'
import { escapeMarkup } from '../lib/escape-markup'
import { SITE_NAME } from '../seo/site-url'
import { lang, perLocale } from '../format/intl'
import { citations as words } from '../i18n/en/citations'

/** What a citation of one quote names; every string is the dataset's, so hostile. */
export type CitationParts = {
  /** The quote as published. */
  text: string
  /** The site's own translation, if the quote has one (translation.ts). */
  translation?: string | undefined
  speaker: string
  publisher: string
  /** The source's title, if it has one. */
  title?: string | undefined
  /** The source's date as the dataset writes it: "2020-06" or "2020-06-14". */
  published: string
  /** The source's address; only a well-formed https: one is cited. */
  sourceUrl?: string | undefined
  /** The quote's page on this site. */
  permalink: string
}

export const CITATION_STYLES = ['plain', 'apa', 'mla', 'chicago'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]
/** The formats' names in the page's language: "Plain text", "APA 7", … */
export const citationStyleName = (style: CitationStyle): string => words[style]

/** A run of a citation's text, in italics when it is a title. */
export type Segment = string | { italic: string }
export type Citation = { style: CitationStyle; name: string; segments: Segment[] }

const MONTHS = [
  ...['January', 'February', 'March', 'April', 'May', 'June'],
  ...['July', 'August', 'September', 'October', 'November', 'December'],
]
const MLA_MONTHS = [
  ...['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June'],
  ...['July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
]
const ENDS_A_SENTENCE = /[.?!…]["”’)]*$/u

type DateParts = { year: string; month?: number; day?: number }

function dateParts(published: string): DateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published)
  if (!match?.[1]) return undefined
  const month = match[2] === undefined ? undefined : Number(match[2])
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  const day = match[3] === undefined ? undefined : Number(match[3])
  return { year: match[1], ...(month && { month }), ...(day && { day }) }
}

/** A month's name in the page's language ("juni"): made once: making one costs
 * about 0.3 ms, and the build cites in four styles on every quote page. */
const MONTH_NAME = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
)

/**
 * "14 June 2020" (plain), "2020, June 14" (APA), "14 June 2020" (MLA), "June 14, 2020" (Chicago),
 * as the English style guides write them. On a page in another language, its month names in the
 * order it writes a date: "14 juni 2020" ("2020, 14 juni" in APA, as its Dutch guide has it).
 */
function formatDate(published: string, style: CitationStyle): string {
  const date = dateParts(published)
  if (!date) return published
  const { year, month, day } = date
  if (month === undefined) return year
  if (lang !== 'en') {
    const name = MONTH_NAME().format(new Date(Date.UTC(2000, month - 1, 1)))
    const dayMonth = day ? `${day} ${name}` : name
    return style === 'apa' ? `${year}, ${dayMonth}` : `${dayMonth} ${year}`
  }
  const name = (style === 'mla' ? MLA_MONTHS : MONTHS)[month - 1] ?? ''
  if (style === 'apa') return day ? `${year}, ${name} ${day}` : `${year}, ${name}`
  if (style === 'chicago') return day ? `${name} ${day}, ${year}` : `${name} ${year}`
  return day ? `${day} ${name} ${year}` : `${name} ${year}`
}

/** In curly quotes, with `mark` inside them (as American styles want) unless one is there. */
function quoted(text: string, mark = ''): string {
  return `“${text}${ENDS_A_SENTENCE.test(text) ? '' : mark}”`
}

/** Ends with a full stop, unless it already ends a sentence ("Inc." stays "Inc."). */
function sentence(text: string): string {
  return ENDS_A_SENTENCE.test(text) ? text : `${text}.`
}

function translated(parts: CitationParts, mark = ''): string | undefined {
  return parts.translation === undefined
    ? undefined
    : `${words.translationBy} ${SITE_NAME}: ${quoted(parts.translation, mark)}`
}

function plain(parts: CitationParts, url: string | undefined): Segment[] {
  const translation = translated(parts)
  return [
    quoted(parts.text),
    translation ? ` (${translation})` : '',
    ` — ${parts.speaker}, ${parts.publisher}`,
    parts.title ? `, ${quoted(parts.title)}` : '',
    `, ${formatDate(parts.published, 'plain')}`,
    url ? `, ${url}` : '',
    `. ${parts.permalink}`,
  ]
}

function apa(parts: CitationParts, url: string | undefined): Segment[] {
  const translation = translated(parts)
  const description = `[${words.quoteBy(parts.speaker)}: ${quoted(parts.text)}${translation ? `; ${translation}` : ''}]`
  return [
    `${sentence(parts.publisher)} (${formatDate(parts.published, 'apa')}). `,
    ...(parts.title ? [{ italic: parts.title }, ` ${description}. `] : [`${description}. `]),
    url ? `${url} ` : '',
    // One reference, the source's; where the quote was found follows it, not a second entry.
    `${words.quotedOn} `,
    { italic: SITE_NAME },
    `: ${parts.permalink}`,
  ]
}

function mla(parts: CitationParts, url: string | undefined): Segment[] {
  const translation = translated(parts, '.')
  return [
    `${sentence(parts.speaker)} ${quoted(parts.text, '.')} `,
    translation ? `${translation} ` : '',
    `${words.quotedIn} `,
    parts.title ? `${quoted(parts.title, '.')} ` : '',
    { italic: parts.publisher },
    `, ${formatDate(parts.published, 'mla')}`,
    url ? `, ${url}` : '',
    '. ',
    { italic: SITE_NAME },
    `, ${parts.permalink}.`,
  ]
}

function chicago(parts: CitationParts, url: string | undefined): Segment[] {
  const translation = translated(parts, ',')
  return [
    `${parts.speaker}, ${quoted(parts.text, ',')} `,
    translation ? `${translation} ` : '',
    `${words.quotedInLower} `,
    parts.title ? `${quoted(parts.title, ',')} ` : '',
    { italic: parts.publisher },
    `, ${formatDate(parts.published, 'chicago')}`,
    url ? `, ${url}` : '',
    '; ',
    { italic: SITE_NAME },
    `, ${parts.permalink}.`,
  ]
}

const FORMATS: Record<CitationStyle, (parts: CitationParts, url?: string) => Segment[]> = {
  plain,
  apa,
  mla,
  chicago,
}

/** The quote cited in each style, as runs of text (titles in italics). */
export function citeQuote(parts: CitationParts): Citation[] {
  const url = safeHttpsUrl(parts.sourceUrl)
  return CITATION_STYLES.map((style) => ({
    style,
    name: citationStyleName(style),
    segments: FORMATS[style](parts, url).filter((segment) => segment !== ''),
  }))
}

/** The citation as plain text, for text/plain. */
export function citationText(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (typeof segment === 'string' ? segment : segment.italic))
    .join('')
}

/** The citation as HTML, for text/html: titles in <i>, every character of the data escaped. */
export function citationHtml(segments: readonly Segment[]): string {
  return segments
    .map((segment) =>
      typeof segment === 'string'
        ? escapeMarkup(segment)
        : `<i>${escapeMarkup(segment.italic)}</i>`,
    )
    .join('')
}
