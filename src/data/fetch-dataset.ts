import { buildDatasetIndex, type DatasetIndex } from './dataset-index'
import { datasetUrl, fetchDatasetJson, invalidDatasetError } from './fetch-dataset-json'
import { validateDataset } from './validate-dataset'

export { datasetUrl }

/** Fetches, checks, validates and indexes the dataset; every failure is a DatasetError. */
export async function fetchDataset(signal?: AbortSignal): Promise<DatasetIndex> {
  const url = datasetUrl()
  const result = validateDataset(await fetchDatasetJson(url, signal))
  if (!result.ok) throw invalidDatasetError(url, result.problems)
  return buildDatasetIndex(result.dataset)
}
