import fc from 'fast-check'
import type { Dataset, Driver, Quote, Race, Source, Team } from '../../src/dataset/schema'

/**
 * Words that make folding matter: accents precomposed and decomposed, ligatures, Greek sigma,
 * dotted capital I, soft hyphens, URL-special characters. Text and queries both draw from them,
 * so searches in property tests hit as well as miss.
 */
export const TRICKY_WORDS = [
  'Jean-Éric',
  'Jean-E\u0301ric',
  'JEAN-ERIC',
  'Le Mans',
  'LE MANS',
  'Indy',
  'Ver\u00ADgne',
  'ΟΔΟΣ',
  'οδός',
  'İstanbul',
  'ﬁnal',
  'Straße',
  'Gasly',
  '#52',
  'a&b=c',
  '100%',
  'C++',
  '😀',
  'שלום',
] as const

/**
 * Any code point except a surrogate half, as a string. Same reach as fc.string's 'binary' unit,
 * which takes about a second to set up in each test file.
 */
export const codePointArbitrary = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((code) => code < 0xd800 || code > 0xdfff)
  .map((code) => String.fromCodePoint(code))

/** A lowercase slug from a small alphabet, so ids collide across collections now and then. */
export const slugArbitrary = fc.stringMatching(/^[a-c0-9]{1,3}(?:-[a-c0-9]{1,2}){0,2}$/)

const looseWord = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 4 })
  .filter((word) => /\S/.test(word))

const wordArbitrary = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_WORDS), weight: 3 },
  { arbitrary: looseWord, weight: 1 },
)

/** Non-blank text of at most 200 code units: valid wherever the contract wants a string. */
export const textArbitrary = fc
  .array(wordArbitrary, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '))
  .filter((text) => text.length <= 200)

const languageArbitrary = fc.constantFrom('nl', 'en', 'fr', 'en-GB', 'el', 'he')

const dateArbitrary = fc
  .tuple(
    fc.integer({ min: 1950, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  )
  .map(([year, month, day]) => {
    const yearMonth = `${year}-${String(month).padStart(2, '0')}`
    return day === undefined ? yearMonth : `${yearMonth}-${String(day).padStart(2, '0')}`
  })

function sourceArbitrary(id: string): fc.Arbitrary<Source> {
  return fc.record(
    {
      id: fc.constant(id),
      publisher: textArbitrary,
      title: textArbitrary,
      language: languageArbitrary,
      published: dateArbitrary,
      url: slugArbitrary.map((path) => `https://example.com/${path}`),
    },
    { requiredKeys: ['id', 'publisher', 'language', 'published'], noNullPrototype: true },
  )
}

function teamArbitrary(id: string): fc.Arbitrary<Team> {
  return fc.record(
    { id: fc.constant(id), name: textArbitrary, category: textArbitrary },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  )
}

function raceArbitrary(id: string): fc.Arbitrary<Race> {
  return fc.record(
    {
      id: fc.constant(id),
      name: textArbitrary,
      shortName: textArbitrary,
      nickname: textArbitrary,
      venue: textArbitrary,
      description: textArbitrary,
    },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  )
}

/** A sub-list of the given ids, in random order, without repeats. */
function someOf(ids: readonly string[], maxLength: number): fc.Arbitrary<string[]> {
  return ids.length === 0
    ? fc.constant([])
    : fc.uniqueArray(fc.constantFrom(...ids), { maxLength: Math.min(maxLength, ids.length) })
}

function driverArbitrary(id: string, teamIds: readonly string[]): fc.Arbitrary<Driver> {
  const affiliation =
    teamIds.length === 0
      ? fc.constant(undefined)
      : fc.record(
          { teamId: fc.constantFrom(...teamIds), role: textArbitrary },
          { requiredKeys: ['teamId'], noNullPrototype: true },
        )
  return fc.record(
    {
      id: fc.constant(id),
      name: textArbitrary,
      nationality: textArbitrary,
      description: textArbitrary,
      // The same team twice (two roles) is allowed: counts must still count the driver once.
      affiliations: fc
        .array(affiliation, { maxLength: 3 })
        .map((list) => list.filter((entry) => entry !== undefined)),
    },
    { requiredKeys: ['id', 'name', 'affiliations'], noNullPrototype: true },
  )
}

type QuoteRefs = { driverIds: string[]; raceIds: string[]; sourceIds: string[] }

function quoteArbitrary(id: string, { driverIds, raceIds, sourceIds }: QuoteRefs) {
  const ambition =
    raceIds.length === 0
      ? fc.constant(undefined)
      : fc.record(
          { driverId: fc.constantFrom(...driverIds), raceId: fc.constantFrom(...raceIds) },
          { noNullPrototype: true },
        )
  return fc.constantFrom(...driverIds).chain((speakerId): fc.Arbitrary<Quote> =>
    fc.record(
      {
        id: fc.constant(id),
        speakerId: fc.constant(speakerId),
        text: textArbitrary,
        language: languageArbitrary,
        sourceId: fc.constantFrom(...sourceIds),
        aboutDriverIds: someOf(
          driverIds.filter((driverId) => driverId !== speakerId),
          3,
        ),
        ambitions: fc
          .uniqueArray(ambition, {
            maxLength: 3,
            selector: (entry) => (entry ? `${entry.driverId} ${entry.raceId}` : ''),
          })
          .map((list) => list.filter((entry) => entry !== undefined)),
        translations: fc.dictionary(languageArbitrary, textArbitrary, {
          maxKeys: 2,
          noNullPrototype: true,
        }),
        context: textArbitrary,
      },
      {
        requiredKeys: [
          'id',
          'speakerId',
          'text',
          'language',
          'sourceId',
          'aboutDriverIds',
          'ambitions',
        ],
        noNullPrototype: true,
      },
    ),
  )
}

function all<T>(arbitraries: fc.Arbitrary<T>[]): fc.Arbitrary<T[]> {
  return fc.tuple(...arbitraries)
}

/** A small dataset that keeps every rule of docs/data-contract.md: unique slugs, resolving refs. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    sourceIds: fc.uniqueArray(slugArbitrary, { minLength: 1, maxLength: 2 }),
    teamIds: fc.uniqueArray(slugArbitrary, { maxLength: 4 }),
    raceIds: fc.uniqueArray(slugArbitrary, { maxLength: 3 }),
    driverIds: fc.uniqueArray(slugArbitrary, { minLength: 1, maxLength: 5 }),
    quoteIds: fc.uniqueArray(slugArbitrary, { maxLength: 8 }),
  })
  .chain(({ sourceIds, teamIds, raceIds, driverIds, quoteIds }) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      sources: all(sourceIds.map(sourceArbitrary)),
      teams: all(teamIds.map(teamArbitrary)),
      races: all(raceIds.map(raceArbitrary)),
      drivers: all(driverIds.map((id) => driverArbitrary(id, teamIds))),
      quotes: all(quoteIds.map((id) => quoteArbitrary(id, { driverIds, raceIds, sourceIds }))),
    }),
  )
