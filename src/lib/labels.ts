type Named = { name: string; shortName?: string | undefined }

/** The short name a race goes by, falling back to its full name. */
export function raceLabel(race: Named): string {
  return race.shortName ?? race.name
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}
