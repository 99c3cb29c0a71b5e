import { perLocale } from './intl'

const LIST = perLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }))

/**
 * The first `max` items of a list and how many are left over, for a list that stays short. One
 * left over is shown rather than counted: "A, B, C and D", not "A, B, C and 1 more".
 */
export function listHead<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const cut = items.length > max + 1 ? max : items.length
  return { shown: items.slice(0, cut), more: items.length - cut }
}

/**
 * What comes before the part at `position` of a list of `count` parts, in the page's language:
 * "", ", " or " and " (" en " in Dutch), as `Intl.ListFormat` joins them.
 */
export function separatorBefore(position: number, count: number): string {
  if (position === 0) return ''
  const parts = LIST().formatToParts(Array.from({ length: count }, () => 'x'))
  return parts[position * 2 - 1]?.value ?? ', '
}

/** "A", "A and B", "A, B and C"; with `max`, "A, B, C and 4 more" (`more` says the rest). */
export function listOf(
  names: readonly string[],
  max = Infinity,
  more: (count: number) => string = String,
): string {
  const { shown, more: left } = listHead(names, max)
  return LIST().format(left > 0 ? [...shown, more(left)] : shown)
}
