import { FACETS, type Facet } from '../../urls/explorer-params'
import type { Code, IndexContext } from './index-format'
import type { Entries } from './index-reader'
import type { Period } from './start-file'

/** Value index -> count, for each facet. */
export type FacetCounts = Record<Facet, Map<number, number>>

/** What tallying whole lists gives: explore()'s tally (explore.ts), in the index's numbers. */
export type FullTally = {
  /** The ordinals that match, ascending (newest first), and each one's code. */
  matched: number[]
  codes: Map<number, Code>
  counts: FacetCounts
  totals: Record<Facet, number>
  /** Year index -> quotes with every filter but the period. */
  years: Map<number, number>
}

/** A quote's drivers, teams and races, from its code: what each facet counts it under. */
export function valuesOf(code: Code, start: IndexContext): Record<Facet, number[]> {
  const drivers = [code.speaker, ...code.about]
  const teams: number[] = []
  for (const driver of drivers) {
    for (const team of start.drivers[driver]?.[2] ?? []) if (!teams.includes(team)) teams.push(team)
  }
  const races: number[] = []
  for (const [, race] of code.wishes) if (!races.includes(race)) races.push(race)
  return { driver: drivers, team: teams, ambition: races }
}

/**
 * Tallies the chosen values' whole lists as explore() tallies the dataset: within a facet any
 * chosen value will do, across facets all must, and so must the search, if `searched` gives the
 * quotes it finds (with their codes). Without a search, a quote on none of the lists matches no
 * facet, so it counts nowhere here: a facet's counts with no other facet chosen are the whole
 * period's, which the caller takes from the index's prefix totals.
 */
export function tallyLists(
  chosen: ReadonlyMap<Facet, readonly Entries[]>,
  period: Period,
  start: IndexContext,
  searched?: { found: Iterable<number>; codes: ReadonlyMap<number, Code> },
): FullTally {
  const facets = [...chosen.keys()]
  const masks = new Map<number, number>()
  const codes = new Map<number, Code>()
  facets.forEach((facet, bit) => {
    for (const { ordinals, codes: ofList } of chosen.get(facet) ?? []) {
      ordinals.forEach((ordinal, i) => {
        masks.set(ordinal, (masks.get(ordinal) ?? 0) | (1 << bit))
        const code = ofList[i]
        if (code) codes.set(ordinal, code)
      })
    }
  })
  for (const [ordinal, code] of searched?.codes ?? [])
    if (!codes.has(ordinal)) codes.set(ordinal, code)
  const all = (1 << facets.length) - 1
  const counts: FacetCounts = { driver: new Map(), team: new Map(), ambition: new Map() }
  const totals = { driver: 0, team: 0, ambition: 0 }
  const years = new Map<number, number>()
  const matched: number[] = []
  const candidates = searched ? [...searched.found] : [...masks.keys()]
  for (const ordinal of candidates.sort((a, b) => a - b)) {
    const mask = masks.get(ordinal) ?? 0
    const year = period.yearOf(ordinal)
    if (mask === all) years.set(year, (years.get(year) ?? 0) + 1)
    if (!period.has(year)) continue
    // A search's quote on no chosen list may come without its code: it is then counted in the
    // totals, and its values by the caller (a word's count table, or the code blocks).
    const code = codes.get(ordinal)
    const values = code && valuesOf(code, start)
    for (const facet of FACETS) {
      // The facet's own choice aside: every other chosen facet must match.
      const bit = facets.indexOf(facet)
      const others = bit === -1 ? all : all & ~(1 << bit)
      if ((others === 0 && !searched) || (mask & others) !== others) continue
      totals[facet]++
      for (const value of values?.[facet] ?? []) {
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
      }
    }
    if (mask === all) matched.push(ordinal)
  }
  return { matched, codes, counts, totals, years }
}
