import type { Quote } from '../../dataset/schema'
import type { DatasetIndex } from '../../model/dataset-index'
import { hasActiveFilters, type ExplorerFilters } from '../../urls/explorer-params'
import {
  exportFilename,
  exportRowsOf,
  filtersJsonOf,
  quotesCsv,
  quotesJson,
  type ExportFormat,
} from '../export-quotes'
import { paramsOf } from './filters-params'

/** A file of every result of some filters, made where the results are: plain, for postMessage. */
export type DownloadFile = { text: string; count: number; filename: string }

/**
 * The quotes as a CSV or JSON file, named after the filters applied (which the JSON lists too);
 * `base` is the site's absolute address (for permalinks), `viewUrl` the explorer's of the view.
 */
export function downloadFile(
  index: DatasetIndex,
  filters: ExplorerFilters,
  quotes: readonly Quote[],
  format: ExportFormat,
  base: string,
  viewUrl: string,
): DownloadFile {
  const rows = exportRowsOf(index, quotes, base)
  const params = paramsOf(filters)
  const text =
    format === 'csv'
      ? quotesCsv(rows)
      : quotesJson(rows, {
          url: viewUrl,
          exported: new Date().toISOString(),
          filters: filtersJsonOf(params),
        })
  const words = hasActiveFilters(filters) ? [...params.values()] : []
  return { text, count: rows.length, filename: exportFilename(words, rows.length, format) }
}
