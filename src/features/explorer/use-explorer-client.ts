import { createContext, useContext } from 'react'
import { useDatasetIndex } from '../../components/page/use-dataset'
import { pageClient } from '../../search/worker/explorer-client'
import type { ExplorerClient } from '../../search/worker/explorer-protocol'

/** Another client than the page's shared one, for a view rendered on its own (tests). */
export const ExplorerClientContext = createContext<ExplorerClient | null>(null)

/** The explorer client of this view: the provided one, else the page's. */
export function useExplorerClient(): ExplorerClient {
  const provided = useContext(ExplorerClientContext)
  const page = useDatasetIndex()
  return provided ?? pageClient(page)
}
