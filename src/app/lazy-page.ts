import { lazy, type ComponentType } from 'react'

export type LazyPage = { Component: ComponentType; preload: () => Promise<unknown> }

/** A page in its own chunk: rendered through Suspense, and loadable ahead of time. */
export function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyPage {
  return {
    Component: lazy(() => load().then((module) => ({ default: pick(module) }))),
    preload: load,
  }
}

/** Route handles carry their page's preload, so the first page's code loads with the data. */
export function preloadPages(matches: readonly { route: { handle?: unknown } }[]) {
  for (const { route } of matches) {
    const handle = route.handle
    if (typeof handle === 'object' && handle !== null && 'preload' in handle) {
      const preload = handle.preload
      if (typeof preload === 'function') void preload()
    }
  }
}
