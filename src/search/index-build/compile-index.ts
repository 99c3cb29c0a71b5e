import type { DatasetIndex, QuoteEntry } from '../../model/dataset-index'
import type { Source } from '../../dataset/schema'
import { newestOrder } from '../result-order'
import { countsOf } from './count-rows'
import { packCode } from '../sharded/entries'
import { termPostings } from './compile-terms'
import { writeList, type Quoted } from './write-list'
import { writeTerms } from './write-terms'
import { compileLetters, writeLetters } from './write-letters'
import { vocabularyFiles } from './write-vocabulary'
import { buildVocabulary } from '../suggestions'
import { buildSearchIndex } from '../search-index'
import {
  DEFAULT_SIZES,
  INDEX_VERSION,
  indexPaths,
  LIST_KIND_ORDER,
  listBase,
  type Code,
  type IndexSizes,
  type ListKind,
  type RecordBlock,
  type StartFile,
} from '../sharded/index-format'

// Build time only: the browser reads what this writes (docs/explorer-index.md).

/** The index's files: path under the index's folder -> JSON text. */
export type IndexFiles = Map<string, string>

export function compileIndex(index: DatasetIndex, sizes: IndexSizes = DEFAULT_SIZES): IndexFiles {
  const files = new Map<string, string>()
  const write = (path: string, json: unknown) => files.set(path, JSON.stringify(json))
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
  for (const kind of LIST_KIND_ORDER) {
    lists[kind].forEach((list, i) => writeList(write, listBase.facet(kind, i), list, sizes))
  }
  const search = buildSearchIndex(index)
  const letters = compileLetters(
    search,
    positioned.map(({ entry }) => entry),
  )
  const postings = termPostings(positioned, index.sourceById)
  const listed = letters.map(({ letter, n }) => [letter, n] as const)
  const buckets = writeTerms(write, postings, quoted, sizes, listed)
  writeLetters(write, letters, quoted, sizes, buckets)
  vocabularyFiles(buildVocabulary(search)).forEach((file, i) =>
    write(indexPaths.vocabulary(i), file),
  )

  // The newest k years' counts, years collapsed: a period's counts are two of these apart.
  for (let k = 1; k <= years.length; k++) {
    const end = years[k]?.[1] ?? quoted.length
    const counted = countsOf(quoted.slice(0, end))
    write(indexPaths.prefix(k), counted.totals)
    write(indexPaths.prefixWishes(k), counted.wishes)
  }

  chunks(quoted, sizes.codes).forEach((quotes, block) => {
    const packed: number[] = []
    for (const { code } of quotes) packCode(packed, code)
    write(indexPaths.codes(block), packed)
  })

  chunks(order, sizes.block).forEach((positions, block) => {
    const quotes = positions.flatMap((i) => index.entries[i]?.quote ?? [])
    const sources = new Map<string, Source>()
    for (const quote of quotes) {
      const source = index.sourceById.get(quote.sourceId)
      if (source) sources.set(source.id, source)
    }
    write(indexPaths.block(block), { quotes, sources: [...sources.values()] } satisfies RecordBlock)
  })

  const start: StartFile = {
    v: INDEX_VERSION,
    quotes: quoted.length,
    sizes,
    years,
    counts: {
      d: lists.d.map((l) => l.length),
      t: lists.t.map((l) => l.length),
      r: lists.r.map((l) => l.length),
      w: lists.w.map((l) => l.length),
    },
    buckets,
  }
  write(indexPaths.start, start)
  return files
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
