import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { brokenDatasets, edited, withValue } from '../support/broken-datasets'
import { at, readShippedJson, shippedCopy } from '../support/shipped-dataset'

describe('validateDataset', () => {
  it('accepts the shipped dataset, "$schema" key included', () => {
    const json = readShippedJson()
    expect(json).toHaveProperty('$schema', './quotes.schema.json')

    const result = validateDataset(json)

    expect(result.ok ? [] : result.problems).toEqual([])
    expect(result.ok && result.dataset.quotes.length).toBeGreaterThan(0)
  })

  it('has at least 20 distinct broken datasets to check', () => {
    const shapes = brokenDatasets.map((broken) => JSON.stringify(broken.build()))
    expect(new Set(shapes).size).toBe(brokenDatasets.length)
    expect(brokenDatasets.length).toBeGreaterThanOrEqual(20)
  })

  it.each(brokenDatasets)('rejects $name: $problem', ({ build, problem }) => {
    expect(validateDataset(build())).toEqual({ ok: false, problems: [problem] })
  })

  // valibot's record() alone would take a list for an object; the schema refuses it first.
  it('rejects translations given as a list, naming the field', () => {
    expect(validateDataset(withValue('quotes.0.translations', [])())).toEqual({
      ok: false,
      problems: ['quotes[0].translations: must be an object of language -> text'],
    })
  })

  it('reports every shape problem at once, in document order', () => {
    const json = edited((d) => {
      at(d.drivers, 0).name = ''
      at(d.quotes, 1).text = 'x'.repeat(2001)
      at(d.quotes, 3).language = 'Dutch'
    })()

    expect(validateDataset(json)).toEqual({
      ok: false,
      problems: [
        'drivers[0].name: must not be empty',
        'quotes[1].text: must be at most 2000 characters',
        'quotes[3].language: must be a language tag like "nl" or "en-GB"',
      ],
    })
  })

  it('reports every reference problem at once', () => {
    const json = edited((d) => {
      at(d.races, 1).id = 'le-mans'
      at(d.quotes, 0).speakerId = 'ghost'
      at(d.quotes, 4).aboutDriverIds = ['ghost', 'pierre-gasly']
    })()

    expect(validateDataset(json)).toEqual({
      ok: false,
      problems: [
        'races[1].id: "le-mans" is used by another race',
        'quotes[0].speakerId: no driver "ghost"',
        'quotes[4].aboutDriverIds[0]: no driver "ghost"',
        // The Indy 500 lost its id to the duplicate, so the ambition to race it dangles too.
        'quotes[4].ambitions[0].raceId: no race "indy-500"',
      ],
    })
  })
})

describe('what a valid dataset may contain', () => {
  const accepted: { name: string; build: () => unknown }[] = [
    {
      name: 'unknown fields at every level (forward compatible)',
      build: () => {
        const d = shippedCopy()
        return {
          ...d,
          $schema: './quotes.schema.json',
          license: 'CC BY 4.0',
          sources: d.sources.map((source) => ({ ...source, paywall: false })),
          drivers: d.drivers.map((driver) => ({
            ...driver,
            born: 1997,
            affiliations: driver.affiliations.map((a) => ({ ...a, since: '2019' })),
          })),
          quotes: d.quotes.map((quote) => ({ ...quote, tags: ['le-mans'], rating: 5 })),
        }
      },
    },
    { name: 'no quotes at all', build: edited((d) => (d.quotes = [])) },
    {
      name: 'a text of exactly 2,000 characters',
      build: withValue('quotes.0.text', 'a'.repeat(2000)),
    },
    { name: 'a name of exactly 200 characters', build: withValue('teams.0.name', 'a'.repeat(200)) },
    { name: 'an id of exactly 80 characters', build: withValue('quotes.0.id', 'a'.repeat(80)) },
    {
      name: 'an https: url and a full date',
      build: edited((d) => {
        const source = at(d.sources, 0)
        source.url = 'https://nl.motorsport.com/esports/news/le-mans-virtual/4800000/'
        source.published = '2020-06-14'
      }),
    },
    {
      name: 'translations into several languages, with region subtags',
      build: withValue('quotes.2.translations', {
        en: 'I really hope he does Le Mans one day',
        'en-GB': 'I really hope he does Le Mans one day',
        fr: "J'espère vraiment qu'il fera Le Mans un jour",
      }),
    },
    {
      name: 'only the required fields',
      build: edited((d) => {
        d.sources = d.sources.map(({ id, publisher, language, published }) => ({
          id,
          publisher,
          language,
          published,
        }))
        d.teams = d.teams.map(({ id, name }) => ({ id, name }))
        d.races = d.races.map(({ id, name }) => ({ id, name }))
        d.drivers = d.drivers.map(({ id, name, affiliations }) => ({
          id,
          name,
          affiliations: affiliations.map(({ teamId }) => ({ teamId })),
        }))
        d.quotes = d.quotes.map((q) => ({
          id: q.id,
          speakerId: q.speakerId,
          text: q.text,
          language: q.language,
          sourceId: q.sourceId,
          aboutDriverIds: q.aboutDriverIds,
          ambitions: q.ambitions,
        }))
      }),
    },
    {
      // A plain slug that is also an Object.prototype key must not be mistaken for a record.
      name: 'a driver whose id is "constructor"',
      build: edited((d) => {
        d.drivers.push({ id: 'constructor', name: 'The Constructor', affiliations: [] })
        at(d.quotes, 0).speakerId = 'constructor'
        at(d.quotes, 1).aboutDriverIds = ['constructor']
      }),
    },
  ]

  it.each(accepted)('accepts $name', ({ build }) => {
    const result = validateDataset(build())
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('ignores unknown fields rather than passing them on', () => {
    const result = validateDataset(withValue('quotes.0.tags', ['le-mans'])())

    expect(result.ok).toBe(true)
    expect(result.ok && result.dataset.quotes[0]).not.toHaveProperty('tags')
  })
})
