import type { Dataset, Driver, Quote, Race, Source, Team } from '../dataset/schema'
import { countAll, type Counts } from './counts'

/** Everything the pages look up, built once per loaded dataset. */
export type DatasetIndex = {
  quotes: readonly Quote[]
  drivers: readonly Driver[]
  teams: readonly Team[]
  races: readonly Race[]
  driverById: ReadonlyMap<string, Driver>
  teamById: ReadonlyMap<string, Team>
  raceById: ReadonlyMap<string, Race>
  sourceById: ReadonlyMap<string, Source>
  quoteById: ReadonlyMap<string, Quote>
  /** Quotes said by the driver. */
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>
  /** Quotes about the driver (by someone else). */
  quotesAbout: ReadonlyMap<string, readonly Quote[]>
  /** Quotes said by or about the driver: the `driver` filter. */
  quotesByDriver: ReadonlyMap<string, readonly Quote[]>
  /** Quotes said by or about a driver of the team: the `team` filter. */
  quotesByTeam: ReadonlyMap<string, readonly Quote[]>
  /** Quotes voicing someone's ambition to race the race: the `ambition` filter. */
  quotesByRace: ReadonlyMap<string, readonly Quote[]>
  /** driver id -> race id -> the quotes voicing that driver's wish to race it. */
  ambitionsByDriver: ReadonlyMap<string, ReadonlyMap<string, readonly Quote[]>>
  driversByTeam: ReadonlyMap<string, readonly Driver[]>
  /** One entry per quote, in dataset order: what the explorer filters on. */
  entries: readonly QuoteEntry[]
  /**
   * Counts over the whole dataset. A page's index holds only the records it shows, so its
   * counts come with its data instead of from its lists.
   */
  counts: Counts
  /**
   * Where the build's explorer index for this dataset is: its folder under data/explorer/
   * (docs/explorer-index.md). The explorer's page has it; other pages do not need it.
   */
  explorerIndex?: string
}

export type QuoteEntry = {
  quote: Quote
  /** Speaker and the drivers it is about. */
  drivers: readonly string[]
  /** Teams of those drivers. */
  teams: readonly string[]
  /** Races it voices an ambition for. */
  races: readonly string[]
  /** Its source's date ("2020-06" or "2020-06-14"), and the year of it. */
  published: string
  year: number
  /** Its text, translations and context as search reads them: see textKeyOf. */
  textKey?: string
}

/** The index of a dataset; `counts` is given for a page's part of a dataset, else counted. */
export function buildDatasetIndex(dataset: Dataset, counts?: Counts): DatasetIndex {
  const driverById = byId(dataset.drivers)
  const sourceById = byId(dataset.sources)
  const quotesBySpeaker = new Map<string, Quote[]>()
  const quotesAbout = new Map<string, Quote[]>()
  const quotesByDriver = new Map<string, Quote[]>()
  const quotesByTeam = new Map<string, Quote[]>()
  const quotesByRace = new Map<string, Quote[]>()
  const ambitionsByDriver = new Map<string, Map<string, Quote[]>>()
  const driversByTeam = new Map<string, Driver[]>()
  const entries: QuoteEntry[] = []

  // Validation has ruled out repeated drivers and ambitions within a quote, so small arrays
  // do here what Sets would, at a fraction of the allocations (this runs once per quote).
  const teamsOfDriver = new Map<string, string[]>()
  for (const driver of dataset.drivers) {
    const teams = addUnique(
      [],
      driver.affiliations.map((a) => a.teamId),
    )
    teamsOfDriver.set(driver.id, teams)
    for (const teamId of teams) push(driversByTeam, teamId, driver)
  }

  for (const quote of dataset.quotes) {
    push(quotesBySpeaker, quote.speakerId, quote)
    for (const driverId of quote.aboutDriverIds) push(quotesAbout, driverId, quote)
    const drivers = [quote.speakerId, ...quote.aboutDriverIds]
    const teams: string[] = []
    for (const driverId of drivers) {
      push(quotesByDriver, driverId, quote)
      addUnique(teams, teamsOfDriver.get(driverId) ?? [])
    }
    for (const teamId of teams) push(quotesByTeam, teamId, quote)

    const races: string[] = []
    for (const { driverId, raceId } of quote.ambitions) {
      addUnique(races, [raceId])
      let wishes = ambitionsByDriver.get(driverId)
      if (!wishes) ambitionsByDriver.set(driverId, (wishes = new Map()))
      push(wishes, raceId, quote)
    }
    for (const raceId of races) push(quotesByRace, raceId, quote)

    const published = sourceById.get(quote.sourceId)?.published ?? ''
    entries.push({ quote, drivers, teams, races, published, year: yearOf(published) })
  }

  const index = {
    quotes: dataset.quotes,
    drivers: dataset.drivers,
    teams: dataset.teams,
    races: dataset.races,
    driverById,
    teamById: byId(dataset.teams),
    raceById: byId(dataset.races),
    sourceById,
    quoteById: byId(dataset.quotes),
    quotesBySpeaker,
    quotesAbout,
    quotesByDriver,
    quotesByTeam,
    quotesByRace,
    ambitionsByDriver,
    driversByTeam,
    entries,
  }
  return { ...index, counts: counts ?? countAll(index) }
}

/** The year of a source's date; 0 for none (a page's index may lack a quote's source). */
function yearOf(published: string): number {
  return Number(published.slice(0, 4)) || 0
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]))
}

function addUnique(into: string[], values: readonly string[]): string[] {
  for (const value of values) if (!into.includes(value)) into.push(value)
  return into
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
