import type { DatasetIndex, QuoteEntry } from '../../model/dataset-index'
import { newestOrder } from '../result-order'
import {
  INDEX_VERSION,
  type Code,
  type IndexSizes,
  type ListKind,
  type StartFile,
} from '../sharded/index-format'
import type { Quoted } from './write-list'

// Build time only.

/**
 * The quotes in the index's order, one pass over the dataset: each one's ordinal and code, the
 * years (newest first: first ordinal, count), and every list's quotes (driver, team, race,
 * wishes). Everything the index writes is numbered from this.
 */
export function planIndex(index: DatasetIndex) {
  const driverAt = new Map(index.drivers.map((d, i) => [d.id, i]))
  const teamAt = new Map(index.teams.map((t, i) => [t.id, i]))
  const raceAt = new Map(index.races.map((r, i) => [r.id, i]))
  const at = (map: Map<string, number>, id: string) => map.get(id) ?? -1

  const order = newestOrder(index.entries)
  const dates = [...new Set(order.map((i) => index.entries[i]?.published ?? ''))]
  const dateRank = new Map(dates.map((date, rank) => [date, rank]))
  const years: StartFile['years'] = []
  const positioned: { ordinal: number; code: Code; entry: QuoteEntry }[] = []
  const quoted: Quoted[] = order.map((position, ordinal) => {
    const entry = index.entries[position]
    if (!entry) throw new Error(`no entry at ${position}`)
    const last = years.at(-1)
    if (last?.[0] === entry.year) last[2]++
    else years.push([entry.year, ordinal, 1])
    const { quote } = entry
    const code: Code = {
      speaker: at(driverAt, quote.speakerId),
      about: quote.aboutDriverIds.map((id) => at(driverAt, id)),
      wishes: quote.ambitions.map((a) => [at(driverAt, a.driverId), at(raceAt, a.raceId)] as const),
      date: dateRank.get(entry.published) ?? 0,
    }
    positioned.push({ ordinal, code, entry })
    return {
      ordinal,
      code,
      year: years.length - 1,
      drivers: entry.drivers.map((id) => at(driverAt, id)),
      teams: entry.teams.map((id) => at(teamAt, id)),
      races: entry.races.map((id) => at(raceAt, id)),
      wishes: code.wishes,
    }
  })

  const lists: Record<ListKind, Quoted[][]> = {
    d: index.drivers.map(() => []),
    t: index.teams.map(() => []),
    r: index.races.map(() => []),
    w: index.drivers.map(() => []),
  }
  for (const quote of quoted) {
    for (const i of quote.drivers) lists.d[i]?.push(quote)
    for (const i of quote.teams) lists.t[i]?.push(quote)
    for (const i of quote.races) lists.r[i]?.push(quote)
    for (const i of new Set(quote.wishes.map(([driver]) => driver))) lists.w[i]?.push(quote)
  }
  return { order, years, positioned, quoted, lists }
}

export type IndexPlan = ReturnType<typeof planIndex>

/** The start-up file (index-format.ts StartFile): the plan's years and lists' lengths. */
export function startFileOf(plan: IndexPlan, buckets: number, sizes: IndexSizes): StartFile {
  const { lists } = plan
  return {
    v: INDEX_VERSION,
    quotes: plan.quoted.length,
    sizes,
    years: plan.years,
    counts: {
      d: lists.d.map((l) => l.length),
      t: lists.t.map((l) => l.length),
      r: lists.r.map((l) => l.length),
      w: lists.w.map((l) => l.length),
    },
    buckets,
  }
}
