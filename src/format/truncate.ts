/**
 * At most `max` characters (whole code points), with an ellipsis when cut; the cut falls
 * between words when there is a space in the last third.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const head = chars.slice(0, max - 1).join('')
  const space = head.search(/\s\S*$/)
  const cut = space > (max * 2) / 3 ? head.slice(0, space) : head
  return `${cut.trimEnd()}…`
}
