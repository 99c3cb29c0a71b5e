declare global {
  interface Window {
    /** The explorer's worker as src/app/view-boot.js leaves it for the app, while it runs. */
    __paddockExplorer?: Worker
  }
}

/**
 * The explorer's worker that src/app/view-boot.js started for an address asking for a view,
 * before the app's code was in (it posted the worker the page's data: early-view.ts). Taken
 * once, by the page's client; undefined if there is none, or its script failed to load
 * (view-boot.js then let go of it, and the client starts its own).
 */
export function takeEarlyWorker(): Worker | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__paddockExplorer
  if (early) window.__paddockExplorer = undefined
  return early
}
