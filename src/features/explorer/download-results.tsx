import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useAbsoluteUrl } from '../../components/actions/use-absolute-url'
import { useExplorerClient } from './use-explorer-client'
import type { ExportFormat } from '../../search/export-quotes'
import { withPage, type ExplorerFilters } from '../../urls/explorer-params'
import { plural } from '../../format/labels'

/** Each format: its name on the button, its request, its file's media type. */
const FORMATS = [
  ['CSV', 'csv', 'text/csv;charset=utf-8'],
  ['JSON', 'json', 'application/json'],
] as const

type DownloadResultsProps = {
  filters: ExplorerFilters
  /** How many quotes the filters select: all of them go in the file. */
  count: number
}

/**
 * "Download these 12 quotes: CSV JSON": every result of the filters, made into a file by the
 * explorer's engine (off the main thread), then saved. In the prerendered page too, so that
 * nothing moves when the app takes over; without JavaScript the page's notice says it needs it.
 * Kept small: it is part of the explorer's first load.
 */
export function DownloadResults({ filters, count }: DownloadResultsProps) {
  const client = useExplorerClient()
  const [params] = useSearchParams()
  const search = withPage(params, 1).toString()
  const base = useAbsoluteUrl('/')
  const viewUrl = useAbsoluteUrl(search ? `/?${search}` : '/')
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState('')

  const download = async (name: string, format: ExportFormat, type: string) => {
    setFailure('')
    setStatus(`Preparing ${plural(count, 'quote')}…`)
    try {
      const file = await client.download(filters, format, base, viewUrl)
      const url = URL.createObjectURL(new Blob([file.text], { type }))
      const link = document.createElement('a')
      link.href = url
      link.download = file.filename
      document.body.append(link)
      link.click()
      link.remove()
      // Not at once: the browser reads the address as the download starts, a moment later.
      window.setTimeout(() => URL.revokeObjectURL(url), 1000)
      setStatus(`Downloaded ${plural(file.count, 'quote')} as ${name}`)
    } catch (error) {
      setStatus('')
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <div className="download-results">
      {`Download ${count === 1 ? 'this quote' : `these ${plural(count, 'quote')}`}:`}
      {FORMATS.map(([name, format, type]) => (
        <button
          key={format}
          type="button"
          className="button button--small button--quiet"
          onClick={() => void download(name, format, type)}
        >
          {/* The space outside: a name is put together from trimmed parts. */}
          <span className="visually-hidden">Download</span> {name}
        </button>
      ))}
      <span role="status" className="muted">
        {status}
      </span>
      {failure && (
        <p className="notice notice--error" role="alert">
          The quotes could not be downloaded: {failure}
        </p>
      )}
    </div>
  )
}
