import type { DatasetIndex } from './dataset-index'
import type { Driver, Quote, Race } from '../dataset/schema'
import { compareByName, compareIds } from '../format/orders'

/**
 * What a driver, race or team page shows, bounded at any size: a few quotes per list, the rest
 * a filtered explorer away. The build runs these on the whole dataset to pick a page's data;
 * the page runs them again on that data and gets the same answer, because every list is cut in
 * a total order (count, then name, then id; or dataset order) and the page's data holds every
 * record above the cut.
 */

/** Full quote cards per list on a detail page. */
export const QUOTES_SHOWN = 10
/** Quotes shown as evidence for one ambition: fewer when a driver has many. */
export const EVIDENCE_SHOWN = 3
const EVIDENCE_SHOWN_WHEN_MANY = 1
const MANY_AMBITIONS = 12
/** Drivers on a race page with their evidence; then names only; then a count. */
export const WISHERS_WITH_EVIDENCE = 12
const EVIDENCE_PER_WISHER = 2
export const WISHERS_NAMED = 120
/** Drivers named on a team page. */
export const TEAM_DRIVERS_NAMED = 120

/** Some of a list, and how long the whole list is. */
export type Bounded<T> = { shown: readonly T[]; total: number }

/**
 * Quotes behind one ambition: `evidence` shown in full; `again`, the ones already shown higher
 * up the page (one quote can voice several wishes), pointed to instead of repeated.
 */
export type Evidence = { evidence: readonly Quote[]; again: readonly Quote[]; total: number }

export type AmbitionView = Evidence & { race: Race }

export type DriverView = {
  ambitions: readonly AmbitionView[]
  /** Quotes by the driver not already shown under Ambitions; `above` were. */
  said: Bounded<Quote> & { above: number }
  about: Bounded<Quote> & { above: number }
}

export function driverView(index: DatasetIndex, driverId: string): DriverView {
  const wishes = [...(index.counts.wishes.get(driverId) ?? [])]
    .flatMap(([raceId, total]) => {
      const race = index.raceById.get(raceId)
      return race ? [{ race, total }] : []
    })
    // The busiest ambitions first; ties in the order first voiced (the counts' order).
    .sort((a, b) => b.total - a.total)
  const perRace = wishes.length > MANY_AMBITIONS ? EVIDENCE_SHOWN_WHEN_MANY : EVIDENCE_SHOWN
  const seen = new Set<string>()
  const ambitions = wishes.map(({ race, total }) => {
    const quotes = index.ambitionsByDriver.get(driverId)?.get(race.id) ?? []
    return { race, total, ...firstShowing(quotes.slice(0, perRace), seen) }
  })
  const bounded = (quotes: readonly Quote[] | undefined, total: number) => {
    const all = quotes ?? []
    const above = all.filter((quote) => seen.has(quote.id)).length
    const shown = all.filter((quote) => !seen.has(quote.id)).slice(0, QUOTES_SHOWN)
    return { shown, total, above }
  }
  return {
    ambitions,
    said: bounded(index.quotesBySpeaker.get(driverId), index.counts.said.get(driverId) ?? 0),
    about: bounded(index.quotesAbout.get(driverId), index.counts.about.get(driverId) ?? 0),
  }
}

export type WisherView = Evidence & { driver: Driver }

export type RaceView = {
  /** The busiest wishers, each with a few of the quotes that voice the wish. */
  withEvidence: readonly WisherView[]
  /** The next ones, named with their count. */
  named: readonly { driver: Driver; total: number }[]
  /** Every driver who wants to race it. */
  total: number
}

export function raceView(index: DatasetIndex, raceId: string): RaceView {
  const wishers = rankedWishers(index, raceId)
  const seen = new Set<string>()
  const withEvidence = wishers.slice(0, WISHERS_WITH_EVIDENCE).map(({ driver, total }) => {
    const quotes = index.ambitionsByDriver.get(driver.id)?.get(raceId) ?? []
    return { driver, total, ...firstShowing(quotes.slice(0, EVIDENCE_PER_WISHER), seen) }
  })
  return {
    withEvidence,
    named: wishers.slice(WISHERS_WITH_EVIDENCE, WISHERS_WITH_EVIDENCE + WISHERS_NAMED),
    total: index.counts.wishers.get(raceId) ?? 0,
  }
}

/** The drivers who want to race a race, most quotes first, from the counts. */
export function rankedWishers(index: DatasetIndex, raceId: string) {
  const wishers: { driver: Driver; total: number }[] = []
  for (const driver of index.drivers) {
    const total = index.counts.wishes.get(driver.id)?.get(raceId)
    if (total) wishers.push({ driver, total })
  }
  return wishers.sort((a, b) => b.total - a.total || byName(a.driver, b.driver))
}

export type TeamView = { drivers: Bounded<Driver>; quotes: Bounded<Quote> }

export function teamView(index: DatasetIndex, teamId: string): TeamView {
  const drivers = [...(index.driversByTeam.get(teamId) ?? [])].sort(byName)
  return {
    drivers: {
      shown: drivers.slice(0, TEAM_DRIVERS_NAMED),
      total: index.counts.teamDrivers.get(teamId) ?? 0,
    },
    quotes: {
      shown: (index.quotesByTeam.get(teamId) ?? []).slice(0, QUOTES_SHOWN),
      total: index.counts.byTeam.get(teamId) ?? 0,
    },
  }
}

/** Splits quotes into those shown here for the first time and those already `seen` above. */
function firstShowing(quotes: readonly Quote[], seen: Set<string>) {
  const evidence: Quote[] = []
  const again: Quote[] = []
  for (const quote of quotes) {
    if (seen.has(quote.id)) again.push(quote)
    else evidence.push(quote)
    seen.add(quote.id)
  }
  return { evidence, again }
}

/** A total order on drivers: by name as people read it, then by id. */
export function byName(a: { name: string; id: string }, b: { name: string; id: string }) {
  return compareByName(a, b) || compareIds(a.id, b.id)
}
