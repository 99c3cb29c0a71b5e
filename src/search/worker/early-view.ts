import type { Dataset } from '../../dataset/schema'
import { buildDatasetIndex } from '../../model/dataset-index'
import {
  isDefaultView,
  knownIds,
  parseExplorerParams,
  parsePage,
  type ExplorerFilters,
} from '../../urls/explorer-params'
import type { ExplorerSources } from './explorer-service'
import { explorerSourcesOf } from './explorer-sources'

/** The explorer's first view of a page, read from its address and data before the app runs. */
export type EarlyView = {
  sources: ExplorerSources
  /** The view the address asks for, as the app will ask it (use-explorer-state.ts); or none. */
  view: { filters: ExplorerFilters; page: number } | undefined
}

/**
 * What src/app/view-boot.js posts the worker it starts: the text of the page's data block
 * (src/page-data/boot-data.ts: `{ data: { slice, explorerIndex } }`, of which this reads only
 * the records and the index's folder) and the address's query, read as the app reads them, so
 * the worker starts on the view while the app's code loads. Undefined for text that does not
 * read as a page's data: the app's own request comes soon after, and says what is wrong.
 */
export function earlyViewOf(text: string, search: string, base: string): EarlyView | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const data = isRecord(json) ? json.data : undefined
  if (!isPageSlice(data)) return undefined
  const folder = typeof data.explorerIndex === 'string' ? data.explorerIndex : undefined
  const index = { ...buildDatasetIndex(data.slice), explorerIndex: folder }
  const params = new URLSearchParams(search)
  const filters = parseExplorerParams(params, knownIds(index))
  const page = parsePage(params, Number.MAX_SAFE_INTEGER)
  const asks = !(isDefaultView(filters) && page === 1)
  return { sources: explorerSourcesOf(index, base), view: asks ? { filters, page } : undefined }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The build wrote it (as the page's own data block, trusted as that is): its shape, not checked deeper. */
function isPageSlice(value: unknown): value is { slice: Dataset; explorerIndex?: unknown } {
  return isRecord(value) && isRecord(value.slice)
}
