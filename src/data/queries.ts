import { queryOptions } from '@tanstack/react-query'
import { fetchDataset } from './fetch-dataset'

export const datasetKeys = {
  all: ['dataset'] as const,
  current: () => [...datasetKeys.all, 'current'] as const,
}

/** The static dataset: fetched once per page load, never stale. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.current(),
    queryFn: ({ signal }) => fetchDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
