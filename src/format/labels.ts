import { perLocale } from './intl'

type Named = { name: string; shortName?: string | undefined }

/** The short name a race goes by, falling back to its full name. */
export function raceLabel(race: Named): string {
  return race.shortName ?? race.name
}

const NUMBER = perLocale((locale) => new Intl.NumberFormat(locale))
const PLURAL = perLocale((locale) => new Intl.PluralRules(locale))

/**
 * A count and the word for it in the page's language: `plural(2127, 'quote', 'quotes')` is
 * "2,127 quotes" (in Dutch, "2.127 citaten"). English and Dutch have two forms, one and other.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${PLURAL().select(count) === 'one' ? one : many}`
}

/** A number as the pages print it: 1,000 and 50,000 (1.000 in Dutch), never 1000. */
export function formatCount(count: number): string {
  return NUMBER().format(count)
}
