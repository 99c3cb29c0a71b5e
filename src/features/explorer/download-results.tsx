import { useRef } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useAbsoluteUrl } from '../../components/actions/use-absolute-url'
import { useExplorerClient } from './use-explorer-client'
import { withPage, type ExplorerFilters } from '../../urls/explorer-params'
import { formatCount, plural } from '../../format/labels'
import { downloadStatus, useDownload, type DownloadFormat } from './use-download'

const FORMATS: readonly DownloadFormat[] = [
  { name: 'CSV', format: 'csv', type: 'text/csv;charset=utf-8' },
  { name: 'JSON', format: 'json', type: 'application/json' },
]

type DownloadResultsProps = {
  filters: ExplorerFilters
  /** How many quotes the filters select: all of them go in the file. */
  count: number
}

/**
 * "Download these 12 quotes: CSV JSON": every result of the filters, made into a file by the
 * explorer's engine (off the main thread), then saved; a large one shows how far it got, and can
 * be cancelled. In the prerendered page too, so that nothing moves when the app takes over;
 * without JavaScript the page's notice says it needs it. Kept small: it is part of the
 * explorer's first load.
 */
export function DownloadResults({ filters, count }: DownloadResultsProps) {
  const client = useExplorerClient()
  const [params] = useSearchParams()
  const search = withPage(params, 1).toString()
  const base = useAbsoluteUrl('/')
  const viewUrl = useAbsoluteUrl(search ? `/?${search}` : '/')
  const { state, start, cancel } = useDownload({ client, filters, base, viewUrl }, count)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  /** Back to the format's button: the one that went away (Cancel, Retry) had the focus. */
  const refocus = (of: DownloadFormat) => buttons.current.get(of.format)?.focus()

  return (
    <div className="download-results">
      {`Download ${count === 1 ? 'this quote' : `these ${plural(count, 'quote')}`}:`}
      {FORMATS.map((of) => (
        <button
          key={of.format}
          ref={(button) => {
            if (button) buttons.current.set(of.format, button)
          }}
          type="button"
          className="button button--small button--quiet"
          onClick={() => void start(of)}
        >
          {/* The space outside: a name is put together from trimmed parts. */}
          <span className="visually-hidden">Download</span> {of.name}
        </button>
      ))}
      {state.step === 'preparing' && (
        <span className="download-results__progress">
          <progress
            aria-label={`Preparing ${state.of.name}`}
            max={state.total}
            {...(state.done !== undefined && { value: state.done })}
          />
          {`Preparing ${state.of.name}… `}
          {state.done === undefined
            ? plural(state.total, 'quote')
            : `${formatCount(state.done)} of ${plural(state.total, 'quote')}`}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              cancel()
              refocus(state.of)
            }}
          >
            Cancel
          </button>
        </span>
      )}
      {/* Said as it changes, not at every block: the bar above moves, this once a quarter. */}
      <span role="status" className={state.step === 'preparing' ? 'visually-hidden' : 'muted'}>
        {downloadStatus(state)}
      </span>
      {state.step === 'failed' && (
        <p className="notice notice--error" role="alert">
          The quotes could not be downloaded: {state.message}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              refocus(state.of)
              void start(state.of)
            }}
          >
            Retry
          </button>
        </p>
      )}
    </div>
  )
}
