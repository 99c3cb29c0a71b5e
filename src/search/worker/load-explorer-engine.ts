import { createExplorerEngine, type ExplorerEngine } from '../engine/explorer-engine'
import { fetchDatasetJson, invalidDatasetError } from '../../dataset/fetch-dataset-json'
import { trustBuiltDataset } from '../../dataset/trusted-dataset'

/** Fetches the dataset at `url` and builds the explorer over it; every failure is a DatasetError. */
export async function loadExplorerEngine(url: string): Promise<ExplorerEngine> {
  const result = trustBuiltDataset(await fetchDatasetJson(url))
  if (!result.ok) throw invalidDatasetError(url, result.problems)
  try {
    return createExplorerEngine(result.dataset)
  } catch (error) {
    // Only the lists were checked: a record the build never saw can still break the index.
    throw invalidDatasetError(url, [`dataset: ${error instanceof Error ? error.message : error}`])
  }
}
