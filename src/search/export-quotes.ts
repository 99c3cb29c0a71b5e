import type { DatasetIndex } from '../model/dataset-index'
import type { Quote } from '../dataset/schema'
import { toCsv, UTF8_BOM } from './csv'
import { FACETS } from '../urls/explorer-params'
import { fold } from './fold'
import { raceLabel } from '../format/labels'
import { paths } from '../urls/paths'
import { safeHttpsUrl } from '../lib/safe-url'
import { translationOf } from '../format/translation'
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

/**
 * One row per quote, in the order given, each with its attribution: who said it, where it was
 * published, and its permalink under `base`, the site's absolute address ("https://x.org/sub/").
 */
export function exportRowsOf(
  index: DatasetIndex,
  quotes: readonly Quote[],
  base: string,
): ExportRow[] {
  const root = base.endsWith('/') ? base : `${base}/`
  const nameOf = (id: string) => index.driverById.get(id)?.name ?? []
  return quotes.map((quote) => {
    const source = index.sourceById.get(quote.sourceId)
    const ambitions = uniqueBy(quote.ambitions, (a) => `${a.driverId}/${a.raceId}`).flatMap(
      ({ driverId, raceId }) => {
        const driver = index.driverById.get(driverId)
        const race = index.raceById.get(raceId)
        return driver && race ? [`${driver.name} wants to race ${raceLabel(race)}`] : []
      },
    )
    return {
      quoteId: quote.id,
      speaker: index.driverById.get(quote.speakerId)?.name ?? '',
      speakerId: quote.speakerId,
      text: quote.text,
      language: quote.language,
      englishTranslation: translationOf(quote) ?? '',
      about: quote.aboutDriverIds.flatMap(nameOf).join(LIST_SEPARATOR),
      ambitions: ambitions.join(LIST_SEPARATOR),
      context: quote.context ?? '',
      publisher: source?.publisher ?? '',
      sourceTitle: source?.title ?? '',
      published: source?.published ?? '',
      sourceUrl: safeHttpsUrl(source?.url) ?? '',
      // Relative to the base, so a site under a sub-path keeps it.
      permalink: new URL(`.${paths.quote(quote.id)}`, root).href,
    }
  })
}

/** The rows as a CSV file: a BOM (so Excel reads the accents), a header row, RFC 4180. */
export function quotesCsv(rows: readonly ExportRow[]): string {
  return (
    UTF8_BOM +
    toCsv(
      EXPORT_FIELDS,
      rows.map((row) => EXPORT_FIELDS.map((field) => row[field])),
    )
  )
}

export type ExportMeta = {
  /** The explorer's address of the view downloaded. */
  url: string
  /** When, as an ISO date. */
  exported: string
  filters: Record<string, string | string[]>
}

/** The rows as a JSON file, with where and when they come from; 2-space indents. */
export function quotesJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  const file = { site: 'Paddock Quotes', ...meta, count: rows.length, quotes: rows }
  return `${JSON.stringify(file, null, 2)}\n`
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
