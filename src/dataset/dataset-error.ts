import { areas } from '../i18n/language'
import type { problems } from '../i18n/en/problems'

/**
 * `gone`: a file of the build the page was opened from is no longer on the server (a newer
 * build replaced it): reloading the page, not retrying, is what helps.
 */
export const DATASET_ERROR_KINDS = ['network', 'http', 'gone', 'not-json', 'invalid'] as const
export type DatasetErrorKind = (typeof DATASET_ERROR_KINDS)[number]

type Words = typeof problems

/**
 * What went wrong, as facts (the address, the status, what the server sent, a count) after the
 * key of the words that say them (src/i18n/en/problems.ts): `['answered', '404 Not Found', url]`.
 * The page words them in its own language, whoever found them: the explorer's worker knows no
 * language, and its errors cross to the page as these facts.
 */
export type Said = {
  [K in keyof Words]: Words[K] extends (...args: infer P) => string ? [K, ...P] : [K]
}[keyof Words]

/** Why the dataset could not be used; its message is worded for the reader, in the page's words. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError'

  constructor(
    readonly kind: DatasetErrorKind,
    readonly said: Said,
    readonly problems: readonly string[] = [],
  ) {
    super()
  }

  /** Worded when read: the same facts say it on an English or a Dutch page. */
  override get message(): string {
    return say(this.said)
  }
}

/** `said` in the page's words; '' until they are loaded (throwWorded). */
export function say([key, ...args]: Said): string {
  const words = areas.problems?.[0][key]
  return typeof words == 'function' ? words(...args) : String(words ?? '')
}

/**
 * Throws `error` once the words that say it are in: what fails on the page calls it before it
 * is shown. They load with the code that may fail (worker-client.ts), or here.
 */
export async function throwWorded(error: unknown): Promise<never> {
  await import('../i18n/en/problems').catch(() => {})
  throw error
}
