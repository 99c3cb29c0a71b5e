import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// Vitest runs from the repository root (jsdom's URL cannot build file: addresses).
const file = resolve(process.cwd(), 'public/data/quotes.json')

/** A fresh copy of the shipped dataset as plain JSON, for tests to serve or to break. */
export function shippedDataset(): Record<string, unknown> & { quotes: unknown[] } {
  return JSON.parse(readFileSync(file, 'utf8'))
}
