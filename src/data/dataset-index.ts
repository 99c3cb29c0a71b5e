import { fold } from '../lib/fold'
import type { Dataset, Driver, Quote, Race, Source, Team } from './schema'

/** Everything the pages look up, built once per loaded dataset. */
export type DatasetIndex = {
  dataset: Dataset
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
}

export type QuoteEntry = {
  quote: Quote
  /** Speaker and the drivers it is about. */
  drivers: readonly string[]
  /** Teams of those drivers. */
  teams: readonly string[]
  /** Races it voices an ambition for. */
  races: readonly string[]
  /** Folded text, translations, context and speaker name. */
  searchText: string
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const driverById = byId(dataset.drivers)
  const quotesBySpeaker = new Map<string, Quote[]>()
  const quotesAbout = new Map<string, Quote[]>()
  const quotesByDriver = new Map<string, Quote[]>()
  const quotesByTeam = new Map<string, Quote[]>()
  const quotesByRace = new Map<string, Quote[]>()
  const ambitionsByDriver = new Map<string, Map<string, Quote[]>>()
  const driversByTeam = new Map<string, Driver[]>()
  const entries: QuoteEntry[] = []

  for (const driver of dataset.drivers) {
    for (const teamId of new Set(driver.affiliations.map((a) => a.teamId))) {
      push(driversByTeam, teamId, driver)
    }
  }

  for (const quote of dataset.quotes) {
    push(quotesBySpeaker, quote.speakerId, quote)
    const involved = new Set([quote.speakerId, ...quote.aboutDriverIds])
    for (const driverId of new Set(quote.aboutDriverIds)) {
      if (driverId !== quote.speakerId) push(quotesAbout, driverId, quote)
    }
    const teams = new Set<string>()
    for (const driverId of involved) {
      push(quotesByDriver, driverId, quote)
      driverById.get(driverId)?.affiliations.forEach((a) => teams.add(a.teamId))
    }
    teams.forEach((teamId) => push(quotesByTeam, teamId, quote))

    const races = new Set<string>()
    for (const { driverId, raceId } of quote.ambitions) {
      races.add(raceId)
      const wishes = ambitionsByDriver.get(driverId) ?? new Map<string, Quote[]>()
      ambitionsByDriver.set(driverId, wishes)
      const evidence = wishes.get(raceId) ?? []
      if (!evidence.includes(quote)) evidence.push(quote)
      wishes.set(raceId, evidence)
    }
    races.forEach((raceId) => push(quotesByRace, raceId, quote))

    const speaker = driverById.get(quote.speakerId)
    const searchable = [quote.text, ...Object.values(quote.translations ?? {})]
    if (quote.context) searchable.push(quote.context)
    if (speaker) searchable.push(speaker.name)
    entries.push({
      quote,
      drivers: [...involved],
      teams: [...teams],
      races: [...races],
      searchText: fold(searchable.join('\n')),
    })
  }

  return {
    dataset,
    quotes: dataset.quotes,
    drivers: dataset.drivers,
    teams: dataset.teams,
    races: dataset.races,
    driverById,
    teamById: byId(dataset.teams),
    raceById: byId(dataset.races),
    sourceById: byId(dataset.sources),
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
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]))
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
