import { buildDatasetIndex, type DatasetIndex } from '../../model/dataset-index'
import { unfilteredResultOf, type ExplorerResult } from '../../search/explorer-result'
import type { Facet } from '../../urls/explorer-params'

/**
 * A result as the page shows it: the result itself, the index its quotes' cards read (their
 * sources included), and its counts as maps, for the controls to look options up in.
 */
export type ShownResult = {
  result: ExplorerResult
  index: DatasetIndex
  counts: Record<Facet, ReadonlyMap<string, number>>
  /** Year -> quotes with every filter but the period applied. */
  years: ReadonlyMap<number, number>
}

/** The unfiltered first page: the quotes the page came with, read through the page's own index. */
export function firstShownResult(index: DatasetIndex): ShownResult {
  return shown(unfilteredResultOf(index), index)
}

/** The engine's answer, with an index of its own for its quotes and their sources. */
export function shownResultOf(index: DatasetIndex, result: ExplorerResult): ShownResult {
  const resultIndex = buildDatasetIndex(
    {
      schemaVersion: 1,
      drivers: [...index.drivers],
      teams: [...index.teams],
      races: [...index.races],
      sources: [...result.sources],
      quotes: [...result.quotes],
    },
    index.counts,
  )
  return shown(result, resultIndex)
}

function shown(result: ExplorerResult, index: DatasetIndex): ShownResult {
  const { counts } = result
  return {
    result,
    index,
    counts: {
      driver: new Map(counts.driver),
      team: new Map(counts.team),
      ambition: new Map(counts.ambition),
    },
    years: new Map(result.years),
  }
}
