import { beforeEach, vi } from 'vitest'

// A console.error in a test is a bug the user would see as a broken page: fail on it.
const consoleError = console.error
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleError(...args)
    throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 500)}`)
  })
})
