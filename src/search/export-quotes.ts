import type { DatasetIndex } from '../model/dataset-index'
import type { Quote, Source } from '../dataset/schema'
import { csvLine, UTF8_BOM } from './csv'
import { FACETS } from '../urls/explorer-params'
import { fold } from './fold'
import { raceLabel } from '../format/labels'
import { paths } from '../urls/paths'
import { safeHttpsUrl } from '../lib/safe-url'
import { sameLanguage } from '../format/translation'
import { uniqueBy } from '../lib/unique-by'

/** The columns of a download, in order: the CSV's header and the JSON's keys. */
export const EXPORT_FIELDS = [
  'quoteId',
  'speaker',
  'speakerId',
  'text',
  'language',
  'englishTranslation',
  'about',
  'ambitions',
  'context',
  'publisher',
  'sourceTitle',
  'published',
  'sourceUrl',
  'permalink',
] as const

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string>

export type ExportFormat = 'csv' | 'json'

/** Between the names of a list in one cell: "Ada Example; Bo Sample". */
const LIST_SEPARATOR = '; '

/** What a row names besides the quote: its drivers, races (by their label) and source. */
export type ExportNames = {
  driverName: (id: string) => string | undefined
  raceLabel: (id: string) => string | undefined
  source: (id: string) => Source | undefined
}

/** The names as the whole dataset's index has them. */
export function exportNamesOf(index: DatasetIndex): ExportNames {
  return {
    driverName: (id) => index.driverById.get(id)?.name,
    raceLabel: (id) => {
      const race = index.raceById.get(id)
      return race && raceLabel(race)
    },
    source: (id) => index.sourceById.get(id),
  }
}

/**
 * One row per quote, in the order given, each with its attribution: who said it, where it was
 * published, and its permalink under `base`, the site's absolute address ("https://x.org/sub/").
 */
export function exportRowsOf(
  index: DatasetIndex,
  quotes: readonly Quote[],
  base: string,
): ExportRow[] {
  const names = exportNamesOf(index)
  return quotes.map((quote) => exportRowOf(names, quote, base))
}

/** One quote's row (exportRowsOf). */
export function exportRowOf(names: ExportNames, quote: Quote, base: string): ExportRow {
  const root = base.endsWith('/') ? base : `${base}/`
  const source = names.source(quote.sourceId)
  const ambitions = uniqueBy(quote.ambitions, (a) => `${a.driverId}/${a.raceId}`).flatMap(
    ({ driverId, raceId }) => {
      const driver = names.driverName(driverId)
      const race = names.raceLabel(raceId)
      return driver !== undefined && race !== undefined ? [`${driver} wants to race ${race}`] : []
    },
  )
  return {
    quoteId: quote.id,
    speaker: names.driverName(quote.speakerId) ?? '',
    speakerId: quote.speakerId,
    text: quote.text,
    language: quote.language,
    // A column of the data, the same on every page: the English translation, whatever the page's
    // language (a quote in English has none).
    englishTranslation: sameLanguage(quote.language, 'en') ? '' : (quote.translations?.en ?? ''),
    about: quote.aboutDriverIds.flatMap((id) => names.driverName(id) ?? []).join(LIST_SEPARATOR),
    ambitions: ambitions.join(LIST_SEPARATOR),
    context: quote.context ?? '',
    publisher: source?.publisher ?? '',
    sourceTitle: source?.title ?? '',
    published: source?.published ?? '',
    sourceUrl: safeHttpsUrl(source?.url) ?? '',
    // Relative to the base, so a site under a sub-path keeps it.
    permalink: new URL(`.${paths.quote(quote.id)}`, root).href,
  }
}

/**
 * A file written a piece at a time: its start, each row's text (the `i`th of the file), its
 * end. Joined, they are quotesCsv's or quotesJson's file, byte for byte.
 */
export type ExportWriter = {
  head: string
  row: (row: ExportRow, i: number) => string
  tail: string
}

/** The CSV file's pieces: a BOM (so Excel reads the accents), a header row, RFC 4180. */
export function csvWriter(): ExportWriter {
  return {
    head: UTF8_BOM + csvLine(EXPORT_FIELDS),
    row: (row) => csvLine(EXPORT_FIELDS.map((field) => row[field])),
    tail: '',
  }
}

/** The rows as a CSV file (csvWriter). */
export function quotesCsv(rows: readonly ExportRow[]): string {
  return written(csvWriter(), rows)
}

export type ExportMeta = {
  /** The explorer's address of the view downloaded. */
  url: string
  /** When, as an ISO date. */
  exported: string
  filters: Record<string, string | string[]>
}

/**
 * The JSON file's pieces, for `count` rows: what JSON.stringify writes with 2-space indents,
 * the rows cut out of it, each indented to its depth (4), and a line end.
 */
export function jsonWriter(meta: ExportMeta, count: number): ExportWriter {
  const empty = JSON.stringify({ site: 'Paddock Quotes', ...meta, count, quotes: [] }, null, 2)
  const head = empty.slice(0, -']\n}'.length)
  return {
    head,
    row: (row, i) =>
      `${i === 0 ? '\n' : ',\n'}${JSON.stringify(row, null, 2).replace(/^/gm, '    ')}`,
    tail: count === 0 ? ']\n}\n' : '\n  ]\n}\n',
  }
}

/** The rows as a JSON file, with where and when they come from (jsonWriter). */
export function quotesJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  return written(jsonWriter(meta, rows.length), rows)
}

function written(writer: ExportWriter, rows: readonly ExportRow[]): string {
  return writer.head + rows.map(writer.row).join('') + writer.tail
}

/** The filters as the URL has them: a facet's ids as a list, any other param as its value. */
export function filtersJsonOf(params: URLSearchParams): Record<string, string | string[]> {
  const filters: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value.trim() !== '')
    if (values.length === 0) continue
    filters[key] = FACETS.some((facet) => facet === key) ? values : (values.at(-1) ?? '')
  }
  return filters
}

/** Longest run of filter words in a file name: "paddock-quotes-<words>-12.csv". */
const NAME_WORDS_MAX = 40

/**
 * "paddock-quotes-ada-example-grand-prix-a-12.csv" for filtered quotes, from the filters' values
 * (`words`; "filtered" when none of them has a letter a file name can keep);
 * "paddock-quotes-all.csv" for all of them (no words).
 */
export function exportFilename(
  words: readonly string[],
  count: number,
  format: ExportFormat,
): string {
  if (words.length === 0) return `paddock-quotes-all.${format}`
  const slug =
    fold(words.join(' '))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'filtered'
  const short = slug.length <= NAME_WORDS_MAX ? slug : cutAtHyphen(slug, NAME_WORDS_MAX)
  return `paddock-quotes-${short}-${count}.${format}`
}

function cutAtHyphen(slug: string, max: number): string {
  const head = slug.slice(0, max + 1)
  const hyphen = head.lastIndexOf('-')
  return (hyphen > 0 ? head.slice(0, hyphen) : head.slice(0, max)).replace(/-$/, '')
}
