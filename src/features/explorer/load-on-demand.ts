import { useSyncExternalStore } from 'react'
import { rememberPromise } from '../../lib/remember-promise'

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
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  // A failed chunk is asked for again next time (a redeploy reloads the page first).
  const loading = rememberPromise(() =>
    importer().then((module) => {
      loaded = module
      for (const listener of listeners) listener()
    }),
  )
  const load = () => loading().catch(() => {})
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
