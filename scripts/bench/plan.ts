import { readFileSync } from 'node:fs'
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import type { Dataset } from '../../src/dataset/schema'
import { textKeyOf } from '../../src/search/search-index'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { filtersFrom, type FilterChanges } from '../../src/urls/explorer-params'
import { plural } from '../../src/format/labels'
import { paths } from '../../src/urls/paths'
import { generateDataset, serializeDataset } from '../generate/dataset'
import { SEARCH_TERMS } from '../generate/search-terms'
import { SHIPPED_DATASET } from '../lib/repo'
import { coldViews, type ColdView } from './cold-plan'

const SEED = 1

export type Search = { kind: 'rare' | 'common'; term: string; prefix: string; final: string }

/** The pages every run loads: the explorer, the busiest driver's page, the first quote's. */
export type PageName = 'explorer' | 'driver' | 'quote'
export const PAGE_NAMES: readonly PageName[] = ['explorer', 'driver', 'quote']

/** A view whose downloads the report lists; `count`: the result count it must end up showing. */
export type View = { label: string; path: string; count?: string }

/** One dataset, and the result counts the page should show as a run types and filters. */
export type Plan = {
  label: string
  quotes: number
  /** Generated (the archive shape), not the shipped dataset. */
  synthetic: boolean
  dataset: Dataset
  json: string
  /** The count with no search or filter: "5 quotes". */
  unfiltered: string
  /** `prefix` is the count for all but the term's last letter, `final` for the whole term. */
  searches: Search[]
  filter: { driverId: string; driverName: string; final: string }
  pages: Record<PageName, string>
  /** One of each kind of page, the busiest of its kind; the explorer also filtered. */
  views: View[]
  /** `/` showing its own count, and the filtered views opened cold (cold-plan.ts). */
  cold: { home: { path: string; count: string }; views: ColdView[] }
}

function loadDataset(size: number): { dataset: Dataset; json: string } {
  if (size === 0) {
    const json = readFileSync(SHIPPED_DATASET, 'utf8')
    const result = validateDataset(JSON.parse(json))
    if (!result.ok) throw new Error(`the shipped dataset is invalid: ${result.problems[0]}`)
    return { dataset: result.dataset, json }
  }
  const dataset = generateDataset({ quotes: size, seed: SEED, shape: 'archive' })
  return { dataset, json: serializeDataset(dataset) }
}

/** The plan for `size` synthetic quotes, or for the shipped dataset when `size` is 0. */
export function makePlan(size: number): Plan {
  const { dataset, json } = loadDataset(size)
  const index = buildDatasetIndex(dataset)
  const total = index.quotes.length
  const found = (filters: FilterChanges) => exploreIndex(index, filtersFrom(filters)).results
  const countText = (filters: FilterChanges) =>
    `${plural(found(filters).length, 'quote')} of ${total.toLocaleString('en-GB')}`
  const terms =
    size === 0
      ? pickTerms(index)
      : { rare: SEARCH_TERMS.rare.term, common: SEARCH_TERMS.common.term }
  const searches = (['rare', 'common'] as const).map((kind) => {
    const term = terms[kind]
    const prefix = countText({ q: term.slice(0, -1) })
    const final = countText({ q: term })
    if (prefix === final) {
      throw new Error(`"${term}": its last keystroke does not change the count (${final})`)
    }
    return { kind, term, prefix, final }
  })
  const drivers = busiest(index.quotesByDriver, 'drivers')
  const races = busiest(index.quotesByRace, 'races')
  const teams = busiest(index.quotesByTeam, 'teams')
  const [driverId = '', raceId = '', teamId = ''] = [drivers[0], races[0], teams[0]]
  const firstQuote = index.quotes[0]
  if (!firstQuote) throw new Error('the dataset has no quotes')
  const filterFinal = countText({ q: '', driver: driverId })
  const pages = {
    explorer: paths.explorer(),
    driver: paths.driver(driverId),
    quote: paths.quote(firstQuote.id),
  }
  return {
    label: size === 0 ? `shipped (${total})` : total.toLocaleString('en-GB'),
    quotes: total,
    synthetic: size !== 0,
    dataset,
    json,
    unfiltered: plural(total, 'quote'),
    searches,
    filter: {
      driverId,
      driverName: index.driverById.get(driverId)?.name ?? driverId,
      final: filterFinal,
    },
    pages,
    views: [
      { label: 'explorer', path: pages.explorer },
      {
        label: 'explorer, filtered',
        path: paths.explorer({ driver: driverId }),
        count: filterFinal,
      },
      { label: 'drivers', path: paths.drivers() },
      { label: 'driver (busiest)', path: pages.driver },
      { label: 'races', path: paths.races() },
      { label: 'race (busiest)', path: paths.race(raceId) },
      { label: 'teams', path: paths.teams() },
      { label: 'team (busiest)', path: paths.team(teamId) },
      { label: 'quote', path: pages.quote },
    ],
    cold: {
      home: { path: pages.explorer, count: plural(total, 'quote') },
      views: coldViews({
        index,
        countText,
        found: (filters) => found(filters).length,
        years: (filters) =>
          found(filters).map((quote) => yearOf(index.sourceById.get(quote.sourceId)?.published)),
        rare: terms.rare,
        common: terms.common,
        driverId,
        raceIds: races,
        teamIds: teams,
      }),
    },
  }
}

const yearOf = (published: string | undefined) => Number(published?.slice(0, 4))

/**
 * Search terms for a dataset we did not plant terms in: among its words of 3 letters or more
 * whose last letter changes the result count, the one in the fewest quotes and the one in the
 * most.
 */
function pickTerms(index: DatasetIndex): { rare: string; common: string } {
  const words = new Set<string>()
  for (const entry of index.entries) {
    for (const word of textKeyOf(entry).match(/[\p{L}\p{N}]{3,}/gu) ?? []) words.add(word)
  }
  const found = (q: string) => exploreIndex(index, filtersFrom({ q })).results.length
  const candidates = [...words]
    .filter((word) => found(word.slice(0, -1)) !== found(word))
    .map((word) => ({ word, count: found(word) }))
    .sort((a, b) => a.count - b.count || a.word.localeCompare(b.word, 'en'))
  const rare = candidates[0]
  const common = candidates.findLast((c) => c.count === candidates.at(-1)?.count)
  if (!rare || !common) throw new Error('no searchable words in the shipped dataset')
  return { rare: rare.word, common: common.word }
}

/**
 * The drivers, races or teams by their number of quotes, the most first: the first makes the
 * biggest change a filter makes, and the biggest page of its kind.
 */
function busiest(quotesById: DatasetIndex['quotesByDriver'], what: string): string[] {
  const ranked = [...quotesById].sort(
    ([a, quotesA], [b, quotesB]) => quotesB.length - quotesA.length || a.localeCompare(b),
  )
  if (ranked.length === 0) throw new Error(`the dataset has no quotes with ${what}`)
  return ranked.map(([id]) => id)
}
