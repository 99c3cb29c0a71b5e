import { checkVersion, describe } from './dataset-version'
import type { Dataset } from './schema'
import type { ValidationResult } from './validate-dataset'

const LISTS = ['sources', 'teams', 'races', 'drivers', 'quotes'] as const

/**
 * The dataset as the build validated it (scripts/validate-data.ts): only its version and its
 * top-level lists are checked here. A full validateDataset of 50,000 quotes takes ~250 ms in
 * Chromium on a fast machine and over 1 s at a phone's 4x slower CPU, to redo the build's work.
 */
export function trustBuiltDataset(input: unknown): ValidationResult {
  const versionProblem = checkVersion(input)
  if (versionProblem) return { ok: false, problems: [versionProblem] }
  if (hasDatasetLists(input)) return { ok: true, dataset: input }
  const record = typeof input === 'object' && input !== null ? input : {}
  const problems = LISTS.filter((key) => !Array.isArray(Reflect.get(record, key))).map((key) => {
    const value: unknown = Reflect.get(record, key)
    return `${key}: ${value === undefined ? 'missing' : `must be a list, found ${describe(value)}`}`
  })
  return { ok: false, problems }
}

function hasDatasetLists(input: unknown): input is Dataset {
  return (
    typeof input === 'object' &&
    input !== null &&
    LISTS.every((key) => key in input && Array.isArray(Reflect.get(input, key)))
  )
}
