import type { ExportFormat } from '../../search/export-quotes'
import type { DownloadProgress, ExplorerClient } from '../../search/worker/explorer-protocol'
import type { ExplorerFilters } from '../../urls/explorer-params'
import { search as words } from '../../i18n/en/search'
import { core } from '../../i18n/en/core'

// Loaded on a download's first click (use-download.ts), not with the explorer's first view.

/** A download's file: its name on the button, its request, its file's media type. */
export type DownloadFormat = { name: string; format: ExportFormat; type: string }
/** What it is of: the view's filters, the site's address (for permalinks) and the view's. */
export type DownloadRequest = { filters: ExplorerFilters; base: string; viewUrl: string }

/** Where a download is: under way (with how many quotes are written, once known), or over. */
export type DownloadState =
  | { step: 'idle' }
  | { step: 'preparing'; of: DownloadFormat; done: number | undefined; total: number }
  | { step: 'saved'; of: DownloadFormat; count: number }
  | { step: 'cancelled'; of: DownloadFormat }
  | { step: 'failed'; of: DownloadFormat; message: string }

/** Has the explorer's engine make the file, then saves it; resolves with its count of quotes. */
export async function runDownload(
  client: ExplorerClient,
  { filters, base, viewUrl }: DownloadRequest,
  of: DownloadFormat,
  signal: AbortSignal,
  onProgress: (progress: DownloadProgress) => void,
): Promise<number> {
  const file = await client.download(filters, of.format, base, viewUrl, { signal, onProgress })
  const url = URL.createObjectURL(new Blob([file.blob], { type: of.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  document.body.append(link)
  link.click()
  link.remove()
  // Not at once: the browser reads the address as the download starts, a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
  return file.count
}

/** What the status region says: once as a download starts, at each quarter, and as it ends. */
export function downloadStatus(state: DownloadState): string {
  switch (state.step) {
    case 'idle':
    case 'failed':
      return ''
    case 'cancelled':
      return words.cancelled(state.of.name)
    case 'saved':
      return words.downloaded(state.count, state.of.name)
    case 'preparing': {
      const quarter = Math.floor(((state.done ?? 0) / Math.max(1, state.total)) * 4)
      const at = Math.floor((quarter * state.total) / 4)
      return `${words.preparing(state.of.name)}… ${words.progress(quarter === 0 ? undefined : at, state.total)}`
    }
  }
}

type DownloadShownProps = { state: DownloadState; cancel: () => void; retry: () => void }

/** A download under way (a bar, how far, Cancel) or failed (why, Retry); nothing otherwise. */
export function DownloadShown({ state, cancel, retry }: DownloadShownProps) {
  if (state.step === 'preparing') {
    return (
      <span className="download-results__progress">
        <progress
          aria-label={words.preparing(state.of.name)}
          max={state.total}
          {...(state.done !== undefined && { value: state.done })}
        />
        {`${words.preparing(state.of.name)}… `}
        {words.progress(state.done, state.total)}
        <button type="button" className="button button--small button--quiet" onClick={cancel}>
          {words.cancel}
        </button>
      </span>
    )
  }
  if (state.step !== 'failed') return null
  return (
    <p className="notice notice--error" role="alert">
      {words.notDownloaded(state.message)}{' '}
      <button type="button" className="button button--small" onClick={retry}>
        {core.retry}
      </button>
    </p>
  )
}
