import { FACETS, type ExplorerFilters, type Facet, type Sort } from '../../urls/explorer-params'
import { sumRows, sumWishes } from './count-table'
import { tallyLists, type FacetCounts } from './full-tally'
import { LIST_KINDS, type StartFile } from './index-format'
import type { Entries, IndexReader } from './index-reader'
import type { Period } from './period'
import { bySpeaker, idsOf } from './start-file'

/** A view to answer: its filters, read against the index, and where its period falls. */
export type View = {
  reader: IndexReader
  start: StartFile
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
}

const TABLE_KEYS = { driver: 'd', team: 't', ambition: 'r' } as const

/** No facet chosen: the period's quotes, every one, counted by the prefix tables. */
export async function answerFromPeriod(view: View): Promise<Answer> {
  const { start, period } = view
  const inPeriod = period.hi - period.lo
  return {
    resultCount: inPeriod,
    counts: await periodCounts(view),
    totals: { driver: inPeriod, team: inPeriod, ambition: inPeriod },
    years: new Map(start.years.map(([, , n], k) => [k, n])),
    wishes: () => periodWishes(view),
    pageOrdinals: async (skip, take) => {
      const from = period.lo + skip
      const to = Math.min(period.hi, from + take)
      return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
    },
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
  const { counted } = await reader.head(kind, index)
  if (!counted) return undefined
  const inPeriod = (row: readonly number[]) => period.has(row[0] ?? -1)
  const resultCount = counted.years.reduce((sum, [k, n]) => (period.has(k) ? sum + n : sum), 0)
  const [counts, yearly] = await Promise.all([
    periodCounts(view),
    period.whole ? undefined : reader.yearly(kind, index),
  ])
  const totals = { driver: resultCount, team: resultCount, ambition: resultCount }
  for (const other of FACETS) {
    if (other === facet) continue
    const key = TABLE_KEYS[other]
    counts[other] = yearly ? sumRows(yearly[key], inPeriod) : sumRows(counted.totals[key])
  }
  totals[facet] = period.hi - period.lo
  return {
    resultCount,
    counts,
    totals,
    years: new Map(counted.years),
    wishes: async () => sumWishes(await reader.wishes(kind, index), inPeriod),
    pageOrdinals: (skip, take) => reader.window(kind, index, period.lo, period.hi, skip, take),
  }
}

/** Several values or facets: their whole lists, intersected and counted by their codes. */
export async function answerFromLists(view: View, sort: Sort): Promise<Answer> {
  const { reader, start, filters, period, chosen } = view
  const lists = new Map<Facet, Entries[]>()
  await Promise.all(
    chosen.map(async (facet) => {
      const ids = idsOf(start, facet)
      const read = filters[facet].map((id) => reader.whole(LIST_KINDS[facet], ids.indexOf(id)))
      lists.set(facet, await Promise.all(read))
    }),
  )
  const tally = tallyLists(lists, period, start)
  const { counts, totals } = tally
  if (chosen.length === 1) {
    // Its own facet's counts, with no other facet chosen: every quote of the period.
    const only = chosen[0] ?? 'driver'
    counts[only] = (await periodCounts(view))[only]
    totals[only] = period.hi - period.lo
  }
  const codeOf = (ordinal: number) => tally.codes.get(ordinal)
  const ordered = [...tally.matched]
  if (sort === 'oldest') {
    ordered.sort((a, b) => (codeOf(b)?.date ?? 0) - (codeOf(a)?.date ?? 0) || a - b)
  } else if (sort === 'speaker') {
    ordered.sort(bySpeaker(start, (ordinal) => codeOf(ordinal)?.speaker ?? -1))
  }
  return {
    resultCount: ordered.length,
    counts,
    totals,
    years: tally.years,
    wishes: async () => {
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
  }
}

/** Each facet's counts over every quote of the period: the difference of two prefix totals. */
async function periodCounts({ reader, start, period }: View): Promise<FacetCounts> {
  if (period.whole) {
    const counts = (kind: 'd' | 't' | 'r') => new Map(start.counts[kind].map((n, i) => [i, n]))
    return { driver: counts('d'), team: counts('t'), ambition: counts('r') }
  }
  const [newer, older] = await Promise.all([
    reader.prefix(period.newer),
    reader.prefix(period.older),
  ])
  const minus = (key: 'd' | 't' | 'r') => {
    const sums = sumRows(older?.[key] ?? [])
    for (const [i, n] of sumRows(newer?.[key] ?? [])) sums.set(i, (sums.get(i) ?? 0) - n)
    return sums
  }
  return { driver: minus('d'), team: minus('t'), ambition: minus('r') }
}

/** The wishes voiced in the period, every quote's: the difference of two prefix files. */
async function periodWishes({ reader, period }: View) {
  const [newer, older] = await Promise.all([
    reader.prefixWishes(period.newer),
    reader.prefixWishes(period.older),
  ])
  return sumWishes(newer, undefined, sumWishes(older), -1)
}
