import { useSyncExternalStore } from 'react'

export type OnDemand<T> = {
  /** Starts loading the code, once (again after a failure); never rejects. */
  load: () => Promise<void>
  /** The code once it is in, else undefined; a component using it renders again when it comes. */
  useLoaded: () => T | undefined
}

/**
 * Code the page does not load with it, for what its first view does not show. While the browser
 * takes over a prerendered page it counts as not in, as it was while prerendering: what it
 * renders is never in the HTML, so taking over cannot mismatch.
 */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined
  let loading: Promise<void> | undefined
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  const load = () => {
    loading ??= importer().then(
      (module) => {
        loaded = module
        for (const listener of listeners) listener()
      },
      () => {
        // A failed chunk is asked for again next time (a redeploy reloads the page first).
        loading = undefined
      },
    )
    return loading
  }
  return {
    load,
    useLoaded: () =>
      useSyncExternalStore(
        subscribe,
        () => loaded,
        () => undefined,
      ),
  }
}
