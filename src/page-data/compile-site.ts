import { PAGE_SIZE } from '../urls/explorer-params'
import { newestOrder, newestQuotes } from '../search/result-order'
import { DEFAULT_SIZES } from '../search/sharded/index-format'
import { paths } from '../urls/paths'
import { countsFor, type CountKind, type Counts, type CountsShown } from '../model/counts'
import type { DatasetIndex } from '../model/dataset-index'
import { driverView, raceView, teamView } from '../model/detail-views'
import { MATRIX_ROWS, matrixOf } from '../model/matrix'
import type { Dataset, Quote } from '../dataset/schema'
import type { PageData, SitePage } from './page-data'
import { quoteFilesMap } from './quote-files'

// Build time only (and the dev server): the browser reads what this wrote, never runs it.

type Picked = {
  /** Only what a list or a filter shows of each driver: no description, no nationality. */
  lean?: boolean
  /** Keep the quotes in the order picked, not the dataset's (the explorer's newest first). */
  inOrder?: boolean
  quotes?: Iterable<Quote>
  drivers?: Iterable<string>
  teams?: Iterable<string>
  races?: Iterable<string>
  /** The counts the page prints: nothing else of the counts travels with it. */
  counts?: CountsShown
}

/** What a driver's card and a driver's page count; a team's. */
const DRIVER_COUNTS = ['said', 'about', 'byDriver', 'wishes'] as const
const TEAM_COUNTS = ['byTeam', 'teamDrivers'] as const

/**
 * Builds every page's data from the whole dataset's index, in one pass per page; the explorer's
 * names `explorerIndex`, the folder its index was written to (scripts/lib/explorer-index.ts).
 */
export function compileSite(index: DatasetIndex, explorerIndex?: string): SitePage[] {
  const { counts } = index
  const position = positions(index)
  const slice = (picked: Picked) => sliceOf(index, counts, position, picked)
  const allIds = {
    drivers: index.drivers.map((d) => d.id),
    teams: index.teams.map((t) => t.id),
    races: index.races.map((r) => r.id),
  }
  // The explorer's first page and matrix rows (the engine makes the rest); counts by facet, year.
  const matrix = matrixOf(counts.wishes, (id) => index.driverById.get(id)?.name, MATRIX_ROWS)
  const explorer = slice({
    ...{ quotes: newestQuotes(index, PAGE_SIZE), ...allIds, lean: true, inOrder: true },
    counts: {
      ...{ byDriver: allIds.drivers, byTeam: allIds.teams, byRace: allIds.races, byYear: true },
      wishes: matrix.rows.map(([driverId]) => driverId),
    },
  })
  const { drivers, teams, races } = allIds
  const pages: SitePage[] = [
    { path: paths.explorer(), data: { ...explorer, ...(explorerIndex && { explorerIndex }) } },
    {
      path: paths.drivers(),
      data: slice({ ...allIds, lean: true, counts: forEach(drivers, ...DRIVER_COUNTS) }),
    },
    {
      path: paths.races(),
      data: slice({
        ...{ ...allIds, lean: true },
        counts: { ...forEach(races, 'wishers', 'byRace'), wishes: drivers },
      }),
    },
    { path: paths.teams(), data: slice({ teams, counts: forEach(teams, ...TEAM_COUNTS) }) },
    { path: paths.saved(), data: { ...slice({}), quoteFiles: quoteFilesMap(index.quotes) } },
  ]
  // A detail page's data is what its view shows (data/detail-views.ts): the page shows the same.
  for (const driver of index.drivers) {
    const view = driverView(index, driver.id)
    const quotes = [
      ...view.ambitions.flatMap((ambition) => ambition.evidence),
      ...view.said.shown,
      ...view.about.shown,
    ]
    const counts = forEach([driver.id], ...DRIVER_COUNTS)
    const data = slice({ quotes, drivers: [driver.id], counts })
    pages.push({ path: paths.driver(driver.id), data })
  }
  for (const race of index.races) {
    const view = raceView(index, race.id)
    const quotes = view.withEvidence.flatMap((wisher) => wisher.evidence)
    const drivers = [...view.withEvidence, ...view.named].map((wisher) => wisher.driver.id)
    pages.push({
      path: paths.race(race.id),
      data: slice({
        quotes,
        drivers,
        races: [race.id],
        lean: true,
        // The wishers' counts for this race only: what the page ranks them by.
        counts: {
          ...forEach([race.id], 'byRace', 'wishers'),
          wishes: drivers,
          wishesFor: new Set([race.id]),
        },
      }),
    })
  }
  for (const team of index.teams) {
    const view = teamView(index, team.id)
    const drivers = view.drivers.shown.map((driver) => driver.id)
    pages.push({
      path: paths.team(team.id),
      data: slice({
        quotes: view.quotes.shown,
        drivers,
        teams: [team.id],
        lean: true,
        counts: forEach([team.id], ...TEAM_COUNTS),
      }),
    })
  }
  // A quote's page names where its record is in the explorer's index: stored there, once.
  const { block } = DEFAULT_SIZES
  const ordinals = new Map(
    newestOrder(index.entries).map((position, ordinal) => [position, ordinal]),
  )
  index.quotes.forEach((quote, position) => {
    const ordinal = ordinals.get(position) ?? 0
    const quoteAt = { id: quote.id, block: Math.floor(ordinal / block), slot: ordinal % block }
    const data = { ...slice({ quotes: [quote], lean: true }), explorerIndex, quoteAt }
    pages.push({ path: paths.quote(quote.id), data })
  })
  return pages
}

/** The data of a page that shows no record (the 404 page): the totals only. */
export function emptyPageData(index: DatasetIndex): PageData {
  return sliceOf(index, index.counts, positions(index), {})
}

type Positions = Record<'quotes' | 'drivers' | 'teams' | 'races' | 'sources', Map<string, number>>

function positions(index: DatasetIndex): Positions {
  const of = (records: readonly { id: string }[]) => new Map(records.map((r, i) => [r.id, i]))
  return {
    quotes: of(index.quotes),
    drivers: of(index.drivers),
    teams: of(index.teams),
    races: of(index.races),
    sources: of([...index.sourceById.values()]),
  }
}

/**
 * The picked records and everything they refer to (the speakers, the drivers a quote is about or
 * voices a wish for, their teams, the races and the sources), each list in dataset order.
 */
function sliceOf(index: DatasetIndex, counts: Counts, position: Positions, picked: Picked) {
  const quotes = new Set(picked.quotes)
  const drivers = new Set(picked.drivers)
  const teams = new Set(picked.teams)
  const races = new Set(picked.races)
  const sources = new Set<string>()
  for (const quote of quotes) {
    sources.add(quote.sourceId)
    drivers.add(quote.speakerId)
    for (const id of quote.aboutDriverIds) drivers.add(id)
    for (const { driverId, raceId } of quote.ambitions) {
      drivers.add(driverId)
      races.add(raceId)
    }
  }
  for (const id of drivers) {
    for (const { teamId } of index.driverById.get(id)?.affiliations ?? []) teams.add(teamId)
  }
  const inOrder = <T>(ids: Iterable<string>, of: keyof Positions, get: (id: string) => T) =>
    [...ids]
      .sort((a, b) => (position[of].get(a) ?? 0) - (position[of].get(b) ?? 0))
      .map(get)
      .filter((record): record is NonNullable<T> => record !== undefined)
  const slice: Dataset = {
    schemaVersion: 1,
    sources: inOrder(sources, 'sources', (id) => index.sourceById.get(id)),
    teams: inOrder(teams, 'teams', (id) => index.teamById.get(id)),
    races: inOrder(races, 'races', (id) => index.raceById.get(id)),
    drivers: inOrder(drivers, 'drivers', (id) => {
      const driver = index.driverById.get(id)
      // The fields a list or a filter shows; a driver's own page has the rest.
      return driver && picked.lean
        ? { id: driver.id, name: driver.name, affiliations: driver.affiliations }
        : driver
    }),
    quotes: picked.inOrder
      ? [...quotes]
      : [...quotes].sort(
          (a, b) => (position.quotes.get(a.id) ?? 0) - (position.quotes.get(b.id) ?? 0),
        ),
  }
  return { slice, counts: countsFor(counts, picked.counts ?? {}) }
}

/** The same ids for several kinds of counts. */
function forEach(ids: readonly string[], ...kinds: readonly (CountKind | 'wishes')[]) {
  return Object.fromEntries(kinds.map((kind) => [kind, ids])) satisfies CountsShown
}
