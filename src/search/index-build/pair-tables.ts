import type { FacetKind } from '../sharded/index-format'
import { packPair, pairKey, pairOwner, PAIR_KINDS, type PairTable } from '../pairs/pair-format'
import type { Counted } from './count-rows'

// Build time only: the pair tables (pairs/pair-format.ts).

type Tally = {
  n: number
  years: Map<number, number>
  counts: Record<FacetKind, Map<number, number>>
}

const add = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1)
const rowsOf = (map: ReadonlyMap<number, number>): [number, number][] =>
  [...map].sort(([a], [b]) => a - b)

/** Pair tables being counted: partner key -> what the owner's list shares with it. */
export function pairCounter() {
  const tallies = new Map<number, Tally>()
  return {
    /** A quote both lists hold; `own`: the facets of the pair, not counted. */
    add(key: number, quote: Counted, own: readonly FacetKind[]) {
      let tally = tallies.get(key)
      if (!tally) {
        const counts = { d: new Map(), t: new Map(), r: new Map() }
        tallies.set(key, (tally = { n: 0, years: new Map(), counts }))
      }
      tally.n++
      add(tally.years, quote.year)
      const values = { d: quote.drivers, t: quote.teams, r: quote.races }
      for (const kind of PAIR_KINDS) {
        if (own.includes(kind)) continue
        for (const value of values[kind]) add(tally.counts[kind], value)
      }
    },
    tables: (): PairTable[] =>
      [...tallies]
        .sort(([a], [b]) => a - b)
        .map(([key, { n, years, counts }]) => ({
          key,
          n,
          years: rowsOf(years),
          counts: { d: rowsOf(counts.d), t: rowsOf(counts.t), r: rowsOf(counts.r) },
        })),
  }
}

/** A facet value whose list is long (more than one part): only those have pair tables. */
export type LongValue = { kind: FacetKind; index: number; n: number }

/** The long facet values of a quote. */
export function longValuesOf(quote: Counted, long: (kind: FacetKind, index: number) => number) {
  const values: LongValue[] = []
  const of = { d: quote.drivers, t: quote.teams, r: quote.races }
  for (const kind of PAIR_KINDS) {
    for (const index of of[kind]) {
      const n = long(kind, index)
      if (n > 0) values.push({ kind, index, n })
    }
  }
  return values
}

/**
 * The pair tables of every two long facet lists that share a quote, each in the shorter's
 * (pairOwner): owner key -> its tables.
 */
export function facetPairs(
  quotes: Iterable<Counted>,
  long: (kind: FacetKind, index: number) => number,
): Map<number, PairTable[]> {
  const counters = new Map<number, ReturnType<typeof pairCounter>>()
  for (const quote of quotes) {
    const values = longValuesOf(quote, long)
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const [a, b] = [values[i], values[j]]
        if (!a || !b) continue
        const owner = pairOwner(a, b)
        const partner = owner === a ? b : a
        const ownerKey = pairKey(owner.kind, owner.index)
        let counter = counters.get(ownerKey)
        if (!counter) counters.set(ownerKey, (counter = pairCounter()))
        counter.add(pairKey(partner.kind, partner.index), quote, [a.kind, b.kind])
      }
    }
  }
  return new Map([...counters].map(([key, counter]) => [key, counter.tables()]))
}

/**
 * Writes a list's pair tables at `base`, in files of about `size` integers, and returns the
 * first key of each file (ListHead.pairs).
 */
export function writePairs(
  write: (path: string, json: unknown) => void,
  path: (file: number) => string,
  tables: readonly PairTable[],
  size: number,
): number[] {
  const starts: number[] = []
  let file: number[] = []
  const flush = () => {
    if (file.length > 0) write(path(starts.length - 1), file)
    file = []
  }
  for (const table of tables) {
    const packed = packPair(table)
    if (starts.length === 0 || (file.length > 0 && file.length + packed.length > size)) {
      flush()
      starts.push(table.key)
    }
    file.push(...packed)
  }
  flush()
  return starts
}
