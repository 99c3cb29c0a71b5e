declare global {
  interface Window {
    /** The explorer's worker as public/view-boot.js leaves it for the app. */
    __paddockExplorer?: { worker: Worker; failed: boolean }
  }
}

/**
 * The explorer's worker that public/view-boot.js started for an address asking for a view,
 * before the app's code was in (it posted the worker the page's data: early-view.ts). Taken
 * once, by the page's client; undefined if there is none, or its script failed to load (the
 * client starts its own).
 */
export function takeEarlyWorker(): Worker | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__paddockExplorer
  if (!early) return undefined
  window.__paddockExplorer = undefined
  if (!early.failed) return early.worker
  early.worker.terminate()
  return undefined
}
