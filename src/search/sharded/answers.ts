import { FACETS, type ExplorerFilters, type Facet, type Sort } from '../../urls/explorer-params'
import { listCounts, ordinalsIn, periodCounts, periodWishes, sumWishes } from './count-table'
import { tallyLists, type FacetCounts } from './full-tally'
import { LIST_KINDS, type IndexContext } from './index-format'
import type { SearchFound } from './search-matches'
import { facetList, type Entries, type IndexReader } from './index-reader'
import type { Period } from './start-file'
import { bySpeaker, idsOf } from './start-file'

/** A view to answer: its filters, read against the index, and where its period falls. */
export type View = {
  reader: IndexReader
  start: IndexContext
  filters: ExplorerFilters
  period: Period
  /** The facets with a value chosen. */
  chosen: readonly Facet[]
}

/** What each way of answering gives: the counts, and how to read a page of the results. */
export type Answer = {
  resultCount: number
  counts: FacetCounts
  totals: Record<Facet, number>
  /** Year index -> quotes with every filter but the period. */
  years: Map<number, number>
  /** The results' wishes, driver index -> race index -> quotes: the ambition matrix. */
  wishes: () => Promise<Map<number, Map<number, number>>>
  pageOrdinals: (skip: number, take: number) => Promise<number[]>
  /** Every result, in order: for a download. */
  allOrdinals: () => Promise<number[]>
  /** With a search: the quotes it finds on its own, and, when nothing matches, the filters'. */
  searchAlone?: number
  narrowingAlone?: number
}

/**
 * Whether counting a search needs the codes of every quote it finds: when no chosen facet's list
 * holds them and no count table counts them, or when an order by date or speaker needs them.
 */
function needsCodeBlocks(chosen: number, sort: Sort, table: boolean): boolean {
  if (chosen >= 2) return false
  if (chosen === 1) return !table
  return !table || sort === 'oldest' || sort === 'speaker'
}

/** No facet chosen: the period's quotes, every one, counted by the prefix tables. */
export async function answerFromPeriod(view: View): Promise<Answer> {
  const { start, period } = view
  const inPeriod = period.hi - period.lo
  return {
    resultCount: inPeriod,
    counts: await periodCounts(view.reader, view.start, view.period),
    totals: { driver: inPeriod, team: inPeriod, ambition: inPeriod },
    years: new Map(start.years.map(([, , n], k) => [k, n])),
    wishes: () => periodWishes(view.reader, view.period),
    pageOrdinals: async (skip, take) => {
      const from = period.lo + skip
      const to = Math.min(period.hi, from + take)
      return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
    },
    allOrdinals: async () => Array.from({ length: inPeriod }, (_, i) => period.lo + i),
  }
}

/**
 * One value of one facet chosen, newest first: its list's head counts it (by year, for a period)
 * and a page is read from the parts that hold it. Undefined for a list short enough to be one
 * part: reading it whole costs no more.
 */
export async function answerFromOneList(view: View): Promise<Answer | undefined> {
  const { reader, start, filters, period } = view
  const facet = view.chosen[0]
  const [id, ...more] = facet ? filters[facet] : []
  if (!facet || id === undefined || more.length > 0 || view.chosen.length > 1) return undefined
  const index = idsOf(start, facet).indexOf(id)
  const kind = LIST_KINDS[facet]
  const list = facetList(kind, index)
  const { counted } = await reader.head(list)
  if (!counted) return undefined
  const inPeriod = (row: readonly number[]) => period.has(row[0] ?? -1)
  const [counts, ofList] = await Promise.all([
    periodCounts(view.reader, view.start, view.period),
    listCounts(reader, list, counted, period),
  ])
  const resultCount = ofList.inPeriod
  const totals = { driver: resultCount, team: resultCount, ambition: resultCount }
  // Its own facet's counts are the whole period's; the others', the list's.
  for (const other of FACETS) if (other !== facet) counts[other] = ofList.counts[other]
  totals[facet] = period.hi - period.lo
  return {
    resultCount,
    counts,
    totals,
    years: new Map(counted.years),
    wishes: async () => sumWishes(await reader.wishes(list), inPeriod),
    pageOrdinals: (skip, take) => reader.window(list, period.lo, period.hi, skip, take),
    allOrdinals: () => ordinalsIn(reader, list, period),
  }
}

/**
 * Several values or facets, or a search: their whole lists, intersected and counted by their
 * codes, with the quotes the search found (search-matches.ts), if there is one.
 */
export async function answerFromLists(
  view: View,
  sort: Sort,
  found?: SearchFound,
): Promise<Answer> {
  const { reader, start, filters, period, chosen } = view
  const lists = new Map<Facet, Entries[]>()
  await Promise.all(
    chosen.map(async (facet) => {
      const ids = idsOf(start, facet)
      const read = filters[facet].map((id) =>
        reader.whole(facetList(LIST_KINDS[facet], ids.indexOf(id))),
      )
      lists.set(facet, await Promise.all(read))
    }),
  )
  const counted = found?.single && (await reader.head(found.single)).counted
  if (found && needsCodeBlocks(chosen.length, sort, Boolean(counted))) {
    const missing = [...found.scores.keys()].filter((ordinal) => !found.codes.has(ordinal))
    for (const [o, code] of await reader.codesAt(missing, start.sizes.codes))
      found.codes.set(o, code)
  }
  const searched = found && { found: found.scores.keys(), codes: found.codes }
  const tally = tallyLists(lists, period, start, searched)
  const { counts, totals } = tally
  if (found?.single && counted && chosen.length <= 1) {
    // The search alone in the period, for the facets no other filter narrows: the word's table.
    const ofWord = await listCounts(reader, found.single, counted, period)
    for (const facet of chosen.length === 0 ? FACETS : chosen) {
      counts[facet] = ofWord.counts[facet]
      totals[facet] = ofWord.inPeriod
    }
  }
  if (chosen.length === 1 && !searched) {
    // Its own facet's counts, with no other facet chosen: every quote of the period.
    const only = chosen[0] ?? 'driver'
    counts[only] = (await periodCounts(view.reader, view.start, view.period))[only]
    totals[only] = period.hi - period.lo
  }
  const codeOf = (ordinal: number) => tally.codes.get(ordinal)
  const ordered = [...tally.matched]
  if (sort === 'oldest') {
    ordered.sort((a, b) => (codeOf(b)?.date ?? 0) - (codeOf(a)?.date ?? 0) || a - b)
  } else if (sort === 'speaker') {
    ordered.sort(bySpeaker(start, (ordinal) => codeOf(ordinal)?.speaker ?? -1))
  } else if (sort === 'relevance' && found) {
    const score = (ordinal: number) => found.scores.get(ordinal) ?? 0
    ordered.sort((a, b) => score(b) - score(a) || a - b)
  }
  // Nothing found: what the facets and the period give alone says whether they are to blame.
  const narrowingAlone =
    !found || ordered.length > 0
      ? undefined
      : chosen.length === 0
        ? period.hi - period.lo
        : tallyLists(lists, period, start).matched.length
  return {
    resultCount: ordered.length,
    ...(found && { searchAlone: found.scores.size }),
    ...(narrowingAlone !== undefined && { narrowingAlone }),
    counts,
    totals,
    years: tally.years,
    wishes: async () => {
      // A common word's quotes may have come without their codes: the matrix needs them all.
      const missing = tally.matched.filter((ordinal) => !tally.codes.has(ordinal))
      for (const [o, code] of await reader.codesAt(missing, start.sizes.codes)) {
        tally.codes.set(o, code)
      }
      const wishes = new Map<number, Map<number, number>>()
      for (const ordinal of tally.matched) {
        for (const [driver, race] of codeOf(ordinal)?.wishes ?? []) {
          let races = wishes.get(driver)
          if (!races) wishes.set(driver, (races = new Map()))
          races.set(race, (races.get(race) ?? 0) + 1)
        }
      }
      return wishes
    },
    pageOrdinals: async (skip, take) => ordered.slice(skip, skip + take),
    allOrdinals: async () => ordered,
  }
}
