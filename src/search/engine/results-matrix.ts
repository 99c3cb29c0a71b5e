import { rememberLast } from '../../lib/remember-last'
import type { DatasetIndex } from '../../model/dataset-index'
import { matrixOf, wishesOf, type MatrixJson } from '../../model/matrix'
import { quotesAt } from '../explore'
import type { Tallied } from './tallies'

/**
 * The ambition matrix of all the results, not only the page: its first `rows` rows. The wishes
 * are tallied once per results, so "Show more" only ranks them again.
 */
export function createResultsMatrix(index: DatasetIndex) {
  const lastWishes = rememberLast<ReturnType<typeof wishesOf>>()
  const nameOf = (id: string) => index.driverById.get(id)?.name
  return ({ key, tally }: Tallied, rows: number): MatrixJson => {
    const wishes = lastWishes(key, () => wishesOf(quotesAt(index, tally.matched)))
    return matrixOf(wishes, nameOf, rows)
  }
}
