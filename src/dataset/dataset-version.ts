/**
 * The one dataset version this app reads (docs/data-format.md). Here, not in schema.ts, so the
 * explorer's worker can check it without loading the schema.
 */
export const SUPPORTED_SCHEMA_VERSION = 1

/** Why unknown JSON is not a dataset of the version this app reads, or undefined if it is. */
export function checkVersion(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return `dataset: must be a JSON object, found ${describe(input)}`
  }
  if (!('schemaVersion' in input)) {
    return `schemaVersion: missing; this app reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`
  }
  if (input.schemaVersion !== SUPPORTED_SCHEMA_VERSION) {
    return `schemaVersion: found ${describe(input.schemaVersion)}, but this app reads schemaVersion ${SUPPORTED_SCHEMA_VERSION}`
  }
  return undefined
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}
