/**
 * What the pages count over the whole dataset, for the records a page holds: a page that shows
 * "12 quotes by, 3 about" carries the numbers, not the fifteen quotes.
 */
export type Counts = {
  /** Totals of the whole dataset. */
  quotes: number
  drivers: number
  teams: number
  races: number
  /** Drivers someone says want to race somewhere: the rows of the ambition matrix. */
  ambitious: number
  /** driver id -> quotes said by the driver. */
  said: ReadonlyMap<string, number>
  /** driver id -> quotes about the driver, by someone else. */
  about: ReadonlyMap<string, number>
  /** driver id -> quotes by or about the driver (the explorer's driver filter). */
  byDriver: ReadonlyMap<string, number>
  /** team id -> quotes by or about a driver of the team (the explorer's team filter). */
  byTeam: ReadonlyMap<string, number>
  /** team id -> its drivers. */
  teamDrivers: ReadonlyMap<string, number>
  /** race id -> quotes voicing an ambition to race it (the explorer's ambition filter). */
  byRace: ReadonlyMap<string, number>
  /** race id -> drivers someone says want to race it. */
  wishers: ReadonlyMap<string, number>
  /** driver id -> race id -> quotes voicing the wish, races in the order first voiced. */
  wishes: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** year -> quotes whose source is of that year (the explorer's period), years in order. */
  byYear: ReadonlyMap<number, number>
}

/** Counts as they travel in a page's JSON: maps as lists of [id, value] pairs. */
export type CountsJson = {
  quotes: number
  drivers: number
  teams: number
  races: number
  ambitious: number
  said: [string, number][]
  about: [string, number][]
  byDriver: [string, number][]
  byTeam: [string, number][]
  teamDrivers: [string, number][]
  byRace: [string, number][]
  wishers: [string, number][]
  wishes: [string, [string, number][]][]
  byYear: [number, number][]
}

type Lists = ReadonlyMap<string, readonly unknown[]>

/** What counting reads of a dataset's index (dataset-index.ts builds it, then counts). */
export type Counted = {
  quotes: readonly unknown[]
  drivers: readonly unknown[]
  teams: readonly unknown[]
  races: readonly unknown[]
  quotesBySpeaker: Lists
  quotesAbout: Lists
  quotesByDriver: Lists
  quotesByTeam: Lists
  quotesByRace: Lists
  driversByTeam: Lists
  ambitionsByDriver: ReadonlyMap<string, Lists>
  entries: readonly { year: number }[]
}

/** Every count of a whole dataset, from its index. */
export function countAll(index: Counted): Counts {
  const lengths = (map: Lists) => new Map([...map].map(([id, list]) => [id, list.length]))
  return {
    quotes: index.quotes.length,
    drivers: index.drivers.length,
    teams: index.teams.length,
    races: index.races.length,
    ambitious: index.ambitionsByDriver.size,
    said: lengths(index.quotesBySpeaker),
    about: lengths(index.quotesAbout),
    byDriver: lengths(index.quotesByDriver),
    byTeam: lengths(index.quotesByTeam),
    teamDrivers: lengths(index.driversByTeam),
    byRace: lengths(index.quotesByRace),
    wishers: wishersByRace(index.ambitionsByDriver),
    wishes: new Map([...index.ambitionsByDriver].map(([id, races]) => [id, lengths(races)])),
    byYear: quotesByYear(index.entries),
  }
}

function quotesByYear(entries: Counted['entries']): Map<number, number> {
  const years = new Map<number, number>()
  for (const { year } of entries) years.set(year, (years.get(year) ?? 0) + 1)
  return new Map([...years].sort(([a], [b]) => a - b))
}

function wishersByRace(ambitions: Counted['ambitionsByDriver']): Map<string, number> {
  const wishers = new Map<string, number>()
  for (const races of ambitions.values()) {
    for (const raceId of races.keys()) wishers.set(raceId, (wishers.get(raceId) ?? 0) + 1)
  }
  return wishers
}

/**
 * Which counts a page prints, by kind: the ids whose count it shows. A kind left out travels
 * empty; `wishesFor` keeps, of each driver's wishes, only those races (a race's page).
 */
export type CountsShown = Partial<Record<CountKind | 'wishes', Iterable<string>>> & {
  wishesFor?: ReadonlySet<string>
  byYear?: boolean
}
/** A kind of count a page may show for some of its records. */
export type CountKind =
  'said' | 'about' | 'byDriver' | 'byTeam' | 'teamDrivers' | 'byRace' | 'wishers'

/** The counts a page prints, for its JSON (the totals always); zero counts are left out. */
export function countsFor(counts: Counts, shown: CountsShown): CountsJson {
  const pick = (kind: CountKind) =>
    [...(shown[kind] ?? [])].flatMap((id): [string, number][] => {
      const n = counts[kind].get(id)
      return n ? [[id, n]] : []
    })
  const wishesFor = shown.wishesFor
  return {
    quotes: counts.quotes,
    drivers: counts.drivers,
    teams: counts.teams,
    races: counts.races,
    ambitious: counts.ambitious,
    said: pick('said'),
    about: pick('about'),
    byDriver: pick('byDriver'),
    byTeam: pick('byTeam'),
    teamDrivers: pick('teamDrivers'),
    byRace: pick('byRace'),
    wishers: pick('wishers'),
    wishes: [...(shown.wishes ?? [])].flatMap((id): [string, [string, number][]][] => {
      const all = [...(counts.wishes.get(id) ?? [])]
      const races = wishesFor ? all.filter(([raceId]) => wishesFor.has(raceId)) : all
      return races.length > 0 ? [[id, races]] : []
    }),
    byYear: shown.byYear ? [...counts.byYear] : [],
  }
}

export function countsFromJson(json: CountsJson): Counts {
  return {
    quotes: json.quotes,
    drivers: json.drivers,
    teams: json.teams,
    races: json.races,
    ambitious: json.ambitious,
    said: new Map(json.said),
    about: new Map(json.about),
    byDriver: new Map(json.byDriver),
    byTeam: new Map(json.byTeam),
    teamDrivers: new Map(json.teamDrivers),
    byRace: new Map(json.byRace),
    wishers: new Map(json.wishers),
    wishes: new Map(json.wishes.map(([id, races]) => [id, new Map(races)])),
    byYear: new Map(json.byYear),
  }
}
