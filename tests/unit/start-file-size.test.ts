import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate/dataset'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import {
  compileIndex,
  compileIndexInto,
  compileStartFile,
} from '../../src/search/index-build/compile-index'
import { DEFAULT_SIZES, indexPaths, type StartFile } from '../../src/search/sharded/index-format'

// 200,000 quotes generated and their words read: about 17 s of CPU; minutes on a busy machine.
const TIMEOUT = 300_000

const archive = (quotes: number) =>
  buildDatasetIndex(generateDataset({ quotes, seed: 1, shape: 'archive' }))

/** How many numbers a start-up file holds: what its length is made of. */
function numbersIn(start: StartFile): number {
  return JSON.stringify(start).match(/-?\d+/g)?.length ?? 0
}

describe("the explorer index's start-up file", { timeout: TIMEOUT }, () => {
  it('is the file the build writes, whether the words are compiled at once or in shares', () => {
    const index = archive(600)
    const files = compileIndex(index)
    const inShares = new Map<string, string>()
    compileIndexInto(index, inShares, DEFAULT_SIZES, 200)

    expect(JSON.stringify(compileStartFile(index))).toBe(files.get(indexPaths.start))
    // A large archive's words are compiled a share of the buckets at a time: the same files.
    expect(inShares.size).toBe(files.size)
    for (const [file, text] of files) expect(inShares.get(file), file).toBe(text)
  })

  it('holds as many numbers at 200,000 quotes as at 1,000, and stays a few kB', () => {
    const [small, large] = [1000, 200_000].map((quotes) => compileStartFile(archive(quotes)))
    if (!small || !large) throw new Error('two start-up files')
    const bytes = (start: StartFile) => JSON.stringify(start).length
    const gzipped = (start: StartFile) => gzipSync(JSON.stringify(start)).length

    expect(large.quotes).toBe(200_000)
    // One number per year, driver, team and race (and a few more), never one per quote.
    expect(numbersIn(large)).toBe(numbersIn(small))
    // Only the numbers' digits grow: 200 times the quotes, not twice the bytes.
    expect(bytes(large)).toBeLessThan(2 * bytes(small))
    expect(gzipped(large)).toBeLessThan(8_000)
  })
})
