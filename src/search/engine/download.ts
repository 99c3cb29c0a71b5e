import type { Quote } from '../../dataset/schema'
import type { DatasetIndex } from '../../model/dataset-index'
import { hasActiveFilters, type ExplorerFilters } from '../../urls/explorer-params'
import {
  csvWriter,
  exportFilename,
  exportRowsOf,
  filtersJsonOf,
  jsonWriter,
  type ExportFormat,
  type ExportWriter,
} from '../export-quotes'
import { paramsOf } from './filters-params'

/** A file of every result of some filters, made where the results are: plain, for postMessage. */
export type DownloadFile = { text: string; count: number; filename: string }

/**
 * How a file of `count` results of `filters` is written, and its name, after the filters applied
 * (which the JSON lists too); `viewUrl` is the explorer's address of the view.
 */
export function exportOf(
  filters: ExplorerFilters,
  count: number,
  format: ExportFormat,
  viewUrl: string,
): { writer: ExportWriter; filename: string } {
  const params = paramsOf(filters)
  const writer =
    format === 'csv'
      ? csvWriter()
      : jsonWriter(
          { url: viewUrl, exported: new Date().toISOString(), filters: filtersJsonOf(params) },
          count,
        )
  const words = hasActiveFilters(filters) ? [...params.values()] : []
  return { writer, filename: exportFilename(words, count, format) }
}

/**
 * The quotes as a CSV or JSON file (exportOf), at once; `base` is the site's absolute address
 * (for permalinks).
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
  const { writer, filename } = exportOf(filters, rows.length, format, viewUrl)
  const text = writer.head + rows.map(writer.row).join('') + writer.tail
  return { text, count: rows.length, filename }
}
