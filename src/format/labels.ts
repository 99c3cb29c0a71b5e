type Named = { name: string; shortName?: string | undefined }

/** The short name a race goes by, falling back to its full name. */
export function raceLabel(race: Named): string {
  return race.shortName ?? race.name
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}

/** A number as the pages print it: 1,000 and 50,000, never 1000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB')
}
