import * as v from 'valibot'
import { SUPPORTED_SCHEMA_VERSION } from './dataset-version'
import { SLUG_PATTERN } from '../lib/slug'

export { SUPPORTED_SCHEMA_VERSION }

const ID_PATTERN = SLUG_PATTERN
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/
const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/
// `[/]`, not `\/`: the pattern is copied into the JSON Schema, where `\/` is not portable.
const HTTPS_PATTERN = /^https:[/][/][^\s/?#]+\S*$/
// Visible text: not only spaces, control characters, or zero-width and direction marks.
const NOT_BLANK =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it rules out
  /[^\s\0-\x1F\x7F-\x9F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/
const MUST_BE_OBJECT = 'must be an object'
/** Keys valibot's record() skips (to stay safe from prototype pollution) without a word. */
const SKIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

export const NAME_MAX = 200
export const TEXT_MAX = 2000

const id = v.pipe(
  v.string('must be a string'),
  v.maxLength(80, 'must be at most 80 characters'),
  v.regex(ID_PATTERN, 'must be a lowercase slug like "jean-eric-vergne"'),
)

function text(max: number) {
  return v.pipe(
    v.string('must be a string'),
    v.regex(NOT_BLANK, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  )
}

const name = text(NAME_MAX)
const longText = text(TEXT_MAX)
const language = v.pipe(
  v.string('must be a string'),
  v.regex(LANGUAGE_PATTERN, 'must be a language tag like "nl" or "en-GB"'),
)

function list<T extends v.GenericSchema>(item: T) {
  return v.array(item, 'must be a list')
}

export const SourceSchema = v.object(
  {
    id,
    publisher: name,
    title: v.optional(longText),
    language,
    published: v.pipe(
      v.string('must be a string'),
      v.regex(DATE_PATTERN, 'must be a date like "2020-06" or "2020-06-14"'),
    ),
    url: v.optional(
      v.pipe(v.string('must be a string'), v.regex(HTTPS_PATTERN, 'must be an https: address')),
    ),
  },
  MUST_BE_OBJECT,
)

export const TeamSchema = v.object({ id, name, category: v.optional(name) }, MUST_BE_OBJECT)

export const RaceSchema = v.object(
  {
    id,
    name,
    shortName: v.optional(name),
    nickname: v.optional(name),
    venue: v.optional(name),
    description: v.optional(longText),
  },
  MUST_BE_OBJECT,
)

export const DriverSchema = v.object(
  {
    id,
    name,
    nationality: v.optional(name),
    description: v.optional(longText),
    affiliations: list(v.object({ teamId: id, role: v.optional(name) }, MUST_BE_OBJECT)),
  },
  MUST_BE_OBJECT,
)

const TranslationsSchema = v.pipe(
  // valibot's record takes a list for an object; the contract (and JSON Schema) does not.
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'must be an object of language -> text',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    for (const [key, value] of Object.entries(dataset.value)) {
      if (!SKIPPED_KEYS.has(key)) continue
      addIssue({
        message: 'must be a language tag like "nl" or "en-GB"',
        path: [{ type: 'object', origin: 'key', input: dataset.value, key, value }],
      })
    }
  }),
  v.record(language, longText, 'must be an object of language -> text'),
)

export const QuoteSchema = v.object(
  {
    id,
    speakerId: id,
    text: longText,
    language,
    sourceId: id,
    aboutDriverIds: list(id),
    ambitions: list(v.object({ driverId: id, raceId: id }, MUST_BE_OBJECT)),
    translations: v.optional(TranslationsSchema),
    context: v.optional(longText),
  },
  MUST_BE_OBJECT,
)

export const DatasetSchema = v.object(
  {
    schemaVersion: v.literal(SUPPORTED_SCHEMA_VERSION, 'must be 1'),
    sources: list(SourceSchema),
    teams: list(TeamSchema),
    races: list(RaceSchema),
    drivers: list(DriverSchema),
    quotes: list(QuoteSchema),
  },
  'must be a JSON object',
)

export type Dataset = v.InferOutput<typeof DatasetSchema>
export type Source = v.InferOutput<typeof SourceSchema>
export type Team = v.InferOutput<typeof TeamSchema>
export type Race = v.InferOutput<typeof RaceSchema>
export type Driver = v.InferOutput<typeof DriverSchema>
export type Quote = v.InferOutput<typeof QuoteSchema>
