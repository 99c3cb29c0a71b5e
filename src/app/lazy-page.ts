import { lazy, type ComponentType } from 'react'

export type LazyPage = { Component: ComponentType; preload: () => Promise<unknown> }

/** A page in its own chunk: rendered through Suspense, and loadable ahead of time. */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  return {
    Component: lazy(() =>
      load().then((module) =>
        // After a redeploy Vite resolves a missing chunk with undefined once it has started the
        // reload (reload-on-stale-chunk.ts): keep showing the placeholder until the page goes.
        module === undefined ? new Promise<never>(() => {}) : { default: pick(module) },
      ),
    ),
    preload: load,
  }
}

/** Route handles carry their page's preload, so the first page's code loads with the data. */
export function preloadPages(matches: readonly { route: { handle?: unknown } }[]) {
  for (const { route } of matches) {
    const handle = route.handle
    if (typeof handle === 'object' && handle !== null && 'preload' in handle) {
      const preload = handle.preload
      // A chunk that fails here fails again where the page needs it, and says so there.
      if (typeof preload === 'function') Promise.resolve(preload()).catch(() => {})
    }
  }
}
