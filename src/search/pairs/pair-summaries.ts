import { FACETS, type Facet } from '../../urls/explorer-params'
import type { View } from '../sharded/answers'
import { listCounts } from '../sharded/count-table'
import { valuesOf, type FacetCounts } from '../sharded/full-tally'
import { LIST_KINDS, type Code, type FacetKind, type ListHead } from '../sharded/index-format'
import { facetList, type IndexReader, type ListRef } from '../sharded/index-reader'
import type { IndexContext } from '../sharded/index-format'
import { idsOf, type Period } from '../sharded/start-file'
import { pairKey, pairOwner, unpackPairs, type PairTable } from './pair-format'

/** A chosen facet value: where its list is, and its head. */
export type Value = {
  facet: Facet
  kind: FacetKind
  index: number
  list: ListRef
  head: ListHead
}

/** What some quotes count to: how many in the period, by year (any period), by facet value. */
export type Summary = { n: number; years: Map<number, number>; counts: FacetCounts }

export async function valueOf(view: View, facet: Facet, id: string): Promise<Value> {
  const index = idsOf(view.start, facet).indexOf(id)
  const kind = LIST_KINDS[facet]
  const list = facetList(kind, index)
  return { facet, kind, index, list, head: await view.reader.head(list) }
}

/** Whether a quote, by its code, is one of a value's. */
export function holds(value: Value, code: Code, start: IndexContext): boolean {
  return valuesOf(code, start)[value.facet].includes(value.index)
}

/** Some quotes' summary, from their codes. */
export function tallyCodes(
  quotes: Iterable<{ ordinal: number; code: Code }>,
  period: Period,
  start: IndexContext,
): Summary {
  const summary: Summary = {
    n: 0,
    years: new Map(),
    counts: { driver: new Map(), team: new Map(), ambition: new Map() },
  }
  for (const { ordinal, code } of quotes) {
    const year = period.yearOf(ordinal)
    summary.years.set(year, (summary.years.get(year) ?? 0) + 1)
    if (!period.has(year)) continue
    summary.n++
    const values = valuesOf(code, start)
    for (const facet of FACETS) {
      const counts = summary.counts[facet]
      for (const v of values[facet]) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
  }
  return summary
}

/** A list's entries with their codes, in list order. */
export async function codedEntries(reader: IndexReader, list: ListRef) {
  const { ordinals, codes } = await reader.whole(list)
  return ordinals.flatMap((ordinal, i) => {
    const code = codes[i]
    return code ? [{ ordinal, code }] : []
  })
}

/** One value's summary: a long list's from its tables, a short one's from its codes. */
export async function listSummary(view: View, value: Value): Promise<Summary> {
  const { reader, period, start } = view
  const { counted } = value.head
  if (!counted) return tallyCodes(await codedEntries(reader, value.list), period, start)
  const { inPeriod, counts } = await listCounts(reader, value.list, counted, period)
  return { n: inPeriod, years: new Map(counted.years), counts }
}

/** A pair table of a long list (a facet value's or a word's): the one for `key`, or none. */
export async function pairTableOf(
  reader: IndexReader,
  list: ListRef,
  head: ListHead,
  key: number,
): Promise<PairTable | undefined> {
  const file = (head.pairs ?? []).findLastIndex((first) => first <= key)
  if (file === -1) return undefined
  return unpackPairs(await reader.pairs(list, file)).find((table) => table.key === key)
}

/** A pair table as a summary: nothing shared when the list has no table for the partner. */
export function summaryOfTable(table: PairTable | undefined): Summary {
  const counts: FacetCounts = { driver: new Map(), team: new Map(), ambition: new Map() }
  for (const facet of FACETS) counts[facet] = new Map(table?.counts[LIST_KINDS[facet]] ?? [])
  return { n: table?.n ?? 0, years: new Map(table?.years ?? []), counts }
}

/**
 * The quotes two values share, summed up: from the shorter list's codes when either list is
 * short (one part, read whole with its head), else from their pair table, which counts the whole
 * period only (undefined for a period).
 */
export async function pairSummary(view: View, a: Value, b: Value): Promise<Summary | undefined> {
  const { reader, start, period } = view
  if (!a.head.counted || !b.head.counted) {
    const [short, other] =
      !a.head.counted && (b.head.counted || a.head.n <= b.head.n) ? [a, b] : [b, a]
    const entries = await codedEntries(reader, short.list)
    return tallyCodes(
      entries.filter(({ code }) => holds(other, code, start)),
      period,
      start,
    )
  }
  if (!period.whole) return undefined
  const owner = pairOwner({ ...a, n: a.head.n }, { ...b, n: b.head.n })
  const partner = owner.index === a.index && owner.kind === a.kind ? b : a
  return summaryOfTable(
    await pairTableOf(reader, owner.list, owner.head, pairKey(partner.kind, partner.index)),
  )
}

/** Each facet's counts, a + b - c (c optional), value by value. */
export function combine(a: FacetCounts, b: FacetCounts, minus?: FacetCounts): FacetCounts {
  const sum = (facet: Facet) => {
    const out = new Map(a[facet])
    for (const [v, n] of b[facet]) out.set(v, (out.get(v) ?? 0) + n)
    for (const [v, n] of minus?.[facet] ?? []) out.set(v, (out.get(v) ?? 0) - n)
    return out
  }
  return { driver: sum('driver'), team: sum('team'), ambition: sum('ambition') }
}
