import { useSuspenseQuery } from '@tanstack/react-query'
import type { DatasetIndex } from './dataset-index'
import { datasetQueryOptions } from './queries'

/** The loaded dataset. Pages render inside DatasetGate, so this never waits. */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery(datasetQueryOptions()).data
}
