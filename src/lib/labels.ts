type Named = { name: string; shortName?: string | undefined }

/** The short name a race goes by, falling back to its full name. */
export function raceLabel(race: Named): string {
  return race.shortName ?? race.name
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}

/** "A", "A and B", "A, B and C"; past `max` items, "A, B, C and 4 more". */
export function listOf(items: readonly string[], max = Infinity): string {
  const shown = items.slice(0, max)
  const rest = items.length - shown.length
  if (rest > 0) return `${shown.join(', ')} and ${rest.toLocaleString('en-GB')} more`
  if (shown.length <= 1) return shown.join('')
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

/** A count with its separators: "50,000". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB')
}
