import { formatCount } from './labels'

/**
 * The first `max` items of a list and how many are left over, for a list that stays short. One
 * left over is shown rather than counted: "A, B, C and D", not "A, B, C and 1 more".
 */
export function listHead<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const cut = items.length > max + 1 ? max : items.length
  return { shown: items.slice(0, cut), more: items.length - cut }
}

/** What comes before the part at `position` of a list of `count` parts: "", ", " or " and ". */
export function separatorBefore(position: number, count: number): string {
  if (position === 0) return ''
  return position === count - 1 ? ' and ' : ', '
}

/** "A", "A and B", "A, B and C"; with `max`, "A, B, C and 4 more". */
export function listOf(names: readonly string[], max = Infinity): string {
  const { shown, more } = listHead(names, max)
  const parts = more > 0 ? [...shown, `${formatCount(more)} more`] : shown
  return parts.map((part, i) => `${separatorBefore(i, parts.length)}${part}`).join('')
}
