import { useAbsoluteUrl } from '../../components/actions/use-absolute-url'
import { useActionStatus } from '../../components/actions/use-action-status'
import type { DatasetIndex } from '../../model/dataset-index'
import type * as ExportQuotes from '../../search/export-quotes'
import { saved as words } from '../../i18n/en/saved'
import { paths } from '../../urls/paths'
import type { SavedQuote } from './saved-index'

const FORMATS = [
  { name: 'CSV', format: 'csv', type: 'text/csv;charset=utf-8' },
  { name: 'JSON', format: 'json', type: 'application/json' },
] as const satisfies readonly { name: string; format: ExportQuotes.ExportFormat; type: string }[]

type ExportCode = typeof ExportQuotes
type SavedDownloadsProps = { index: DatasetIndex; quotes: readonly SavedQuote[] }

/**
 * "Download these 3 quotes: CSV JSON": the saved list, newest first, in the explorer's formats
 * (export-quotes.ts): the same columns, and the JSON's `url` is this page's address.
 */
export function SavedDownloads({ index, quotes }: SavedDownloadsProps) {
  const base = useAbsoluteUrl('/')
  const pageUrl = useAbsoluteUrl(paths.saved())
  const { say } = useActionStatus()
  const download = (of: (typeof FORMATS)[number]) => {
    // The explorer's export code, loaded on the first download: not one more file for the route.
    void import('../../search/export-quotes').then(
      (code) => save(code, of),
      () => say(words.downloadFailed, true),
    )
  }
  const save = (
    { exportFilename, exportRowsOf, quotesCsv, quotesJson }: ExportCode,
    { name, format, type }: (typeof FORMATS)[number],
  ) => {
    const rows = exportRowsOf(
      index,
      quotes.map(({ quote }) => quote),
      base,
    )
    const meta = { url: pageUrl, exported: new Date().toISOString(), filters: {} }
    const text = format === 'csv' ? quotesCsv(rows) : quotesJson(rows, meta)
    const url = URL.createObjectURL(new Blob([text], { type }))
    const link = document.createElement('a')
    link.href = url
    link.download = exportFilename(['saved'], rows.length, format)
    document.body.append(link)
    link.click()
    link.remove()
    // Not at once: the browser reads the address as the download starts, a moment later.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000)
    say(words.downloaded(rows.length, name))
  }
  return (
    <div className="download-results">
      {words.downloadThese(quotes.length)}
      {FORMATS.map((of) => (
        <button
          key={of.format}
          type="button"
          className="button button--small button--quiet"
          onClick={() => download(of)}
        >
          {/* The space outside: a name is put together from trimmed parts. */}
          <span className="visually-hidden">{words.download}</span> {of.name}
        </button>
      ))}
    </div>
  )
}
