import type { SearchQuery } from '../search-query'
import type { Answer, View } from './answers'
import { listCounts, ordinalsIn, sumWishes } from './count-table'
import { wordList } from './index-reader'
import { namedBy, wordsStarting } from './search-words'
import { bucketOf, shardOf, SHARD_LETTERS } from './term-shards'

/**
 * A search for one word that starts one word of the dataset, found in no name, with no facet
 * chosen, in its default order: its list's head counts it (by year, for a period), and a page
 * is read from the parts that hold it, as for one facet value. Every quote the word's list holds
 * earns the same (all in their own words, or all in their source's names), so best match is
 * newest first. Undefined when the search is not of that kind.
 */
export async function answerFromOneWord(
  view: View,
  query: SearchQuery,
): Promise<Answer | undefined> {
  const { reader, start, period } = view
  const [term, ...more] = query.include
  const word = term?.length === 1 ? term[0] : undefined
  if (word === undefined || more.length > 0 || query.exclude.length > 0) return undefined
  if ([...word].length < SHARD_LETTERS || view.chosen.length > 0) return undefined
  if (namedBy(start, [word]).lists.length > 0) return undefined
  const bucket = bucketOf(shardOf(word), start.buckets)
  const shard = await reader.bucket(bucket)
  const [at, ...others] = wordsStarting(shard, word, true)
  if (at === undefined || others.length > 0 || shard.inline[at] !== null) return undefined
  const list = wordList(bucket, at)
  const { counted, n, sourceOnly = 0 } = await reader.head(list)
  if (!counted || (sourceOnly !== 0 && sourceOnly !== n)) return undefined
  const { inPeriod: resultCount, counts } = await listCounts(reader, list, counted, period)
  return {
    resultCount,
    counts,
    totals: { driver: resultCount, team: resultCount, ambition: resultCount },
    years: new Map(counted.years),
    searchAlone: n,
    ...(resultCount === 0 && { narrowingAlone: period.hi - period.lo }),
    // The matrix, rarely asked for: the list's quotes, whole, by their codes.
    wishes: async () => {
      const entries = await reader.whole(list)
      const codes = await reader.codesAt(entries.ordinals, start.sizes.codes)
      const rows = entries.ordinals.flatMap((ordinal) => {
        if (!period.has(period.yearOf(ordinal))) return []
        return (codes.get(ordinal)?.wishes ?? []).map(([d, r]) => [d, r, 1])
      })
      return sumWishes(rows)
    },
    pageOrdinals: (skip, take) => reader.window(list, period.lo, period.hi, skip, take),
    allOrdinals: () => ordinalsIn(reader, list, period),
  }
}
