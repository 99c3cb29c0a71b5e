import { beforeAll, beforeEach, vi } from 'vitest'
import { loadIslands } from '../src/components/page/island'

// A console.error in a test is a bug the user would see as a broken page: fail on it.
const consoleError = console.error
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleError(...args)
    throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 500)}`)
  })
})

// Islands render whole from their first render, as in the prerendered HTML (island.tsx).
beforeAll(loadIslands)
