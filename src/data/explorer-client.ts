import { createContext, useContext } from 'react'
import { DatasetError } from './dataset-error'
import type { DownloadFile, ExploreOptions, ExplorePage } from './explorer-engine'
import type { ExportFormat } from './export-quotes'
import type { ExplorerFilters } from '../lib/explorer-params'

export type ExplorerClient = {
  /** One page of results; rejects with a DatasetError if the data cannot be had. */
  explore(filters: ExplorerFilters, page: number, options?: ExploreOptions): Promise<ExplorePage>
  /** Every result as a file (ExplorerEngine.download); rejects with a DatasetError like explore. */
  download(
    filters: ExplorerFilters,
    format: ExportFormat,
    base: string,
    viewUrl: string,
  ): Promise<DownloadFile>
  /** Starts the engine and the download now, for a reader about to filter; never rejects. */
  warm(): void
}

/** Another client than the page's shared one, for a view rendered on its own (tests). */
export const ExplorerClientContext = createContext<ExplorerClient | null>(null)

/**
 * The page's shared client (create-explorer-client.ts), its code loaded when first asked: the
 * explorer's first view comes with the page and needs none of it (never asked while prerendering).
 */
async function sharedClient(): Promise<ExplorerClient> {
  try {
    const { explorerClient } = await import('./create-explorer-client')
    return explorerClient()
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : ''
    throw new DatasetError('network', `The quote explorer could not be loaded${detail}.`)
  }
}

const pageClient: ExplorerClient = {
  explore: async (...args) => (await sharedClient()).explore(...args),
  download: async (...args) => (await sharedClient()).download(...args),
  warm: () => {
    sharedClient().then(
      (client) => client.warm(),
      () => {},
    )
  },
}

/** The explorer client of this view: the provided one, else the page's. */
export function useExplorerClient(): ExplorerClient {
  return useContext(ExplorerClientContext) ?? pageClient
}
