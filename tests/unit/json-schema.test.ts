import { readFileSync } from 'node:fs'
import Ajv, { type ErrorObject } from 'ajv'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { buildJsonSchema, JSON_SCHEMA_FILE } from '../../scripts/write-json-schema'
import { brokenDatasets, withValue } from '../support/broken-datasets'
import { readShippedJson } from '../support/shipped-dataset'

const schemaOnDisk: unknown = JSON.parse(readFileSync(JSON_SCHEMA_FILE, 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: true })
const validateWithJsonSchema = ajv.compile(
  typeof schemaOnDisk === 'object' && schemaOnDisk !== null ? schemaOnDisk : {},
)

function jsonSchemaErrors(json: unknown): ErrorObject[] {
  return validateWithJsonSchema(json) ? [] : (validateWithJsonSchema.errors ?? [])
}

/** `quotes[0].translations.en: ...` -> `/quotes/0/translations/en` (`dataset: ...` -> ``). */
function pointerOf(problem: string): string {
  const path = problem.slice(0, problem.indexOf(': '))
  if (path === 'dataset') return ''
  const steps = path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)
  return [...steps]
    .map(([, name, index, quoted]) => `/${name ?? index ?? JSON.parse(quoted ?? '""')}`)
    .join('')
}

const shapeProblems = brokenDatasets.filter((broken) => broken.kind === 'shape')
const referenceProblems = brokenDatasets.filter((broken) => broken.kind === 'reference')

describe('public/data/quotes.schema.json', () => {
  it('is draft-07 with a title and a description of what it cannot check', () => {
    expect(schemaOnDisk).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: expect.stringContaining('Paddock Quotes'),
      description: expect.stringMatching(/unique[\s\S]*reference[\s\S]*npm run validate:data/),
    })
  })

  it('is up to date with the valibot schema (run `npm run schema:json` if not)', () => {
    expect(schemaOnDisk).toEqual(buildJsonSchema())
  })

  it('accepts the shipped dataset, as the validator does', () => {
    const json = readShippedJson()
    expect(jsonSchemaErrors(json)).toEqual([])
    expect(validateDataset(json).ok).toBe(true)
  })

  it('allows unknown fields, as the validator does', () => {
    const json = withValue('quotes.0.tags', ['le-mans'])()
    expect(jsonSchemaErrors(json)).toEqual([])
    expect(validateDataset(json).ok).toBe(true)
  })

  it.each(shapeProblems)('rejects $name where the validator does', ({ build, problem }) => {
    const json = build()
    const errors = jsonSchemaErrors(json)

    expect(validateDataset(json)).toEqual({ ok: false, problems: [problem] })
    expect(errors).not.toEqual([])
    // Both point at the same place: JSON Schema reports a missing field on its parent.
    const pointer = pointerOf(problem)
    const places = errors.map((error) => error.instancePath)
    const samePlace = places.filter((at) => pointer === at || pointer.startsWith(`${at}/`))
    expect(samePlace, `${pointer} vs JSON Schema errors at ${places.join(', ')}`).not.toEqual([])
  })

  // The known limit: ids and references span records, which JSON Schema cannot relate.
  it.each(referenceProblems)(
    'accepts $name, which only the validator rejects',
    ({ build, problem }) => {
      const json = build()
      expect(jsonSchemaErrors(json)).toEqual([])
      expect(validateDataset(json)).toEqual({ ok: false, problems: [problem] })
    },
  )

  it('counts length in code points where the validator counts UTF-16 units (emoji count twice)', () => {
    const json = withValue('quotes.0.text', '🏁'.repeat(1500))()
    expect(jsonSchemaErrors(json)).toEqual([])
    expect(validateDataset(json)).toEqual({
      ok: false,
      problems: ['quotes[0].text: must be at most 2000 characters'],
    })
  })
})
