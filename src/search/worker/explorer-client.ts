import { DatasetError } from '../../dataset/dataset-error'
import type { ExplorerClient } from './explorer-protocol'

/**
 * The page's shared client (create-explorer-client.ts), its code loaded when first asked: the
 * explorer's first view comes with the page and needs none of it (never asked while prerendering).
 */
async function sharedClient(indexFolder: string | undefined): Promise<ExplorerClient> {
  try {
    const { explorerClient } = await import('./create-explorer-client')
    return explorerClient(indexFolder)
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : ''
    throw new DatasetError('network', `The quote explorer could not be loaded${detail}.`)
  }
}

const clients = new Map<string | undefined, ExplorerClient>()

/**
 * The page's explorer client, over the build's index in `indexFolder` (the explorer page's data
 * names it) and the whole dataset: its code and the engine load on first use.
 */
export function pageClient(indexFolder: string | undefined): ExplorerClient {
  let client = clients.get(indexFolder)
  if (!client) {
    client = {
      explore: async (...args) => (await sharedClient(indexFolder)).explore(...args),
      download: async (...args) => (await sharedClient(indexFolder)).download(...args),
      warm: () => {
        sharedClient(indexFolder).then(
          (shared) => shared.warm(),
          () => {},
        )
      },
    }
    clients.set(indexFolder, client)
  }
  return client
}
