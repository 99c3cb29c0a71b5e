import { matrixOf, type MatrixJson } from '../../model/matrix'
import { FACETS, type Facet } from '../../urls/explorer-params'
import type { Answer } from './answers'
import type { FacetCounts } from './full-tally'
import type { IndexContext } from './index-format'
import { idsOf } from './start-file'

/** Each facet's counts as the result gives them: [id, count], the values that have some. */
export function countsById(
  start: IndexContext,
  counts: FacetCounts,
): Record<Facet, [string, number][]> {
  const byId = (facet: Facet): [string, number][] => {
    const ids = idsOf(start, facet)
    return [...counts[facet]].flatMap(([i, n]) => {
      const id = ids[i]
      return id !== undefined && n > 0 ? [[id, n]] : []
    })
  }
  const [driver, team, ambition] = FACETS.map(byId)
  return { driver: driver ?? [], team: team ?? [], ambition: ambition ?? [] }
}

/** [year, count] in year order, from counts by year index. */
export function yearsOf(start: IndexContext, years: ReadonlyMap<number, number>) {
  return [...years]
    .flatMap(([k, n]): [number, number][] => {
      const year = start.years[k]?.[0]
      return year !== undefined && n > 0 ? [[year, n]] : []
    })
    .sort(([a], [b]) => a - b)
}

/** The ambition matrix of all the results: its first `rows` rows. */
export async function matrixOfAnswer(
  start: IndexContext,
  answer: Answer,
  rows: number,
): Promise<MatrixJson> {
  const names = new Map(start.drivers.map(([id, name]) => [id, name]))
  return matrixOf(
    [...(await answer.wishes())].map(([i, races]) => [
      start.drivers[i]?.[0] ?? '',
      [...races].map(([j, n]) => [start.races[j]?.[0] ?? '', n] as const),
    ]),
    (id) => names.get(id),
    rows,
  )
}
