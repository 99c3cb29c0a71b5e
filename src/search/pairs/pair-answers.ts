import type { Facet, Sort } from '../../urls/explorer-params'
import type { Answer, View } from '../sharded/answers'
import { periodCounts } from '../sharded/count-table'
import {
  combine,
  holds,
  listSummary,
  pairSummary,
  valueOf,
  type Summary,
  type Value,
} from './pair-summaries'
import { pageOf, scanList, wishesOf, type Found } from './scan'

/** A page's and the matrix's reading of the results: from the newest or oldest end, `need` of them. */
type Scan = (from: 'newest' | 'oldest', need: number) => Promise<Found[]>

function answerOf(
  view: View,
  sort: Sort,
  parts: Omit<Answer, 'wishes' | 'pageOrdinals' | 'allOrdinals'>,
  scan: Scan,
): Answer {
  const pageOrdinals = (skip: number, take: number) => pageOf(scan, sort, view.start, skip, take)
  return {
    ...parts,
    wishes: async () => wishesOf(await scan('newest', Infinity)),
    pageOrdinals,
    // A download: every result, as one page of them all.
    allOrdinals: () => pageOrdinals(0, parts.resultCount),
  }
}

/** The chosen values, when every chosen facet has exactly one. */
async function singleValues(view: View): Promise<Value[] | undefined> {
  const { filters, chosen } = view
  if (chosen.some((facet) => filters[facet].length !== 1)) return undefined
  return Promise.all(chosen.map((facet) => valueOf(view, facet, filters[facet][0] ?? '')))
}

/**
 * One value of each of two facets (a race with a team), no search: each facet's counts from the
 * other value's tables, the third facet's and the count from what the two share (their pair
 * table, or the shorter list's codes), and a page from the shorter list, read from the end the
 * order starts at, each quote's code saying whether the other value holds it. Undefined when the
 * view is of another kind, or the pair table cannot count its period.
 */
export async function answerFromPair(view: View, sort: Sort): Promise<Answer | undefined> {
  if (view.chosen.length !== 2) return undefined
  const values = await singleValues(view)
  const [a, b] = values ?? []
  if (!a || !b) return undefined
  const shared = await pairSummary(view, a, b)
  if (!shared) return undefined
  const [ofA, ofB] = await Promise.all([listSummary(view, a), listSummary(view, b)])
  const counts = {
    ...shared.counts,
    [a.facet]: ofB.counts[a.facet],
    [b.facet]: ofA.counts[b.facet],
  }
  const totals = { driver: shared.n, team: shared.n, ambition: shared.n }
  totals[a.facet] = ofB.n
  totals[b.facet] = ofA.n
  const [shorter, other] = a.head.n <= b.head.n ? [a, b] : [b, a]
  const { reader, start, period } = view
  const scan: Scan = (from, need) =>
    scanList(reader, shorter.list, shorter.head, period, from, need, async (part) => {
      return (i) => {
        const code = part.codes[i]
        return code !== undefined && holds(other, code, start)
      }
    })
  return answerOf(view, sort, { resultCount: shared.n, counts, totals, years: shared.years }, scan)
}

/** Years summed, a + b - c. */
function yearsOf(a: Summary, b: Summary, shared: Summary): Map<number, number> {
  const years = new Map(a.years)
  for (const [k, n] of b.years) years.set(k, (years.get(k) ?? 0) + n)
  for (const [k, n] of shared.years) years.set(k, (years.get(k) ?? 0) - n)
  return years
}

/**
 * Two values of one facet (two drivers), nothing else chosen, no search: either's, less what
 * they share, counts the others; the facet's own counts are the period's. A page merges the two
 * lists read from the end the order starts at.
 */
export async function answerFromUnion(view: View, sort: Sort): Promise<Answer | undefined> {
  const { filters, chosen, reader, start, period } = view
  const facet: Facet | undefined = chosen[0]
  if (chosen.length !== 1 || !facet || filters[facet].length !== 2) return undefined
  const [a, b] = await Promise.all(filters[facet].map((id) => valueOf(view, facet, id)))
  if (!a || !b) return undefined
  const shared = await pairSummary(view, a, b)
  if (!shared) return undefined
  const [ofA, ofB] = await Promise.all([listSummary(view, a), listSummary(view, b)])
  const resultCount = ofA.n + ofB.n - shared.n
  const counts = combine(ofA.counts, ofB.counts, shared.counts)
  counts[facet] = (await periodCounts(reader, start, period))[facet]
  const totals = { driver: resultCount, team: resultCount, ambition: resultCount }
  totals[facet] = period.hi - period.lo
  const scan: Scan = async (from, need) => {
    const [inA, inB] = await Promise.all(
      [a, b].map((value) =>
        scanList(reader, value.list, value.head, period, from, need, async () => () => true),
      ),
    )
    const seen = new Set((inA ?? []).map(({ ordinal }) => ordinal))
    return [...(inA ?? []), ...(inB ?? []).filter(({ ordinal }) => !seen.has(ordinal))]
  }
  const years = yearsOf(ofA, ofB, shared)
  return answerOf(view, sort, { resultCount, counts, totals, years }, scan)
}
