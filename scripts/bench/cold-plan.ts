import type { DatasetIndex } from '../../src/model/dataset-index'
import type { FilterChanges } from '../../src/urls/explorer-params'
import { paths } from '../../src/urls/paths'

/** The explorer's filtered views the benchmark opens cold (issue 22), one of each kind. */
export const COLD_KINDS = ['driver', 'raceTeam', 'rare', 'commonPeriod', 'driverWordSort'] as const
export type ColdKind = (typeof COLD_KINDS)[number]

export const COLD_LABELS: Record<ColdKind, string> = {
  driver: 'a busy driver',
  raceTeam: 'a race with a team',
  rare: 'a rare word',
  commonPeriod: 'a common word with a period',
  driverWordSort: 'a driver with a word and a sort',
}

/** An address opened in a fresh context, and the result count it must end up showing. */
export type ColdView = { kind: ColdKind; path: string; count: string }

/** What the views are chosen from: the dataset, the count a filter shows, and its words. */
export type ColdPlanInput = {
  index: DatasetIndex
  /** The result count the explorer shows for these filters: "12 quotes of 50,000". */
  countText: (filters: FilterChanges) => string
  /** How many quotes these filters find. */
  found: (filters: FilterChanges) => number
  /** The year of every quote these filters find. */
  years: (filters: FilterChanges) => number[]
  rare: string
  common: string
  /** The busiest driver, race and teams, busiest first. */
  driverId: string
  raceIds: readonly string[]
  teamIds: readonly string[]
}

/**
 * The five cold views: the busiest driver; the busiest race with the busiest team that has
 * quotes for it; the rare word; the common word in the five years around the middle of its
 * quotes; the busiest driver with the common word, oldest first.
 */
export function coldViews(input: ColdPlanInput): ColdView[] {
  const { rare, common, driverId } = input
  const filters: Record<ColdKind, FilterChanges> = {
    driver: { driver: driverId },
    raceTeam: raceWithTeam(input),
    rare: { q: rare },
    commonPeriod: { q: common, ...periodAround(input.years({ q: common })) },
    driverWordSort: { driver: driverId, q: common, sort: 'oldest' },
  }
  return COLD_KINDS.map((kind) => {
    if (input.found(filters[kind]) === 0) {
      throw new Error(`the cold view "${COLD_LABELS[kind]}" finds no quotes`)
    }
    return { kind, path: paths.explorer(filters[kind]), count: input.countText(filters[kind]) }
  })
}

function raceWithTeam(input: ColdPlanInput): FilterChanges {
  for (const ambition of input.raceIds.slice(0, 5)) {
    for (const team of input.teamIds.slice(0, 20)) {
      if (input.found({ ambition, team }) > 0) return { ambition, team }
    }
  }
  throw new Error('no busy race has quotes by a busy team')
}

/** Five years around the median of `years` (fewer when the quotes span fewer). */
function periodAround(years: readonly number[]): { from: number; to: number } {
  const sorted = [...years].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted.at(-1)
  const median = sorted[Math.floor(sorted.length / 2)]
  if (first === undefined || last === undefined || median === undefined) {
    throw new Error('the common word is in no quote')
  }
  const from = Math.max(first, median - 2)
  return { from, to: Math.min(last, from + 4) }
}
