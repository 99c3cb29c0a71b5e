import { queryOptions } from '@tanstack/react-query'

export const datasetKeys = {
  all: ['dataset'] as const,
  current: () => [...datasetKeys.all, 'current'] as const,
}

/** The static dataset: fetched once per page load, never stale. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.current(),
    // Validation and indexing load with the data, not with the first page's JavaScript.
    queryFn: async ({ signal }) => (await import('./fetch-dataset')).fetchDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
