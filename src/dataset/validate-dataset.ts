import * as v from 'valibot'
import { DatasetSchema, type Dataset } from './schema'
import { checkVersion } from './dataset-version'
import { findReferenceProblems } from './references'

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] }

/** Checks unknown JSON against the data contract: shape first, then ids and references. */
export function validateDataset(input: unknown): ValidationResult {
  const versionProblem = checkVersion(input)
  if (versionProblem) return { ok: false, problems: [versionProblem] }

  const parsed = v.safeParse(DatasetSchema, input)
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.map(formatIssue) }
  }
  const problems = findReferenceProblems(parsed.output)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.output }
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path ?? [])
  const missing = issue.input === undefined && issue.kind === 'schema'
  return `${path || 'dataset'}: ${missing ? 'missing' : issue.message}`
}

type PathItem = NonNullable<v.BaseIssue<unknown>['path']>[number]

function formatPath(items: readonly PathItem[]): string {
  return items.reduce<string>((path, item) => {
    const key = item.key
    if (typeof key === 'number') return `${path}[${key}]`
    const name = String(key)
    return /^[A-Za-z_$][\w$]*$/.test(name)
      ? `${path ? `${path}.` : ''}${name}`
      : `${path}[${JSON.stringify(name)}]`
  }, '')
}
