import type { SearchQuery } from '../search-query'
import type { Sort } from '../../urls/explorer-params'
import type { Answer, View } from '../sharded/answers'
import { listCounts } from '../sharded/count-table'
import { wordList, type IndexReader, type ListRef } from '../sharded/index-reader'
import type { ListHead } from '../sharded/index-format'
import { namedBy, wordsStarting } from '../sharded/search-words'
import { bucketOf, shardOf, SHARD_LETTERS } from '../sharded/term-shards'
import { pairKey } from './pair-format'
import { listSummary, pairTableOf, summaryOfTable, valueOf } from './pair-summaries'
import { pageOf, scanList, wishesOf } from './scan'

/**
 * The one long list a search stands for: one word that starts one word of the dataset, in no
 * name, a list of more than one part, every quote of which earns the same (all in their own
 * words, or all in their source's names). Undefined for any other search.
 */
async function longWordOf(view: View, query: SearchQuery) {
  const { reader, start } = view
  const [term, ...more] = query.include
  const word = term?.length === 1 ? term[0] : undefined
  if (word === undefined || more.length > 0 || query.exclude.length > 0) return undefined
  if ([...word].length < SHARD_LETTERS || namedBy(start, [word]).lists.length > 0) return undefined
  const bucket = bucketOf(shardOf(word), start.buckets)
  const shard = await reader.bucket(bucket)
  const [at, ...others] = wordsStarting(shard, word, true)
  if (at === undefined || others.length > 0 || shard.inline[at] !== null) return undefined
  const list = wordList(bucket, at)
  const head = await reader.head(list)
  const { counted, n, sourceOnly = 0 } = head
  if (!counted || (sourceOnly !== 0 && sourceOnly !== n)) return undefined
  return { list, head, counted }
}

/** A word's ordinals within [lo, hi]: from the parts of its list that hold them. */
async function wordOrdinals(
  reader: IndexReader,
  list: ListRef,
  head: ListHead,
  lo: number,
  hi: number,
) {
  const { parts } = head
  const ordinals = new Set<number>()
  const first = Math.max(
    0,
    parts.findLastIndex((start) => start <= lo),
  )
  const read = []
  for (let p = first; p < parts.length && (parts[p] ?? hi + 1) <= hi; p++)
    read.push(reader.part(list, p))
  for (const part of await Promise.all(read)) {
    for (const ordinal of part.ordinals) if (ordinal >= lo && ordinal <= hi) ordinals.add(ordinal)
  }
  return ordinals
}

/**
 * One value of one facet with a search for one long word (a driver with a word), over the whole
 * period: the facet's counts from the word's table, the others' and the count from the word's
 * pair table for the value, and a page from the value's list, read from the end the order
 * starts at, each part checked against the word's parts of the same ordinals. Undefined for a
 * view of another kind, a period, or a value whose list is short.
 */
export async function answerFromFacetAndWord(
  view: View,
  query: SearchQuery,
  sort: Sort,
): Promise<Answer | undefined> {
  const { reader, start, period, filters, chosen } = view
  const facet = chosen[0]
  const [id, ...more] = facet ? filters[facet] : []
  if (!facet || chosen.length !== 1 || id === undefined || more.length > 0) return undefined
  if (!period.whole) return undefined
  const word = await longWordOf(view, query)
  if (!word) return undefined
  const value = await valueOf(view, facet, id)
  if (!value.head.counted) return undefined
  const [table, ofWord] = await Promise.all([
    pairTableOf(reader, word.list, word.head, pairKey(value.kind, value.index)),
    listCounts(reader, word.list, word.counted, period),
  ])
  const shared = summaryOfTable(table)
  const counts = { ...shared.counts, [facet]: ofWord.counts[facet] }
  const totals = { driver: shared.n, team: shared.n, ambition: shared.n }
  totals[facet] = ofWord.inPeriod
  const narrowingAlone = shared.n === 0 ? (await listSummary(view, value)).n : undefined
  const scan = (from: 'newest' | 'oldest', need: number) =>
    scanList(reader, value.list, value.head, period, from, need, async (part) => {
      const lo = part.ordinals[0] ?? 0
      const held = await wordOrdinals(reader, word.list, word.head, lo, part.ordinals.at(-1) ?? lo)
      return (i) => held.has(part.ordinals[i] ?? -1)
    })
  return {
    resultCount: shared.n,
    counts,
    totals,
    years: shared.years,
    searchAlone: word.head.n,
    ...(narrowingAlone !== undefined && { narrowingAlone }),
    wishes: async () => wishesOf(await scan('newest', Infinity)),
    pageOrdinals: (skip, take) => pageOf(scan, sort, start, skip, take),
    // A download: every result, as one page of them all.
    allOrdinals: () => pageOf(scan, sort, start, 0, shared.n),
  }
}
