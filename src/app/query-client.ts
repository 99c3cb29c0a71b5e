import { QueryClient } from '@tanstack/react-query'
import { DatasetError } from '../dataset/dataset-error'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A dropped connection may come back; a 404 or a broken file will not.
        retry: (failureCount, error) =>
          error instanceof DatasetError && error.kind === 'network' && failureCount < 1,
        refetchOnWindowFocus: false,
      },
    },
  })
}
