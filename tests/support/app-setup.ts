import '@testing-library/jest-dom/vitest'
// Vitest runs without globals, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
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
