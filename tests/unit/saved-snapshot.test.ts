import { describe, expect, it } from 'vitest'
import { snapshotOf } from '../../src/components/saved/saved-entries'
import { savedViewOf } from '../../src/features/saved/saved-index'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { exportRowsOf } from '../../src/search/export-quotes'
import { generateDataset } from '../../scripts/generate/dataset'
import { shippedCopy } from '../support/shipped-dataset'
import { compileSite } from '../../src/page-data/compile-site'
import { quoteFilesOf } from '../../src/page-data/quote-files'
import {
  QUOTE_FILES,
  hasQuoteFile,
  quoteFileKey,
  quoteFileOf,
} from '../../src/page-data/quote-pages'
import { paths } from '../../src/urls/paths'

// A saved quote keeps what its card shows (docs/offline.md): a dataset of its own, which must
// stand alone once the site's dataset has changed.

const SITE = 'https://paddock.example/'

describe.each([
  ['the shipped dataset', shippedCopy()],
  ['a generated archive', generateDataset({ seed: 7, quotes: 300 })],
])('a saved quote’s snapshot, for every quote of %s', (_, dataset) => {
  const index = buildDatasetIndex(dataset)

  it('is a valid dataset that downloads as the explorer’s row for the quote', () => {
    for (const quote of index.quotes) {
      const snapshot = snapshotOf(index, quote)
      const checked = validateDataset(snapshot)
      expect(checked.ok, quote.id).toBe(true)
      expect(exportRowsOf(buildDatasetIndex(snapshot), [quote], SITE)).toEqual(
        exportRowsOf(index, [quote], SITE),
      )
    }
  })

  it('weighs a few kilobytes at most, stored', () => {
    const sizes = index.quotes.map((quote) => JSON.stringify(snapshotOf(index, quote)).length)
    expect(Math.max(...sizes)).toBeLessThan(8_000)
  })
})

describe('the saved list as shown', () => {
  const dataset = shippedCopy()
  const index = buildDatasetIndex(dataset)
  const entryOf = (i: number, savedAt: string) => {
    const quote = index.quotes[i]
    if (!quote) throw new Error(`no quote ${i}`)
    return { id: quote.id, savedAt, snapshot: snapshotOf(index, quote) }
  }

  it('keeps the order saved, and leaves out a snapshot that is no valid dataset', () => {
    const damaged = {
      ...entryOf(2, '2026-01-03'),
      snapshot: { ...entryOf(2, '').snapshot, drivers: [] },
    }
    const view = savedViewOf([entryOf(1, '2026-01-02'), damaged, entryOf(0, '2026-01-01')], index)
    expect(view.quotes.map(({ quote }) => quote.id)).toEqual([
      index.quotes[1]?.id,
      index.quotes[0]?.id,
    ])
    expect(view.unreadable).toBe(1)
  })
})

describe.each([
  ['the shipped dataset', shippedCopy()],
  ['a generated archive', generateDataset({ seed: 7, quotes: 3000 })],
])('/saved’s map of the quote files, for %s', (_, dataset) => {
  const index = buildDatasetIndex(dataset)
  const pages = compileSite(index)
  const written = new Set([...quoteFilesOf(pages).keys()])
  const map = pages.find((page) => page.path === paths.saved())?.data.quoteFiles ?? ''

  it('names exactly the quote files the build writes, in 172 characters', () => {
    expect(map).toHaveLength(172)
    const named = Array.from({ length: QUOTE_FILES }, (__, file) => file).filter((file) =>
      hasQuoteFile(map, file),
    )
    expect(named.map(quoteFileKey)).toEqual([...written].sort(byFile))
    // A quote of the dataset is in a file the map names; one it does not have, maybe not.
    for (const { id } of index.quotes) expect(hasQuoteFile(map, quoteFileOf(id)), id).toBe(true)
  })
})

const byFile = (a: string, b: string) => Number(a.slice(2)) - Number(b.slice(2))
