import { expectPlantedAsDesigned } from '../support/planted-terms'
import { describe, expect, it } from 'vitest'
import { ARCHIVE_FIRST_YEAR, ARCHIVE_YEARS } from '../../scripts/generate/archive'
import { datasetChunks, generateDataset, serializeDataset } from '../../scripts/generate/dataset'
import { LEXICON, theLexicon } from '../../scripts/generate/lexicon'
import type { Dataset } from '../../src/dataset/schema'
import { validateDataset } from '../../src/dataset/validate-dataset'

const TIMEOUT = 60_000

const archive = (quotes: number, seed = 1) => generateDataset({ quotes, seed, shape: 'archive' })

/** How often each word of the quotes' own texts occurs, the most frequent first. */
function wordCounts(dataset: Dataset): number[] {
  const counts = new Map<string, number>()
  for (const quote of dataset.quotes) {
    for (const word of quote.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return [...counts.values()].sort((a, b) => b - a)
}

describe('the archive shape', { timeout: TIMEOUT }, () => {
  it('makes a valid dataset: 1,000 drivers, 100 teams, 50 races, 2,400 sources', () => {
    const dataset = archive(1000)
    const result = validateDataset(JSON.parse(serializeDataset(dataset)))
    const { quotes, drivers, teams, races, sources } = dataset

    expect(result.ok ? [] : result.problems).toEqual([])
    expect([quotes, drivers, teams, races, sources].map((list) => list.length)).toEqual([
      1000, 1000, 100, 50, 2400,
    ])
  })

  it('is deterministic: the same seed gives the same bytes, another seed others', () => {
    expect(serializeDataset(archive(300, 5))).toBe(serializeDataset(archive(300, 5)))
    expect(serializeDataset(archive(300, 6))).not.toBe(serializeDataset(archive(300, 5)))
  })

  it('spreads titled sources by a dozen publishers, a few far busier, over 25 years', () => {
    const { sources } = archive(0)
    const years = new Set(sources.map((source) => Number(source.published.slice(0, 4))))
    const byPublisher = new Map<string, number>()
    for (const { publisher } of sources) {
      byPublisher.set(publisher, (byPublisher.get(publisher) ?? 0) + 1)
    }
    const output = [...byPublisher.values()].sort((a, b) => b - a)
    const dutchOrEnglish = sources.filter((s) => s.language === 'nl' || s.language === 'en')

    expect([...years].sort()).toEqual(
      Array.from({ length: ARCHIVE_YEARS }, (_, i) => ARCHIVE_FIRST_YEAR + i),
    )
    expect(byPublisher.size).toBeGreaterThanOrEqual(8)
    expect(byPublisher.size).toBeLessThanOrEqual(15)
    expect(output[0]).toBeGreaterThan(5 * (output.at(-1) ?? Infinity))
    expect(dutchOrEnglish.length / sources.length).toBeGreaterThan(0.6)
    expect(new Set(sources.map((s) => s.language)).size).toBeGreaterThan(2)
    for (const source of sources) expect(source.title).toMatch(/^[A-Z][a-z]+( [a-z]+){2,}$/)
    // Numbered from the oldest.
    const dates = sources.map((s) => s.published.slice(0, 7))
    expect(dates).toEqual([...dates].sort())
  })

  it('draws its words from a large lexicon, as often as Zipf’s law says', () => {
    const counts = wordCounts(archive(10_000))
    const [first = 0] = counts
    const tenth = counts[9] ?? 0
    const thousandth = counts[999] ?? 0

    expect(counts.length).toBeGreaterThan(20_000)
    // Exponent 1: the tenth word about a tenth as frequent as the first, the 1,000th a thousandth.
    expect(first / tenth).toBeGreaterThan(5)
    expect(first / tenth).toBeLessThan(20)
    expect(first / thousandth).toBeGreaterThan(300)
  })

  it('meets new words as it grows, fewer than in proportion (Heaps’ law)', () => {
    const small = wordCounts(archive(2_000)).length
    const large = wordCounts(archive(20_000)).length

    expect(large / small).toBeGreaterThan(2.5)
    expect(large / small).toBeLessThan(10)
  })

  it('has distinct words without the planted terms’ letters, the frequent ones short', () => {
    const { words } = theLexicon()
    const mean = (list: readonly string[]) =>
      list.reduce((sum, word) => sum + word.length, 0) / list.length

    expect(new Set(words).size).toBe(LEXICON.size)
    expect(words.filter((word) => /[jqxywhc]/.test(word))).toEqual([])
    expect(mean(words.slice(0, 100))).toBeLessThan(mean(words.slice(-1000)) / 2)
  })

  it('plants the rare and common search terms as often as designed, as the app searches', () => {
    expectPlantedAsDesigned(archive(10_000))
  })
})

describe('datasetChunks', () => {
  it.each([false, true])(
    'writes serializeDataset’s bytes a record at a time (pretty %s)',
    (pretty) => {
      const dataset = generateDataset({ quotes: 40, seed: 2, drivers: 5, teams: 0, sources: 3 })

      expect([...datasetChunks(dataset, pretty)].join('')).toBe(serializeDataset(dataset, pretty))
    },
  )
})
