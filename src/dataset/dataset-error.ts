/**
 * `gone`: a file of the build the page was opened from is no longer on the server (a newer
 * build replaced it): reloading the page, not retrying, is what helps.
 */
export const DATASET_ERROR_KINDS = ['network', 'http', 'gone', 'not-json', 'invalid'] as const
export type DatasetErrorKind = (typeof DATASET_ERROR_KINDS)[number]

/** Why the dataset could not be used, worded for the person looking at the page. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError'
  readonly kind: DatasetErrorKind
  readonly problems: readonly string[]

  constructor(kind: DatasetErrorKind, message: string, problems: readonly string[] = []) {
    super(message)
    this.kind = kind
    this.problems = problems
  }
}
