import type { Sort } from '../../urls/explorer-params'
import type { SearchQuery } from '../search-query'
import type { Answer, View } from '../sharded/answers'
import { listCounts, sumWishes } from '../sharded/count-table'
import { groupWindow, inPeriodOf, isLetter, letterLists, wholeGroup } from './letter-reader'

/**
 * A search of one letter and nothing else, with no facet chosen, best match or newest first:
 * the letter's count table counts it (by year, for a period), and a page is read from the parts
 * of its groups that hold it: best match takes the groups in turn, newest first merges them.
 * Undefined when the search is not of that kind.
 */
export async function answerFromLetter(
  view: View,
  query: SearchQuery,
  sort: Sort,
): Promise<Answer | undefined> {
  const [term, ...more] = query.include
  if (!term || !isLetter(term) || more.length > 0 || query.exclude.length > 0) return undefined
  if (view.chosen.length > 0 || (sort !== 'relevance' && sort !== 'newest')) return undefined
  const { reader, start, period } = view
  const lists = await letterLists(reader, start, term[0] ?? '')
  const none = { driver: new Map(), team: new Map(), ambition: new Map() }
  const { inPeriod: resultCount, counts } =
    lists?.head.counted === undefined
      ? { inPeriod: 0, counts: none }
      : await listCounts(reader, lists.list, lists.head.counted, period)
  const groups = lists?.head.groups ?? []
  const base = lists?.list.base ?? ''
  const answer: Answer = {
    resultCount,
    counts,
    totals: { driver: resultCount, team: resultCount, ambition: resultCount },
    years: new Map(lists?.head.counted?.years),
    searchAlone: lists?.head.n ?? 0,
    ...(resultCount === 0 && { narrowingAlone: period.hi - period.lo }),
    // The matrix, rarely asked for: the letter's quotes, whole, by their codes.
    wishes: async () => {
      const read = await Promise.all(groups.map((group) => wholeGroup(reader, base, group)))
      const ordinals = read.flat().filter((o) => period.has(period.yearOf(o)))
      const codes = await reader.codesAt(ordinals, start.sizes.codes)
      return sumWishes(
        ordinals.flatMap((o) => (codes.get(o)?.wishes ?? []).map(([d, r]) => [d, r, 1])),
      )
    },
    async pageOrdinals(skip, take) {
      if (sort === 'newest') {
        const windows = await Promise.all(
          groups.map((group) => groupWindow(reader, base, group, period, 0, skip + take)),
        )
        return windows
          .flat()
          .sort((a, b) => a - b)
          .slice(skip, skip + take)
      }
      const found: number[] = []
      let rest = skip
      for (const group of groups) {
        if (found.length >= take) break
        const inPeriod = inPeriodOf(group, period)
        if (rest >= inPeriod) {
          rest -= inPeriod
          continue
        }
        found.push(...(await groupWindow(reader, base, group, period, rest, take - found.length)))
        rest = 0
      }
      return found
    },
    // A download: every result, as one page of them all.
    allOrdinals: () => answer.pageOrdinals(0, resultCount),
  }
  return answer
}
