import { perLocale } from './intl'

const NAMES = perLocale(
  (locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
)

/** "nl" -> "Dutch" ("Nederlands" on a Dutch page); a tag Intl cannot name is shown as is. */
export function languageName(tag: string): string {
  try {
    return NAMES().of(tag) ?? tag
  } catch {
    return tag
  }
}
