import { createContext, useContext } from 'react'
import type { DatasetIndex } from '../../model/dataset-index'

/**
 * The current page's part of the dataset, provided once per page by its route. A context, not
 * a hook per component: fifty quote cards would otherwise be fifty subscriptions.
 */
export const DatasetContext = createContext<DatasetIndex | null>(null)

export function useDatasetIndex(): DatasetIndex {
  const index = useContext(DatasetContext)
  if (!index) throw new Error('useDatasetIndex is used outside a page with data')
  return index
}
