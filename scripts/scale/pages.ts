import { filtersFrom } from '../../src/urls/explorer-params'
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import type { Dataset } from '../../src/dataset/schema'
import { plural } from '../../src/format/labels'
import { paths } from '../../src/urls/paths'

/** One page the scale check visits. */
export type ScalePage = {
  /** What kind of page, and which one: "driver (busiest: driver-0435)". */
  label: string
  path: string
  /** The HTTP status the page must answer with. */
  status: 200 | 404
  /** For the explorer: how its result count starts once the results are in. */
  resultCount?: string
}

/**
 * One page of every type the dataset has, picked from the data: the busiest driver, race and
 * team (most quotes), the quote with the most drivers and ambitions, a driver nobody quotes.
 * Pages of a type the dataset lacks (no races, say) are left out; the list pages never are.
 */
export function pagesOf(dataset: Dataset): ScalePage[] {
  const index = buildDatasetIndex(dataset)
  const total = index.quotes.length
  const pages: ScalePage[] = [
    { label: 'explorer', path: paths.explorer(), status: 200, resultCount: plural(total, 'quote') },
  ]
  const driver = busiest(index.quotesByDriver)
  if (driver) {
    const shown = exploreIndex(index, filtersFrom({ driver })).results.length
    pages.push({
      label: `explorer ?driver= (busiest: ${driver})`,
      path: paths.explorer({ driver }),
      status: 200,
      resultCount: `${plural(shown, 'quote')} of ${total.toLocaleString('en-GB')}`,
    })
  }
  pages.push(
    { label: 'drivers', path: paths.drivers(), status: 200 },
    { label: 'races', path: paths.races(), status: 200 },
    { label: 'teams', path: paths.teams(), status: 200 },
  )
  const race = busiest(index.quotesByRace)
  const team = busiest(index.quotesByTeam)
  if (driver) pages.push(detail(`driver (busiest: ${driver})`, paths.driver(driver)))
  if (race) pages.push(detail(`race (busiest: ${race})`, paths.race(race)))
  if (team) pages.push(detail(`team (busiest: ${team})`, paths.team(team)))
  const quote = richestQuote(index)
  if (quote) pages.push(detail(`quote (${quote})`, paths.quote(quote)))
  const quiet = dataset.drivers.find(
    (d) => !index.quotesByDriver.has(d.id) && !index.ambitionsByDriver.has(d.id),
  )
  if (quiet) pages.push(detail(`driver (no quotes: ${quiet.id})`, paths.driver(quiet.id)))
  pages.push({ label: 'not found', path: '/no/such/page', status: 404 })
  return pages
}

function detail(label: string, path: string): ScalePage {
  return { label, path, status: 200 }
}

/** The id with the most quotes (the first in id order among equals), if any. */
function busiest(quotesById: ReadonlyMap<string, readonly unknown[]>): string | undefined {
  let best: [string, number] | undefined
  for (const [id, quotes] of quotesById) {
    if (!best || quotes.length > best[1] || (quotes.length === best[1] && id < best[0])) {
      best = [id, quotes.length]
    }
  }
  return best?.[0]
}

/** The quote whose page shows the most: the most drivers it is about, then ambitions. */
function richestQuote(index: DatasetIndex): string | undefined {
  let best: [string, number] | undefined
  for (const quote of index.quotes) {
    const weight = quote.aboutDriverIds.length * 100 + quote.ambitions.length
    if (!best || weight > best[1]) best = [quote.id, weight]
  }
  return best?.[0]
}
