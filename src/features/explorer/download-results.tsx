import { useRef } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useAbsoluteUrl } from '../../components/actions/use-absolute-url'
import { useExplorerClient } from './use-explorer-client'
import { withPage, type ExplorerFilters } from '../../urls/explorer-params'
import { useDownload } from './use-download'
import type { DownloadFormat } from './download-job'
import { explorerParts as words } from '../../i18n/en/explorer-parts'

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
  const { state, job, start, cancel } = useDownload(client, { filters, base, viewUrl }, count)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  /** Back to the format's button: the one that went away (Cancel, Retry) had the focus. */
  const refocus = (of: DownloadFormat) => buttons.current.get(of.format)?.focus()

  return (
    <div className="download-results" data-island="">
      {words.downloadThese(count)}
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
          <span className="visually-hidden">{words.download}</span> {of.name}
        </button>
      ))}
      {job && (
        <job.DownloadShown
          state={state}
          cancel={() => {
            cancel()
            if (state.step === 'preparing') refocus(state.of)
          }}
          retry={() => {
            if (state.step !== 'failed') return
            refocus(state.of)
            void start(state.of)
          }}
        />
      )}
      {/* Said as it changes, not at every block: the bar moves, this once a quarter. */}
      <span role="status" className={state.step === 'preparing' ? 'visually-hidden' : 'muted'}>
        {job?.downloadStatus(state)}
      </span>
    </div>
  )
}
