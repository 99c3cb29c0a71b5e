import '@testing-library/jest-dom/vitest'
// Vitest runs without globals, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { RouteObject } from 'react-router-dom'
import { appRoutes } from './open-app'
import { server } from './msw-server'

// What a test of the app needs beyond tests/setup.ts: DOM matchers, a fresh page, no network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

// jsdom has no layout, so no scrolling: ScrollRestoration's calls are no-ops here.
window.scrollTo = () => {}

// The app loads its data code and each page's code on demand. Under Vitest that means
// transforming and evaluating modules, seconds on a busy machine, which a file's first test
// would pay inside its load wait. Load them once per file, before any test, on their own clock.
beforeAll(async () => {
  await Promise.all([
    ...pagePreloads(appRoutes()),
    // The explorer's engine, which the in-thread client (no Worker in jsdom) imports on demand.
    import('../../src/search/engine/explorer-engine'),
    import('../../src/search/worker/load-explorer-engine'),
  ])
}, 60_000)

function pagePreloads(routeObjects: readonly RouteObject[]): Promise<unknown>[] {
  return routeObjects.flatMap(({ lazy, children = [] }: RouteObject) => [
    // The route's own `lazy`, as the router calls it: it imports the page's module.
    ...(typeof lazy === 'function' ? [lazy()] : []),
    ...pagePreloads(children),
  ])
}
