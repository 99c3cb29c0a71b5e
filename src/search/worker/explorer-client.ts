import { DatasetError } from '../../dataset/dataset-error'
import type { ExplorerClient } from './explorer-protocol'

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

/** The page's explorer client: its code and the engine load on first use. */
export const pageClient: ExplorerClient = {
  explore: async (...args) => (await sharedClient()).explore(...args),
  download: async (...args) => (await sharedClient()).download(...args),
  warm: () => {
    sharedClient().then(
      (client) => client.warm(),
      () => {},
    )
  },
}
