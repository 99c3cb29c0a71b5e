import { DatasetError, throwWorded } from '../../dataset/dataset-error'
import type { ExplorerClient } from './explorer-protocol'
import type { DatasetIndex } from '../../model/dataset-index'

/**
 * The page's shared client (create-explorer-client.ts), its code loaded when first asked: the
 * explorer's first view comes with the page and needs none of it (never asked while prerendering).
 */
async function sharedClient(page: DatasetIndex): Promise<ExplorerClient> {
  try {
    const { explorerClient } = await import('./create-explorer-client')
    return explorerClient(page)
  } catch (error) {
    const why = error instanceof Error ? error.message : ''
    return throwWorded(new DatasetError('network', ['noExplorer', why]))
  }
}

const clients = new Map<string | undefined, ExplorerClient>()

/**
 * The explorer page's client, over the build's index its data names (explorerIndex) and the
 * whole dataset: its code and the engine load on first use.
 */
export function pageClient(page: DatasetIndex): ExplorerClient {
  const indexFolder = page.explorerIndex
  let client = clients.get(indexFolder)
  if (!client) {
    client = {
      explore: async (...args) => (await sharedClient(page)).explore(...args),
      download: async (...args) => (await sharedClient(page)).download(...args),
      warm: () => {
        sharedClient(page).then(
          (shared) => shared.warm(),
          () => {},
        )
      },
    }
    clients.set(indexFolder, client)
  }
  return client
}
