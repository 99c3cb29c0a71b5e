/**
 * Writes public/data/quotes.schema.json, the JSON Schema editors use to check a dataset as it is
 * typed, from the valibot DatasetSchema the app validates with.
 *
 *   npm run schema:json             regenerate the file
 *   npm run schema:json -- --check  exit 1 if the file on disk is out of date
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import { DatasetSchema, SUPPORTED_SCHEMA_VERSION } from '../src/dataset/schema'
import { readCommandLine } from './lib/command-line'
import { REPO_ROOT, isEntryPoint } from './lib/repo'

export const JSON_SCHEMA_FILE = path.join(REPO_ROOT, 'public', 'data', 'quotes.schema.json')
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'

export function buildJsonSchema(): JsonSchema {
  const { $schema, ...schema } = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    // A pipe of two schemas (translations: "an object, not a list", then the record) converts
    // as its output, the record; JSON Schema's own `type: "object"` already refuses lists.
    typeMode: 'output',
  })
  if ($schema !== DRAFT_07) throw new Error(`Expected a draft-07 schema, got ${String($schema)}`)
  return {
    $schema,
    title: `Paddock Quotes dataset (schemaVersion ${SUPPORTED_SCHEMA_VERSION})`,
    description:
      'The shape of a quote dataset. JSON Schema cannot check the other rules: every id must be ' +
      'unique within its collection, and every reference (speakerId, sourceId, aboutDriverIds, ' +
      'ambitions[].driverId and raceId, affiliations[].teamId) must name a record that exists. ' +
      'Run `npm run validate:data <file>` for the full check. See docs/data-format.md.',
    ...schema,
  }
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`
}

const USAGE = `Usage: npm run schema:json [-- --check]

Writes public/data/quotes.schema.json from the schema the app validates with.
  --check   write nothing; exit 1 if the file on disk is out of date`

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    { name: 'write-json-schema', usage: USAGE, options: { check: { type: 'boolean' } } },
    ({ values }) => ({ check: values.check === true }),
  )
  if (!commandLine.ok) return commandLine.exitCode
  const label = path.relative(process.cwd(), JSON_SCHEMA_FILE)
  const expected = serializeJsonSchema()
  if (commandLine.options.check) {
    const actual = await readFile(JSON_SCHEMA_FILE, 'utf8').catch(() => undefined)
    if (actual === expected) {
      console.log(`${label} is up to date.`)
      return 0
    }
    const why = actual === undefined ? 'is missing' : 'is out of date'
    console.error(`${label} ${why}: run \`npm run schema:json\` and commit the result.`)
    return 1
  }
  await writeFile(JSON_SCHEMA_FILE, expected)
  console.log(`Wrote ${label}`)
  return 0
}

// Run only as a script: the tests import buildJsonSchema() to compare it with the file on disk.
if (isEntryPoint(import.meta.url)) process.exitCode = await main()
