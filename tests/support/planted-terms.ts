import { expect } from 'vitest'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import type { Dataset } from '../../src/dataset/schema'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import { filtersFrom } from '../../src/urls/explorer-params'

/** The generator's planted search terms are found as often as designed, as the app searches. */
export function expectPlantedAsDesigned(dataset: Dataset) {
  const quotes = dataset.quotes.length
  const index = buildDatasetIndex(dataset)
  const found = (q: string) => exploreIndex(index, filtersFrom({ q })).results.length
  const { rare, common } = SEARCH_TERMS

  expect(found(rare.term)).toBe(Math.round(quotes * rare.share))
  expect(found(common.term)).toBe(Math.round(quotes * common.share))
  // The last keystroke of each term changes the count: its decoy shares the rest.
  expect(found(rare.term.slice(0, -1))).toBeGreaterThan(found(rare.term))
  expect(found(common.term.slice(0, -1))).toBeGreaterThan(found(common.term))
}
