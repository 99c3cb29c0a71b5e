import { describe, expect, it } from 'vitest'
import {
  DEFAULTS,
  SEARCH_TERMS,
  generateDataset,
  serializeDataset,
} from '../../scripts/generate-dataset'
import { validateDataset } from '../../src/data/validate-dataset'
import { buildDatasetIndex } from '../../src/data/dataset-index'
import { explore } from '../../src/data/explore'
import { filtersFrom } from '../../src/lib/explorer-params'

const TIMEOUT = 30_000

describe('generateDataset', { timeout: TIMEOUT }, () => {
  it.each([0, 1, 500])('makes a valid dataset of %i quotes', (quotes) => {
    const dataset = generateDataset({ quotes, seed: 1 })
    const result = validateDataset(JSON.parse(serializeDataset(dataset)))

    expect(result.ok ? [] : result.problems).toEqual([])
    expect(dataset.quotes).toHaveLength(quotes)
    expect(dataset.drivers).toHaveLength(DEFAULTS.drivers)
    expect(dataset.teams).toHaveLength(DEFAULTS.teams)
    expect(dataset.races).toHaveLength(DEFAULTS.races)
    expect(dataset.sources.length).toBeGreaterThan(1)
  })

  it('honours other counts of drivers, teams and races', () => {
    const dataset = generateDataset({ quotes: 50, seed: 3, drivers: 7, teams: 3, races: 2 })

    expect(validateDataset(dataset).ok).toBe(true)
    expect([dataset.drivers.length, dataset.teams.length, dataset.races.length]).toEqual([7, 3, 2])
  })

  it('is deterministic: the same seed gives the same bytes, another seed others', () => {
    const a = serializeDataset(generateDataset({ quotes: 300, seed: 42 }), true)
    const b = serializeDataset(generateDataset({ quotes: 300, seed: 42 }), true)
    const c = serializeDataset(generateDataset({ quotes: 300, seed: 43 }), true)

    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('writes plausible quotes: lengths, translations, affiliations, references', () => {
    const { quotes, drivers } = generateDataset({ quotes: 2000, seed: 7 })
    const lengths = quotes.map((quote) => quote.text.length)
    const translated = quotes.filter((quote) => quote.translations).length

    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(60)
    expect(Math.max(...lengths)).toBeLessThanOrEqual(600)
    expect(translated / quotes.length).toBeGreaterThan(0.4)
    expect(translated / quotes.length).toBeLessThan(0.6)
    expect(quotes.some((quote) => quote.aboutDriverIds.length > 0)).toBe(true)
    expect(quotes.some((quote) => quote.ambitions.length > 0)).toBe(true)
    for (const driver of drivers) {
      expect(driver.affiliations.length).toBeGreaterThanOrEqual(1)
      expect(driver.affiliations.length).toBeLessThanOrEqual(2)
      expect(driver.name).toMatch(/^Driver [A-Z][a-z]+ [A-Z][a-z]+ \d{3}$/)
    }
  })

  it('plants the rare and common search terms as often as designed, as the app searches', () => {
    const quotes = 20_000
    const index = buildDatasetIndex(generateDataset({ quotes, seed: 1 }))
    const found = (q: string) => explore(index, filtersFrom({ q })).results.length
    const { rare, common } = SEARCH_TERMS

    expect(found(rare.term)).toBe(Math.round(quotes * rare.share))
    expect(found(common.term)).toBe(Math.round(quotes * common.share))
    // The last keystroke of each term changes the count: its decoy shares the rest.
    expect(found(rare.term.slice(0, -1))).toBeGreaterThan(found(rare.term))
    expect(found(common.term.slice(0, -1))).toBeGreaterThan(found(common.term))
  })

  it('plants the rare term at least once in a small dataset', () => {
    const index = buildDatasetIndex(generateDataset({ quotes: 10, seed: 1 }))

    expect(explore(index, filtersFrom({ q: SEARCH_TERMS.rare.term })).results.length).toBe(1)
  })
})
