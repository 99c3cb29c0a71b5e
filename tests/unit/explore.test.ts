import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import {
  QUERY_MAX,
  hasActiveFilters,
  parseExplorerParams,
  withFilters,
  withoutFilters,
  FACET_VALUES_MAX,
  NO_FILTERS,
  filtersFrom,
  toggled,
  type FilterChanges,
  knownIds,
} from '../../src/urls/explorer-params'
import type { Dataset } from '../../src/dataset/schema'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { shippedCopy } from '../support/shipped-dataset'

function valid(json: unknown): Dataset {
  const result = validateDataset(json)
  if (!result.ok) throw new Error(`invalid test dataset:\n${result.problems.join('\n')}`)
  return result.dataset
}

const shipped = buildDatasetIndex(shippedCopy())

const LECLERC_LE_MANS = ['leclerc-wants-the-real-le-mans', 'leclerc-le-mans-a-mythical-race']
const VERGNE_ABOUT_GASLY = ['vergne-hopes-gasly-does-le-mans', 'vergne-gasly-really-wants-le-mans']
const VERGNE_INDY = 'vergne-wants-the-indy-500'
const ALL = [...LECLERC_LE_MANS, ...VERGNE_ABOUT_GASLY, VERGNE_INDY]

function quoteIds(filters: FilterChanges, index = shipped): string[] {
  return exploreIndex(index, filtersFrom(filters)).results.map((quote) => quote.id)
}

function counts(filters: FilterChanges) {
  const { counts } = exploreIndex(shipped, filtersFrom(filters))
  return {
    driver: Object.fromEntries(counts.driver),
    team: Object.fromEntries(counts.team),
    ambition: Object.fromEntries(counts.ambition),
  }
}

/** A dataset with one speaker whose name carries an accent, for case and accent folding. */
function accentedDataset(): Dataset {
  return valid({
    schemaVersion: 1,
    sources: [{ id: 'src', publisher: 'L’Équipe', language: 'fr', published: '2020-06-21' }],
    teams: [],
    races: [],
    drivers: [
      { id: 'jev', name: 'Jean-Éric Vergne', affiliations: [] },
      { id: 'zoe', name: 'Zoë Wenzel', affiliations: [] },
    ],
    quotes: [
      {
        id: 'first',
        speakerId: 'jev',
        text: 'Je veux courir à Indianapolis.',
        language: 'fr',
        sourceId: 'src',
        aboutDriverIds: [],
        ambitions: [],
      },
      {
        id: 'second',
        speakerId: 'zoe',
        text: 'Ich habe mit JEAN-E\u0301RIC gesprochen. Straße frei!',
        language: 'de',
        sourceId: 'src',
        aboutDriverIds: ['jev'],
        ambitions: [],
        translations: { en: 'I spoke with Jean-Éric. Road clear!' },
      },
    ],
  })
}

describe('explore on the shipped dataset', () => {
  it('shows every quote, in dataset order, without filters', () => {
    expect(quoteIds({})).toEqual(ALL)
  })

  it('ambition=indy-500 gives exactly Vergne’s Indianapolis 500 quote', () => {
    const [quote, ...rest] = exploreIndex(
      shipped,
      filtersFrom({ ambition: 'indy-500', q: '' }),
    ).results
    expect(rest).toEqual([])
    expect(quote?.id).toBe(VERGNE_INDY)
    expect(quote?.speakerId).toBe('jean-eric-vergne')
    expect(quote?.text).toContain('Indianapolis 500')
  })

  it('ambition=le-mans gives the four Le Mans quotes', () => {
    expect(quoteIds({ ambition: 'le-mans' })).toEqual([...LECLERC_LE_MANS, ...VERGNE_ABOUT_GASLY])
  })

  it('driver=pierre-gasly gives the quotes about him, though Vergne said them', () => {
    const results = exploreIndex(shipped, filtersFrom({ driver: 'pierre-gasly', q: '' })).results
    expect(results.map((quote) => quote.id)).toEqual(VERGNE_ABOUT_GASLY)
    expect(results.map((quote) => quote.speakerId)).toEqual([
      'jean-eric-vergne',
      'jean-eric-vergne',
    ])
  })

  it('driver=jean-eric-vergne gives all three quotes he said', () => {
    expect(quoteIds({ driver: 'jean-eric-vergne' })).toEqual([...VERGNE_ABOUT_GASLY, VERGNE_INDY])
  })

  it('driver=jarno-opmeer, a known driver with no quotes, gives none', () => {
    expect(shipped.driverById.has('jarno-opmeer')).toBe(true)
    expect(quoteIds({ driver: 'jarno-opmeer' })).toEqual([])
  })

  it('team=veloce-esports gives the quotes said by or about its drivers: Vergne’s three', () => {
    expect(quoteIds({ team: 'veloce-esports' })).toEqual([...VERGNE_ABOUT_GASLY, VERGNE_INDY])
  })

  it('team=ferrari gives Leclerc’s two', () => {
    expect(quoteIds({ team: 'ferrari' })).toEqual(LECLERC_LE_MANS)
  })

  it('team=alphatauri gives the quotes about Gasly, its only driver', () => {
    expect(quoteIds({ team: 'alphatauri' })).toEqual(VERGNE_ABOUT_GASLY)
  })

  it('team=porsche, a team without drivers, gives none', () => {
    expect(quoteIds({ team: 'porsche' })).toEqual([])
  })

  it('q="jean-eric" finds Vergne’s quotes by the speaker’s name alone', () => {
    const results = exploreIndex(shipped, filtersFrom({ q: 'jean-eric' })).results
    expect(results.map((quote) => quote.id)).toEqual([...VERGNE_ABOUT_GASLY, VERGNE_INDY])
    for (const quote of results) expect(quote.text.toLowerCase()).not.toContain('jean')
  })

  it('q searches the English translation and the context, not only the Dutch text', () => {
    expect(quoteIds({ q: 'brilliant' })).toEqual(['vergne-gasly-really-wants-le-mans'])
    expect(quoteIds({ q: 'wish list' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ q: 'mythische' })).toEqual(['leclerc-le-mans-a-mythical-race'])
    // In one context, and the team of the speaker of both.
    expect(quoteIds({ q: 'FERRARI' })).toEqual(LECLERC_LE_MANS)
  })

  it('q searches the names a card shows: teams, races by any name, the source; not descriptions', () => {
    expect(quoteIds({ q: 'alphatauri' })).toEqual(VERGNE_ABOUT_GASLY)
    expect(quoteIds({ q: 'brickyard' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ q: 'Indy 500' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ q: 'greatest spectacle' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ q: 'lemans' })).toEqual([...LECLERC_LE_MANS, ...VERGNE_ABOUT_GASLY])
    expect(quoteIds({ q: 'motorsport.com' })).toEqual(ALL)
    // Only in a driver's description, which no card shows.
    expect(quoteIds({ q: 'giovinazzi' })).toEqual([])
  })

  it('q matches the start of words only', () => {
    expect(quoteIds({ q: 'lecl' })).toEqual(LECLERC_LE_MANS)
    expect(quoteIds({ q: 'arles' })).toEqual([])
    expect(quoteIds({ q: 'eclerc' })).toEqual([])
  })

  it('q reads "phrases" and -exclusions', () => {
    expect(quoteIds({ q: '"le mans" -gasly' })).toEqual(LECLERC_LE_MANS)
    expect(quoteIds({ q: '"mans le"' })).toEqual([])
    expect(quoteIds({ q: '-"le mans"' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ q: 'jean-eric' })).toEqual(quoteIds({ q: 'Jean Éric' }))
  })

  it('a multi-word q needs every word, from any of the fields', () => {
    expect(quoteIds({ q: 'le mans' })).toEqual([...LECLERC_LE_MANS, ...VERGNE_ABOUT_GASLY])
    expect(quoteIds({ q: 'mans indianapolis' })).toEqual([])
    // "brilliant" is in the translation, "vergne" only in the speaker's name.
    expect(quoteIds({ q: 'Vergne brilliant' })).toEqual(['vergne-gasly-really-wants-le-mans'])
    expect(quoteIds({ q: 'leclerc brilliant' })).toEqual([])
  })

  it('a blank q filters nothing', () => {
    expect(quoteIds({ q: '   \t ' })).toEqual(ALL)
  })

  it('combines filters with AND', () => {
    expect(quoteIds({ team: 'veloce-esports', ambition: 'le-mans' })).toEqual(VERGNE_ABOUT_GASLY)
    expect(quoteIds({ driver: 'pierre-gasly', ambition: 'indy-500' })).toEqual([])
    expect(quoteIds({ driver: 'jean-eric-vergne', q: 'indianapolis' })).toEqual([VERGNE_INDY])
    expect(quoteIds({ team: 'ferrari', q: 'mythical' })).toEqual([LECLERC_LE_MANS[1]])
    expect(quoteIds({ driver: 'charles-leclerc', team: 'veloce-esports' })).toEqual([])
  })

  it('gives nothing for an id the dataset does not know', () => {
    expect(quoteIds({ driver: 'ghost' })).toEqual([])
    expect(quoteIds({ team: 'le-mans' })).toEqual([])
  })

  it('counts each option without filters', () => {
    expect(counts({})).toEqual({
      driver: { 'charles-leclerc': 2, 'pierre-gasly': 2, 'jean-eric-vergne': 3 },
      team: { ferrari: 2, 'veloce-esports': 3, alphatauri: 2 },
      ambition: { 'le-mans': 4, 'indy-500': 1 },
    })
  })

  it('counts each option with the other filters applied: ambition=le-mans', () => {
    // The ambition facet ignores its own filter, so Indy 500 still shows what picking it gives.
    expect(counts({ ambition: 'le-mans' })).toEqual({
      driver: { 'charles-leclerc': 2, 'pierre-gasly': 2, 'jean-eric-vergne': 2 },
      team: { ferrari: 2, 'veloce-esports': 2, alphatauri: 2 },
      ambition: { 'le-mans': 4, 'indy-500': 1 },
    })
  })

  it('counts each option with the other filters applied: team=ferrari and q', () => {
    expect(counts({ team: 'ferrari', q: 'race' })).toEqual({
      driver: { 'charles-leclerc': 2 },
      team: { ferrari: 2, 'veloce-esports': 2, alphatauri: 1 },
      ambition: { 'le-mans': 2 },
    })
  })

  it('two drivers give the quotes of either (OR within a facet), in dataset order', () => {
    expect(quoteIds({ driver: ['pierre-gasly', 'charles-leclerc'] })).toEqual([
      ...LECLERC_LE_MANS,
      ...VERGNE_ABOUT_GASLY,
    ])
    expect(quoteIds({ ambition: ['indy-500', 'le-mans'] })).toEqual(ALL)
    expect(quoteIds({ driver: ['jarno-opmeer', 'pierre-gasly'] })).toEqual(VERGNE_ABOUT_GASLY)
  })

  it('a driver and a team give the quotes of both (AND across facets)', () => {
    expect(quoteIds({ driver: ['charles-leclerc', 'jean-eric-vergne'], team: 'ferrari' })).toEqual(
      LECLERC_LE_MANS,
    )
    expect(
      quoteIds({ driver: ['charles-leclerc', 'pierre-gasly'], team: ['alphatauri'], q: 'gasly' }),
    ).toEqual(VERGNE_ABOUT_GASLY)
  })

  it('counts an option under the other facets, whatever else its own facet has chosen', () => {
    // Choosing Leclerc as well as Gasly adds his two: the count says what he matches.
    expect(counts({ driver: ['pierre-gasly'] }).driver).toEqual(counts({}).driver)
    expect(counts({ driver: ['pierre-gasly', 'charles-leclerc'], ambition: 'le-mans' })).toEqual({
      driver: { 'charles-leclerc': 2, 'pierre-gasly': 2, 'jean-eric-vergne': 2 },
      team: { ferrari: 2, 'veloce-esports': 2, alphatauri: 2 },
      ambition: { 'le-mans': 4 },
    })
  })

  it('returns the search terms it matched, for highlighting', () => {
    const { query } = exploreIndex(shipped, filtersFrom({ q: ' Le  MANS le -gasly' }))
    expect(query.include).toEqual([['le'], ['mans']])
  })
})

describe('explore: case and accents', () => {
  const index = buildDatasetIndex(accentedDataset())

  it.each(['jean-eric', 'JEAN-ERIC', 'Jean-Éric', 'jean eric', 'ERIC jean', 'jéan'])(
    'q=%j finds both quotes naming Jean-Éric',
    (q) => {
      expect(quoteIds({ q }, index)).toEqual(['first', 'second'])
    },
  )

  it('matches a query word against part of a word', () => {
    expect(quoteIds({ q: 'indiana' }, index)).toEqual(['first'])
    expect(quoteIds({ q: 'zoe' }, index)).toEqual(['second'])
  })

  it('does not find text that is not there', () => {
    expect(quoteIds({ q: 'jean-eric monaco' }, index)).toEqual([])
  })
})

describe('parseExplorerParams', () => {
  const parse = (query: string) =>
    parseExplorerParams(new URLSearchParams(query), knownIds(shipped))

  it('reads known ids and the query', () => {
    expect(parse('driver=pierre-gasly&team=veloce-esports&ambition=le-mans&q=jean+eric')).toEqual({
      driver: ['pierre-gasly'],
      team: ['veloce-esports'],
      ambition: ['le-mans'],
      q: 'jean eric',
      from: null,
      to: null,
      sort: null,
    })
  })

  it('reads the period and the order, a period given backwards the right way round', () => {
    expect(parse('from=2019&to=2021&sort=oldest')).toMatchObject({
      from: 2019,
      to: 2021,
      sort: 'oldest',
    })
    expect(parse('from=2021&to=2019')).toMatchObject({ from: 2019, to: 2021 })
    expect(parse('from=19&to=twenty&sort=best')).toMatchObject({ from: null, to: null, sort: null })
  })

  it('drops ids the dataset does not know, keeping the rest', () => {
    expect(parse('driver=ghost&team=ferrari&ambition=monaco')).toEqual({
      ...NO_FILTERS,
      team: ['ferrari'],
    })
    expect(parse('driver=ghost&driver=pierre-gasly&driver=monaco').driver).toEqual(['pierre-gasly'])
  })

  it('drops an id of the wrong kind, in the wrong case or with spaces', () => {
    expect(parse('driver=ferrari&team=le-mans&ambition=charles-leclerc')).toEqual(NO_FILTERS)
    expect(parse('driver=Pierre-Gasly&team=%20ferrari&ambition=le-mans%20')).toEqual(NO_FILTERS)
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'never matches the object property %j',
    (id) => {
      expect(parse(`driver=${id}&team=${id}&ambition=${id}`)).toEqual(NO_FILTERS)
    },
  )

  it('reads every value of a repeated facet, in order, each once', () => {
    expect(parse('driver=pierre-gasly&driver=charles-leclerc&q=one&q=two')).toEqual({
      ...NO_FILTERS,
      driver: ['pierre-gasly', 'charles-leclerc'],
      q: 'one',
    })
    expect(parse('driver=pierre-gasly&driver=charles-leclerc&driver=pierre-gasly').driver).toEqual([
      'pierre-gasly',
      'charles-leclerc',
    ])
    expect(parse('ambition=indy-500&team=ferrari&ambition=le-mans')).toMatchObject({
      team: ['ferrari'],
      ambition: ['indy-500', 'le-mans'],
    })
  })

  it(`keeps at most ${FACET_VALUES_MAX} ids per facet from a hostile address`, () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `id-${i}`)
    const known = { has: (id: string) => id.startsWith('id-') }
    const params = new URLSearchParams(many.map((id) => ['driver', id]))
    const parsed = parseExplorerParams(params, { driver: known, team: known, ambition: known })
    expect(parsed.driver).toEqual(many.slice(0, FACET_VALUES_MAX))
  })

  it('treats empty and missing values as no filter', () => {
    expect(parse('driver=&team=&ambition=&q=')).toEqual(NO_FILTERS)
    expect(parse('driver&team&ambition&q')).toEqual(NO_FILTERS)
    expect(parse('')).toEqual(NO_FILTERS)
  })

  it('keeps the query as typed, reserved characters included', () => {
    expect(parse('q=%23ferrari+%2652%20C%2B%2B%3D').q).toBe('#ferrari &52 C++=')
  })

  it('caps a 10,000-character query at QUERY_MAX', () => {
    const long = 'abcdefghij'.repeat(1000)
    const { q } = parse(`q=${long}`)
    expect(q).toHaveLength(QUERY_MAX)
    expect(long.startsWith(q)).toBe(true)
  })

  it('does not cut an emoji in half at the cap, which the URL would turn into �', () => {
    const q = parse(`q=${encodeURIComponent('a'.repeat(QUERY_MAX - 1) + '😀 more')}`).q
    expect(q).toBe('a'.repeat(QUERY_MAX - 1))
    const reread = parseExplorerParams(
      new URLSearchParams(withFilters(new URLSearchParams(), { q }).toString()),
      knownIds(shipped),
    )
    expect(reread.q).toBe(q)
  })
})

describe('withFilters and withoutFilters', () => {
  it('writes the changed filters and keeps every other param', () => {
    const before = new URLSearchParams('lang=nl&driver=pierre-gasly&q=old')
    const after = withFilters(before, { team: 'ferrari', q: 'le mans' })
    expect(after.toString()).toBe('lang=nl&driver=pierre-gasly&q=le+mans&team=ferrari')
    expect(before.toString()).toBe('lang=nl&driver=pierre-gasly&q=old')
  })

  it('writes a facet of several ids as a repeated param, and one id as one', () => {
    const written = withFilters(new URLSearchParams('driver=x'), {
      driver: ['pierre-gasly', 'charles-leclerc'],
      ambition: 'le-mans',
    })
    expect(written.toString()).toBe('driver=pierre-gasly&driver=charles-leclerc&ambition=le-mans')
    expect(withFilters(written, { driver: [] }).toString()).toBe('ambition=le-mans')
  })

  it('toggles an id in or out of a facet', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggled(['a', 'b'], 'a')).toEqual(['b'])
  })

  it('removes a filter set to undefined or to blank text, back on page 1', () => {
    const before = new URLSearchParams('driver=pierre-gasly&team=ferrari&q=old&page=2')
    expect(withFilters(before, { driver: undefined, q: '  ' }).toString()).toBe('team=ferrari')
  })

  it('clears all filters, keeping other params', () => {
    const before = new URLSearchParams('driver=a&team=b&ambition=c&q=d&lang=nl')
    expect(withoutFilters(before).toString()).toBe('lang=nl')
  })
})

describe('hasActiveFilters', () => {
  it('is true for any facet or a non-blank query', () => {
    const active = (changes: FilterChanges) => hasActiveFilters(filtersFrom(changes))
    expect(active({})).toBe(false)
    expect(active({ q: ' \t' })).toBe(false)
    expect(active({ q: 'x' })).toBe(true)
    expect(active({ driver: 'pierre-gasly' })).toBe(true)
    expect(active({ team: ['ferrari', 'alphatauri'] })).toBe(true)
    expect(active({ ambition: 'le-mans' })).toBe(true)
  })
})
