import type { DatasetIndex } from './dataset-index'
import type { Driver, Quote, Race } from './schema'

/** The races a driver wants to race, whoever voiced the wish, in the order first voiced. */
export function racesWantedBy(index: DatasetIndex, driverId: string): Race[] {
  const wishes = index.ambitionsByDriver.get(driverId)
  return [...(wishes?.keys() ?? [])].flatMap((raceId) => index.raceById.get(raceId) ?? [])
}

/** The drivers who want to race a race, each with the quotes that say so. */
export function raceWishers(index: DatasetIndex, raceId: string) {
  const wishers: { driver: Driver; quotes: readonly Quote[] }[] = []
  for (const driver of index.drivers) {
    const quotes = index.ambitionsByDriver.get(driver.id)?.get(raceId)
    if (quotes) wishers.push({ driver, quotes })
  }
  return wishers
}
