import { perLocale } from './intl'

/** Names in the page's locale's order (English and Dutch share CLDR's root order). */
const collator = perLocale((locale) => new Intl.Collator(locale))

type Named = { name: string }

/** Two names A to Z, as a reader expects: accents and case do not push a name to the end. */
export function compareNames(a: string, b: string): number {
  return collator().compare(a, b)
}

/** Records by name, A to Z. */
export function compareByName(a: Named, b: Named): number {
  return compareNames(a.name, b.name)
}

/** Two ids in code-point order: the last word when names are equal, so an order is total. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The highest count first; equal counts A to Z. */
export function mostFirst<T extends Named>(countOf: (item: T) => number) {
  return (a: T, b: T) => countOf(b) - countOf(a) || compareByName(a, b)
}
