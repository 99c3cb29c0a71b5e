import type { DatasetIndex } from './dataset-index'
import type { Driver, Race } from '../dataset/schema'

/**
 * The races a driver wants to race, whoever voiced the wish, in the order first voiced; from
 * the counts, so a page that lists drivers needs none of the quotes behind them.
 */
export function racesWantedBy(index: DatasetIndex, driverId: string): Race[] {
  const wishes = index.counts.wishes.get(driverId)
  return [...(wishes?.keys() ?? [])].flatMap((raceId) => index.raceById.get(raceId) ?? [])
}

/** The drivers who want to race a race, each with how many quotes say so (from the counts). */
export function raceWisherCounts(index: DatasetIndex, raceId: string) {
  const wishers: { driver: Driver; quotes: number }[] = []
  for (const driver of index.drivers) {
    const quotes = index.counts.wishes.get(driver.id)?.get(raceId)
    if (quotes) wishers.push({ driver, quotes })
  }
  return wishers
}
