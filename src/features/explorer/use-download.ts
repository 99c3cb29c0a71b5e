import { useEffect, useRef, useState } from 'react'
import type { ExportFormat } from '../../search/export-quotes'
import type { ExplorerClient } from '../../search/worker/explorer-protocol'
import type { ExplorerFilters } from '../../urls/explorer-params'
import { plural } from '../../format/labels'

/** A download's file: its name on the button, its request, its file's media type. */
export type DownloadFormat = { name: string; format: ExportFormat; type: string }

/** Where a download is: under way (with how many quotes are written, once known), or over. */
export type DownloadState =
  | { step: 'idle' }
  | { step: 'preparing'; of: DownloadFormat; done: number | undefined; total: number }
  | { step: 'saved'; of: DownloadFormat; count: number }
  | { step: 'cancelled'; of: DownloadFormat }
  | { step: 'failed'; of: DownloadFormat; message: string }

type Request = { client: ExplorerClient; filters: ExplorerFilters; base: string; viewUrl: string }

/**
 * Makes the file of every result in the explorer's engine (off the main thread, which only
 * hears how far it got), then saves it. One download at a time: a new one, or leaving the view,
 * cancels the last.
 */
export function useDownload({ client, filters, base, viewUrl }: Request, count: number) {
  const [state, setState] = useState<DownloadState>({ step: 'idle' })
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const start = async (of: DownloadFormat) => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setState({ step: 'preparing', of, done: undefined, total: count })
    try {
      const file = await client.download(filters, of.format, base, viewUrl, {
        signal: controller.signal,
        // Only while it runs: a block that was in flight when another failed may still report.
        onProgress: ({ done, total }) => {
          if (running.current === controller) setState({ step: 'preparing', of, done, total })
        },
      })
      saveFile(new Blob([file.blob], { type: of.type }), file.filename)
      setState({ step: 'saved', of, count: file.count })
    } catch (error) {
      if (controller.signal.aborted) return
      setState({
        step: 'failed',
        of,
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      if (running.current === controller) running.current = null
    }
  }
  const cancel = () => {
    if (state.step !== 'preparing') return
    running.current?.abort()
    setState({ step: 'cancelled', of: state.of })
  }
  return { state, start, cancel }
}

/** What the status region says: once as a download starts, at each quarter, and as it ends. */
export function downloadStatus(state: DownloadState): string {
  switch (state.step) {
    case 'idle':
    case 'failed':
      return ''
    case 'cancelled':
      return `Cancelled the ${state.of.name} download`
    case 'saved':
      return `Downloaded ${plural(state.count, 'quote')} as ${state.of.name}`
    case 'preparing': {
      const quarter = Math.floor(((state.done ?? 0) / Math.max(1, state.total)) * 4)
      const at = Math.floor((quarter * state.total) / 4)
      const of = plural(state.total, 'quote')
      return `Preparing ${state.of.name}… ${quarter === 0 ? of : `${at.toLocaleString('en-GB')} of ${of}`}`
    }
  }
}

function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Not at once: the browser reads the address as the download starts, a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
