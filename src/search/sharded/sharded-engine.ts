import { matrixOf } from '../../model/matrix'
import { uniqueBy } from '../../lib/unique-by'
import type { Source } from '../../dataset/schema'
import {
  FACETS,
  PAGE_PARAM,
  PAGE_SIZE,
  pageCount,
  parseExplorerParams,
  parsePage,
  type ExplorerFilters,
  type Facet,
} from '../../urls/explorer-params'
import { paramsOf } from '../engine/filters-params'
import type { ExploreOptions, ExplorerResult } from '../explorer-result'
import { sortOf } from '../search-query'
import { answerFromLists, answerFromOneList, answerFromPeriod } from './answers'
import { createIndexReader, type LoadIndexFile } from './index-reader'
import { periodOf } from './period'
import { idsOf, knownIn } from './start-file'

const NO_SEARCH = { include: [], exclude: [] }

export type ShardedEngine = {
  /** One page of results, read from the index; undefined for a view it cannot answer yet. */
  explore(
    filters: ExplorerFilters,
    page: number,
    options?: ExploreOptions,
  ): Promise<ExplorerResult | undefined>
  /** Fetches the start-up file now, for a reader about to filter; never rejects. */
  warm(): void
}

/** The explorer over the build's index (docs/explorer-index.md), fetching only what a view needs. */
export function createShardedEngine(load: LoadIndexFile): ShardedEngine {
  const reader = createIndexReader(load)
  return {
    warm() {
      reader.start().catch(() => {})
    },
    async explore(asked, requestedPage, options) {
      const start = await reader.start()
      const filters = parseExplorerParams(paramsOf(asked), knownIn(start))
      // Searches come from the term shards, still to be built: the whole dataset answers them.
      if (filters.q.trim() !== '') return undefined
      const sort = sortOf(filters.sort, NO_SEARCH)
      const period = periodOf(start, filters.from, filters.to)
      const chosen = FACETS.filter((facet) => filters[facet].length > 0)
      const view = { reader, start, filters, period, chosen }
      const matrixRows = options?.matrixRows ?? 0
      if (chosen.length === 0 && sort !== 'newest') return undefined
      const single =
        chosen.length === 1 && sort === 'newest' ? await answerFromOneList(view) : undefined
      const answer =
        single ??
        (chosen.length === 0 ? await answerFromPeriod(view) : await answerFromLists(view, sort))
      const resultCount = answer.resultCount
      const page = parsePage(
        new URLSearchParams({ [PAGE_PARAM]: String(requestedPage) }),
        resultCount,
      )
      const first = (page - 1) * PAGE_SIZE
      const shown = await answer.pageOrdinals(first, PAGE_SIZE)
      const records = await reader.records(shown, start.sizes.block)
      const quotes = records.map((r) => r.quote)
      const sources = uniqueBy(
        records.flatMap((r): Source[] => (r.source ? [r.source] : [])),
        (source) => source.id,
      )
      const named = (facet: Facet, counts: Map<number, number>): [string, number][] =>
        [...counts].flatMap(([i, n]) => {
          const id = idsOf(start, facet)[i]
          return id !== undefined && n > 0 ? [[id, n]] : []
        })
      return {
        filters,
        quotes,
        sources,
        resultCount,
        page,
        pageCount: pageCount(resultCount),
        first,
        counts: {
          driver: named('driver', answer.counts.driver),
          team: named('team', answer.counts.team),
          ambition: named('ambition', answer.counts.ambition),
        },
        totals: answer.totals,
        years: [...answer.years]
          .flatMap(([k, n]): [number, number][] => {
            const year = start.years[k]?.[0]
            return year !== undefined && n > 0 ? [[year, n]] : []
          })
          .sort(([a], [b]) => a - b),
        sort,
        terms: [],
        searchAlone: start.quotes,
        ...(resultCount === 0 && { narrowingAlone: 0 }),
        named: [],
        ...(matrixRows > 0 && {
          matrix: matrixOf(
            [...(await answer.wishes())].map(([i, races]) => [
              start.drivers[i]?.[0] ?? '',
              [...races].map(([j, n]) => [start.races[j]?.[0] ?? '', n] as const),
            ]),
            (id) => start.drivers.find(([driverId]) => driverId === id)?.[1],
            matrixRows,
          ),
        }),
      }
    },
  }
}
