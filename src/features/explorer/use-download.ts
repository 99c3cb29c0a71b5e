import { useEffect, useRef, useState } from 'react'
import type { ExplorerClient } from '../../search/worker/explorer-protocol'
import type * as DownloadJob from './download-job'
import type { DownloadFormat, DownloadRequest, DownloadState } from './download-job'

type Job = typeof DownloadJob

/**
 * Makes the file of every result in the explorer's engine (off the main thread, which only
 * hears how far it got), then saves it. One download at a time: a new one, or leaving the view,
 * cancels the last. `job`: the code that shows and saves it, loaded on the first click.
 */
export function useDownload(client: ExplorerClient, request: DownloadRequest, count: number) {
  const [state, setState] = useState<DownloadState>({ step: 'idle' })
  const [job, setJob] = useState<Job | null>(null)
  const running = useRef<AbortController | null>(null)
  useEffect(() => () => running.current?.abort(), [])

  const start = async (of: DownloadFormat) => {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setState({ step: 'preparing', of, done: undefined, total: count })
    try {
      const loaded = await import('./download-job')
      setJob(loaded)
      // Only while it runs: a block that was in flight when another failed may still report.
      const saved = await loaded.runDownload(client, request, of, controller.signal, (p) => {
        if (running.current === controller) setState({ step: 'preparing', of, ...p })
      })
      setState({ step: 'saved', of, count: saved })
    } catch (error) {
      if (controller.signal.aborted) return
      const message = error instanceof Error ? error.message : String(error)
      setState({ step: 'failed', of, message })
    } finally {
      if (running.current === controller) running.current = null
    }
  }
  const cancel = () => {
    if (state.step !== 'preparing') return
    running.current?.abort()
    setState({ step: 'cancelled', of: state.of })
  }
  return { state, job, start, cancel }
}
