import { datasetUrl } from '../../dataset/fetch-dataset-json'
import { raceLabel } from '../../format/labels'
import type { DatasetIndex } from '../../model/dataset-index'
import { indexRecordsOf } from '../sharded/start-file'
import type { IndexSource } from './explorer-protocol'
import type { ExplorerSources } from './explorer-service'

/**
 * What a page's explorer reads: the whole dataset, and the build's index that the page's data
 * names (explorerIndex, a folder under data/explorer/) with the page's drivers, teams and races,
 * if it names one. `base` is the address both resolve against: the page's, or the worker's
 * (the worker works them out from the page's data too: early-view.ts), so both say the same.
 */
export function explorerSourcesOf(page: DatasetIndex, base: string): ExplorerSources {
  const dataset = datasetUrl(base)
  const folder = page.explorerIndex
  if (folder === undefined) return { dataset }
  const url = new URL(`${import.meta.env.BASE_URL}data/explorer/${folder}/`, base).href
  return { dataset, index: indexSourceOf(page, url) }
}

/** The build's index at `url`, with the records of the page it is of. */
export function indexSourceOf(page: DatasetIndex, url: string): IndexSource {
  return { url, records: indexRecordsOf(page), raceLabels: page.races.map(raceLabel) }
}
