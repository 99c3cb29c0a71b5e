import { createContext, useContext } from 'react'
import type { DatasetIndex } from './dataset-index'

/**
 * The loaded dataset, provided once by the gate. A context, not a query hook per component:
 * fifty quote cards would otherwise be fifty query-cache subscriptions.
 */
export const DatasetContext = createContext<DatasetIndex | null>(null)

export function useDatasetIndex(): DatasetIndex {
  const index = useContext(DatasetContext)
  if (!index) throw new Error('useDatasetIndex is used outside the dataset gate')
  return index
}
