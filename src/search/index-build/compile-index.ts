import type { DatasetIndex } from '../../model/dataset-index'
import type { Source } from '../../dataset/schema'
import { countsOf } from './count-rows'
import { LAYOUTS, packCode } from '../sharded/entries'
import { pairKey } from '../pairs/pair-format'
import { facetPairs } from './pair-tables'
import { countTerms, termPostings } from './compile-terms'
import { planIndex, startFileOf } from './plan-index'
import { writeList } from './write-list'
import { bucketCount, writeTerms } from './write-terms'
import { compileLetters, writeLetters } from './write-letters'
import { vocabularyFiles } from './write-vocabulary'
import { buildVocabulary } from '../suggestions'
import { buildSearchIndex } from '../search-index'
import { bucketOf } from '../sharded/term-shards'
import {
  DEFAULT_SIZES,
  indexPaths,
  LIST_KIND_ORDER,
  listBase,
  WISHER_KIND,
  type FacetKind,
  type IndexSizes,
  type RecordBlock,
  type StartFile,
} from '../sharded/index-format'

// Build time only: the browser reads what this writes (docs/explorer-index.md).

/** The index's files: path under the index's folder -> JSON text. */
export type IndexFiles = Map<string, string>

/** Where the compile puts each file as soon as it is made: a map, or a folder on disk. */
export type IndexSink = { set: (path: string, text: string) => unknown }

/**
 * The term index's postings of more quotes than this are not held at once: its buckets are
 * compiled a share at a time, each share's words read again from every quote.
 */
export const TERM_QUOTES_AT_ONCE = 250_000

export function compileIndex(index: DatasetIndex, sizes: IndexSizes = DEFAULT_SIZES): IndexFiles {
  const files: IndexFiles = new Map()
  compileIndexInto(index, files, sizes)
  return files
}

/**
 * compileIndex, each file handed to `sink` as it is made, so that a million quotes' index need
 * not be held whole. Returns the start-up file.
 */
export function compileIndexInto(
  index: DatasetIndex,
  sink: IndexSink,
  sizes: IndexSizes = DEFAULT_SIZES,
  termQuotes = TERM_QUOTES_AT_ONCE,
): StartFile {
  const write = (path: string, json: unknown) => sink.set(path, JSON.stringify(json))
  const plan = planIndex(index)
  const { order, positioned, quoted, lists, years } = plan
  // A long list's length (0 for a list of one part): only long lists have pair tables.
  const long = (kind: FacetKind, i: number) => {
    const n = lists[kind][i]?.length ?? 0
    return n > sizes.part ? n : 0
  }
  const pairs = facetPairs(quoted, long)
  for (const kind of LIST_KIND_ORDER) {
    lists[kind].forEach((list, i) => {
      const own = kind === WISHER_KIND ? undefined : kind
      const tables = own && pairs.get(pairKey(own, i))
      writeList(write, listBase.facet(kind, i), list, sizes, LAYOUTS.facet, {
        ...(own && { own }),
        ...(tables && { pairs: tables }),
      })
    })
  }
  // A search's first letter: its quotes by what they earn (write-letters.ts), listed in the
  // bucket of its one-letter shard.
  const search = buildSearchIndex(index)
  const letters = compileLetters(
    search,
    positioned.map(({ entry }) => entry),
  )
  const listed = letters.map(({ letter, n }) => [letter, n] as const)
  const shares = Math.ceil(quoted.length / Math.max(1, termQuotes))
  let buckets: number
  if (shares <= 1) {
    const shards = termPostings(positioned, index.sourceById)
    let words = 0
    for (const shard of shards.values()) words += shard.size
    buckets = bucketCount(words)
    writeTerms(write, shards, quoted, sizes, buckets, long, listed)
  } else {
    const count = (buckets = bucketCount(countTerms(positioned, index.sourceById)))
    for (let share = 0; share < shares; share++) {
      const ours = (bucket: number) => bucket % shares === share
      const shards = termPostings(positioned, index.sourceById, (s) => ours(bucketOf(s, count)))
      writeTerms(write, shards, quoted, sizes, count, long, listed, ours)
    }
  }
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

  const start = startFileOf(plan, buckets, sizes)
  write(indexPaths.start, start)
  return start
}

/**
 * The start-up file alone, as compileIndex writes it, without the rest of the index: one pass
 * for the lists and one over the words.
 */
export function compileStartFile(index: DatasetIndex, sizes: IndexSizes = DEFAULT_SIZES) {
  const plan = planIndex(index)
  return startFileOf(plan, bucketCount(countTerms(plan.positioned, index.sourceById)), sizes)
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
