import { describe, expect, it } from 'vitest'
import { rememberRecent } from '../../src/lib/remember-recent'
import { createIndexReader } from '../../src/search/sharded/index-reader'
import { shippedCopy } from '../support/shipped-dataset'

describe('rememberRecent', () => {
  it('makes each value once while it is among the last `limit` asked for', () => {
    const cache = rememberRecent<string>(2)
    const made: string[] = []
    const get = (key: string) => cache.get(key, () => (made.push(key), `value of ${key}`))
    expect(get('a')).toBe('value of a')
    get('b')
    get('a') // a is the newest again: b goes next
    get('c')
    expect(cache.size).toBe(2)
    get('a')
    get('b')
    expect(made).toEqual(['a', 'b', 'c', 'b'])
  })

  it('forgets a value only if it is still the one made for its key', () => {
    const cache = rememberRecent<string>(4)
    const first = cache.get('a', () => 'first')
    cache.forget('a', 'another')
    expect(cache.get('a', () => 'second')).toBe(first)
    cache.forget('a', first)
    expect(cache.get('a', () => 'second')).toBe('second')
  })
})

describe('the index reader in a long session', () => {
  // A record block of the index (docs/explorer-index.md): one quote and its source.
  const { quotes, sources } = shippedCopy()
  const block = { quotes: quotes.slice(0, 1), sources: sources.slice(0, 1) }

  it('keeps the files it read last, not every file it ever read', async () => {
    const fetched: string[] = []
    const reader = createIndexReader(async (path) => {
      fetched.push(path)
      return block
    }, 3)
    const read = (block: number) => reader.records([block], 1)
    for (const b of [0, 1, 2, 1]) await read(b)
    expect(fetched).toEqual(['r/0.json', 'r/1.json', 'r/2.json'])
    await read(3) // four files read: the least recently read, block 0, is let go
    await read(1)
    await read(0)
    expect(fetched).toEqual(['r/0.json', 'r/1.json', 'r/2.json', 'r/3.json', 'r/0.json'])
  })

  it('asks again for a file that failed, not for ever the failure', async () => {
    let fail = true
    const reader = createIndexReader(async () => {
      if (fail) throw new Error('503')
      return block
    })
    await expect(reader.records([0], 8)).rejects.toThrow('503')
    fail = false
    await expect(reader.records([0], 8)).resolves.toHaveLength(1)
  })
})
