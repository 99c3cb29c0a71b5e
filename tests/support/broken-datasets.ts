import type { Dataset } from '../../src/dataset/schema'
import { at, changedCopy, rawCopy } from './shipped-dataset'

/** The copy after a type-correct change. */
export function edited(change: (dataset: Dataset) => void): () => Dataset {
  return () => changedCopy(change)
}

/** The raw copy with the value at a dotted path ("quotes.0.text") set to anything at all. */
export function withValue(dottedPath: string, value: unknown): () => unknown {
  return () => {
    const json = rawCopy()
    const { parent, key } = locate(json, dottedPath)
    Reflect.set(parent, key, value)
    return json
  }
}

/** The raw copy with the property at a dotted path removed. */
export function without(dottedPath: string): () => unknown {
  return () => {
    const json = rawCopy()
    const { parent, key } = locate(json, dottedPath)
    Reflect.deleteProperty(parent, key)
    return json
  }
}

function locate(json: unknown, dottedPath: string): { parent: object; key: string } {
  const keys = dottedPath.split('.')
  const key = keys.pop()
  let parent = json
  for (const step of keys) {
    parent = typeof parent === 'object' && parent !== null ? Reflect.get(parent, step) : undefined
  }
  if (key === undefined || typeof parent !== 'object' || parent === null) {
    throw new Error(`No such path in the shipped dataset: ${dottedPath}`)
  }
  return { parent, key }
}

export type BrokenDataset = {
  /** What a data author did wrong. */
  name: string
  /**
   * shape: JSON Schema can see it too (types, lengths, patterns, required fields).
   * reference: only the validator can (duplicate ids, references that do not resolve).
   */
  kind: 'shape' | 'reference'
  build: () => unknown
  /** The one problem the validator must report, exactly. */
  problem: string
}

const SLUG = 'must be a lowercase slug like "jean-eric-vergne"'
const LANGUAGE_TAG = 'must be a language tag like "nl" or "en-GB"'
const SOURCE_ID = 'motorsport-nl-2020-06-virtual-le-mans'

export const brokenDatasets: readonly BrokenDataset[] = [
  // Not a dataset at all
  {
    name: 'a list instead of an object',
    kind: 'shape',
    build: () => [],
    problem: 'dataset: must be a JSON object, found a list',
  },
  {
    name: 'null',
    kind: 'shape',
    build: () => null,
    problem: 'dataset: must be a JSON object, found null',
  },
  {
    name: 'a string',
    kind: 'shape',
    build: () => 'quotes',
    problem: 'dataset: must be a JSON object, found "quotes"',
  },

  // Version
  {
    name: 'no schemaVersion',
    kind: 'shape',
    build: without('schemaVersion'),
    problem: 'schemaVersion: missing; this app reads schemaVersion 1',
  },
  {
    name: 'schemaVersion 2',
    kind: 'shape',
    build: withValue('schemaVersion', 2),
    problem: 'schemaVersion: found 2, but this app reads schemaVersion 1',
  },
  {
    name: 'schemaVersion as a string',
    kind: 'shape',
    build: withValue('schemaVersion', '1'),
    problem: 'schemaVersion: found "1", but this app reads schemaVersion 1',
  },

  // Collections and types
  {
    name: 'no quotes collection',
    kind: 'shape',
    build: without('quotes'),
    problem: 'quotes: missing',
  },
  {
    name: 'drivers is an object, not a list',
    kind: 'shape',
    build: withValue('drivers', { 'charles-leclerc': { name: 'Charles Leclerc' } }),
    problem: 'drivers: must be a list',
  },
  {
    name: 'a driver name that is a number',
    kind: 'shape',
    build: withValue('drivers.0.name', 16),
    problem: 'drivers[0].name: must be a string',
  },
  {
    name: 'aboutDriverIds as a single string',
    kind: 'shape',
    build: withValue('quotes.2.aboutDriverIds', 'pierre-gasly'),
    problem: 'quotes[2].aboutDriverIds: must be a list',
  },
  {
    name: 'an ambition without a raceId',
    kind: 'shape',
    build: without('quotes.0.ambitions.0.raceId'),
    problem: 'quotes[0].ambitions[0].raceId: missing',
  },
  {
    name: 'a source without a published date',
    kind: 'shape',
    build: without('sources.0.published'),
    problem: 'sources[0].published: missing',
  },

  // Strings
  {
    name: 'an empty team name',
    kind: 'shape',
    build: withValue('teams.1.name', ''),
    problem: 'teams[1].name: must not be empty',
  },
  {
    name: 'a quote text of only whitespace',
    kind: 'shape',
    build: withValue('quotes.0.text', ' \n\t '),
    problem: 'quotes[0].text: must not be empty',
  },
  {
    name: 'a blank optional context',
    kind: 'shape',
    build: withValue('quotes.1.context', '  '),
    problem: 'quotes[1].context: must not be empty',
  },
  {
    name: 'a quote text of 2,001 characters',
    kind: 'shape',
    build: withValue('quotes.0.text', 'a'.repeat(2001)),
    problem: 'quotes[0].text: must be at most 2000 characters',
  },
  {
    name: 'a driver name of 201 characters',
    kind: 'shape',
    build: withValue('drivers.0.name', 'a'.repeat(201)),
    problem: 'drivers[0].name: must be at most 200 characters',
  },

  // Ids
  {
    name: 'an id with capitals',
    kind: 'shape',
    build: withValue('drivers.0.id', 'Charles-Leclerc'),
    problem: `drivers[0].id: ${SLUG}`,
  },
  {
    name: 'an id with a space',
    kind: 'shape',
    build: withValue('teams.0.id', 'scuderia ferrari'),
    problem: `teams[0].id: ${SLUG}`,
  },
  {
    name: 'an id with a doubled hyphen',
    kind: 'shape',
    build: withValue('races.1.id', 'indy--500'),
    problem: `races[1].id: ${SLUG}`,
  },
  {
    name: 'an id of 81 characters',
    kind: 'shape',
    build: withValue('races.0.id', 'a'.repeat(81)),
    problem: 'races[0].id: must be at most 80 characters',
  },
  {
    name: 'the id "__proto__"',
    kind: 'shape',
    build: withValue('drivers.0.id', '__proto__'),
    problem: `drivers[0].id: ${SLUG}`,
  },
  {
    name: 'a reference that is not a slug',
    kind: 'shape',
    build: withValue('quotes.0.speakerId', 'Charles Leclerc'),
    problem: `quotes[0].speakerId: ${SLUG}`,
  },

  // Addresses, dates, languages, translations
  {
    name: 'an http: url',
    kind: 'shape',
    build: withValue('sources.0.url', 'http://www.motorsport.com/'),
    problem: 'sources[0].url: must be an https: address',
  },
  {
    name: 'a javascript: url',
    kind: 'shape',
    build: withValue('sources.0.url', 'javascript:alert(1)'),
    problem: 'sources[0].url: must be an https: address',
  },
  {
    name: 'month 13',
    kind: 'shape',
    build: withValue('sources.0.published', '2020-13'),
    problem: 'sources[0].published: must be a date like "2020-06" or "2020-06-14"',
  },
  {
    name: 'a date written out',
    kind: 'shape',
    build: withValue('sources.0.published', 'June 2020'),
    problem: 'sources[0].published: must be a date like "2020-06" or "2020-06-14"',
  },
  {
    name: 'a language tag with an underscore',
    kind: 'shape',
    build: withValue('quotes.0.language', 'nl_NL'),
    problem: `quotes[0].language: ${LANGUAGE_TAG}`,
  },
  {
    name: 'a language name instead of a tag',
    kind: 'shape',
    build: withValue('sources.0.language', 'Dutch'),
    problem: `sources[0].language: ${LANGUAGE_TAG}`,
  },
  {
    name: 'a translation that is not a string',
    kind: 'shape',
    build: withValue('quotes.0.translations', { en: ['I absolutely want to race'] }),
    problem: 'quotes[0].translations.en: must be a string',
  },
  {
    name: 'a translation keyed by a language name',
    kind: 'shape',
    build: withValue('quotes.0.translations', { English: 'I absolutely want to race' }),
    problem: `quotes[0].translations.English: ${LANGUAGE_TAG}`,
  },
  {
    name: 'translations as a string',
    kind: 'shape',
    build: withValue('quotes.0.translations', 'I absolutely want to race'),
    problem: 'quotes[0].translations: must be an object of language -> text',
  },

  // Duplicate ids, one per collection
  {
    name: 'two sources with one id',
    kind: 'reference',
    build: edited((d) => d.sources.push({ ...at(d.sources, 0), publisher: 'Motorsport.com NL' })),
    problem: `sources[1].id: "${SOURCE_ID}" is used by another source`,
  },
  {
    name: 'two teams with one id',
    kind: 'reference',
    build: edited((d) => d.teams.push({ id: 'ferrari', name: 'Scuderia Ferrari' })),
    problem: 'teams[4].id: "ferrari" is used by another team',
  },
  {
    name: 'two races with one id',
    kind: 'reference',
    build: edited((d) => d.races.push({ id: 'le-mans', name: 'Le Mans 24 Hours' })),
    problem: 'races[2].id: "le-mans" is used by another race',
  },
  {
    name: 'two drivers with one id',
    kind: 'reference',
    build: edited((d) =>
      d.drivers.push({
        id: 'charles-leclerc',
        name: 'Charles Marc Hervé Perceval Leclerc',
        affiliations: [],
      }),
    ),
    problem: 'drivers[6].id: "charles-leclerc" is used by another driver',
  },
  {
    name: 'two quotes with one id',
    kind: 'reference',
    build: edited((d) => d.quotes.push({ ...at(d.quotes, 0), text: 'Ik wil Le Mans rijden' })),
    problem: 'quotes[5].id: "leclerc-wants-the-real-le-mans" is used by another quote',
  },

  // References that do not resolve
  {
    name: 'a speaker who is not a driver',
    kind: 'reference',
    build: edited((d) => (at(d.quotes, 0).speakerId = 'ghost')),
    problem: 'quotes[0].speakerId: no driver "ghost"',
  },
  {
    name: 'a source that does not exist',
    kind: 'reference',
    build: edited((d) => (at(d.quotes, 1).sourceId = 'motorsport-en-2020-06')),
    problem: 'quotes[1].sourceId: no source "motorsport-en-2020-06"',
  },
  {
    name: 'a quote about a driver who does not exist',
    kind: 'reference',
    build: edited((d) => at(d.quotes, 2).aboutDriverIds.push('max-verstappen')),
    problem: 'quotes[2].aboutDriverIds[1]: no driver "max-verstappen"',
  },
  {
    name: 'an ambition of a driver who does not exist',
    kind: 'reference',
    build: edited((d) => (at(at(d.quotes, 3).ambitions, 0).driverId = 'gasly')),
    problem: 'quotes[3].ambitions[0].driverId: no driver "gasly"',
  },
  {
    name: 'an ambition to race a race that does not exist',
    kind: 'reference',
    build: edited((d) => (at(at(d.quotes, 4).ambitions, 0).raceId = 'monaco')),
    problem: 'quotes[4].ambitions[0].raceId: no race "monaco"',
  },
  {
    name: 'an affiliation with a team that does not exist',
    kind: 'reference',
    build: edited((d) => (at(at(d.drivers, 2).affiliations, 1).teamId = 'red-bull')),
    problem: 'drivers[2].affiliations[1].teamId: no team "red-bull"',
  },
  {
    name: 'a speaker id that is an Object.prototype key',
    kind: 'reference',
    build: edited((d) => (at(d.quotes, 0).speakerId = 'constructor')),
    problem: 'quotes[0].speakerId: no driver "constructor"',
  },
  // Rules beyond references
  {
    name: 'a publication date that is not in the calendar',
    kind: 'reference',
    build: edited((d) => (at(d.sources, 0).published = '2020-02-31')),
    problem: 'sources[0].published: "2020-02-31" is not a date in the calendar',
  },
  {
    name: 'a quote about its own speaker',
    kind: 'reference',
    build: edited((d) => at(d.quotes, 2).aboutDriverIds.push('jean-eric-vergne')),
    problem: 'quotes[2].aboutDriverIds[1]: "jean-eric-vergne" is the speaker; list only others',
  },
  {
    name: 'a driver listed twice as what a quote is about',
    kind: 'reference',
    build: edited((d) => at(d.quotes, 2).aboutDriverIds.push('pierre-gasly')),
    problem: 'quotes[2].aboutDriverIds[1]: "pierre-gasly" is listed twice',
  },
  {
    name: 'the same ambition twice in one quote',
    kind: 'reference',
    build: edited((d) =>
      at(d.quotes, 4).ambitions.push({ driverId: 'jean-eric-vergne', raceId: 'indy-500' }),
    ),
    problem: 'quotes[4].ambitions[1]: jean-eric-vergne -> indy-500 is listed twice',
  },
]
