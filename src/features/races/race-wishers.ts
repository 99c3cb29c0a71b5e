import type { DatasetIndex } from '../../data/dataset-index'
import type { Driver, Quote } from '../../data/schema'

/** The drivers who want to race a race, each with the quotes that say so. */
export function raceWishers(index: DatasetIndex, raceId: string) {
  const wishers: { driver: Driver; quotes: readonly Quote[] }[] = []
  for (const driver of index.drivers) {
    const quotes = index.ambitionsByDriver.get(driver.id)?.get(raceId)
    if (quotes) wishers.push({ driver, quotes })
  }
  return wishers
}
