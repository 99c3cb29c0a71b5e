import { expectPlantedAsDesigned } from '../support/planted-terms'
import { describe, expect, it } from 'vitest'
import { generateDataset, serializeDataset } from '../../scripts/generate/dataset'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { DEFAULTS, QUIET_SHARE, SHAPES } from '../../scripts/generate/shapes'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import { filtersFrom } from '../../src/urls/explorer-params'

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
    expect(dataset.sources).toHaveLength(DEFAULTS.sources)
  })

  it('has the counts of a newsroom by default: 1,000 drivers, 100 teams, 50 races, 40 sources', () => {
    const { drivers, teams, races, sources } = generateDataset({ quotes: 0, seed: 1 })

    expect([drivers.length, teams.length, races.length, sources.length]).toEqual([
      1000, 100, 50, 40,
    ])
  })

  it('honours other counts of drivers, teams and races', () => {
    const dataset = generateDataset({
      quotes: 50,
      seed: 3,
      drivers: 7,
      teams: 3,
      races: 2,
      sources: 1,
    })
    const { drivers, teams, races, sources } = dataset

    expect(validateDataset(dataset).ok).toBe(true)
    expect([drivers.length, teams.length, races.length, sources.length]).toEqual([7, 3, 2, 1])
  })

  it('spreads its sources by a few publishers over ten years', () => {
    const { sources } = generateDataset({ quotes: 0, seed: 1 })
    const years = new Set(sources.map((source) => source.published.slice(0, 4)))
    const publishers = new Set(sources.map((source) => source.publisher))

    expect([...years].sort()).toEqual(Array.from({ length: 10 }, (_, i) => String(2015 + i)))
    expect(publishers.size).toBeGreaterThan(1)
    expect(publishers.size).toBeLessThan(sources.length)
    expect(sources.some((source) => /^\d{4}-\d{2}-\d{2}$/.test(source.published))).toBe(true)
    expect(sources.some((source) => /^\d{4}-\d{2}$/.test(source.published))).toBe(true)
  })

  it('skews the quotes: the busiest driver, race and team far busier than the typical one', () => {
    const index = buildDatasetIndex(generateDataset({ quotes: 20_000, seed: 1 }))
    const sizes = (byId: ReadonlyMap<string, readonly unknown[]>) =>
      [...byId.values()].map((quotes) => quotes.length).sort((a, b) => b - a)

    for (const byId of [index.quotesBySpeaker, index.quotesByRace, index.quotesByTeam]) {
      const [busiest = 0] = sizes(byId)
      const median = sizes(byId)[Math.floor(byId.size / 2)] ?? 0
      expect(busiest).toBeGreaterThan(10 * median)
    }
    // Not by construction: the busiest driver is not simply the first.
    expect(sizes(index.quotesBySpeaker)[0]).not.toBe(
      index.quotesBySpeaker.get('driver-0001')?.length,
    )
  })

  it('lists a few drivers who are never quoted nor quoted about, as team rosters do', () => {
    const dataset = generateDataset({ quotes: 20_000, seed: 1 })
    const index = buildDatasetIndex(dataset)
    const quiet = dataset.drivers.filter((driver) => !index.quotesByDriver.has(driver.id))

    expect(quiet).toHaveLength(Math.floor(DEFAULTS.drivers * QUIET_SHARE))
    for (const driver of quiet) expect(driver.affiliations.length).toBeGreaterThan(0)
  })

  it('makes the speakers shape: quoted people and no teams, races, affiliations or ambitions', () => {
    const { quotes } = SHAPES.speakers
    const dataset = generateDataset({ quotes, seed: 1, shape: 'speakers' })
    const result = validateDataset(JSON.parse(serializeDataset(dataset)))
    const index = buildDatasetIndex(dataset)

    expect(result.ok ? [] : result.problems).toEqual([])
    expect(dataset.quotes).toHaveLength(2000)
    expect(dataset.drivers).toHaveLength(750)
    expect(dataset.teams).toEqual([])
    expect(dataset.races).toEqual([])
    expect(dataset.drivers.every((driver) => driver.affiliations.length === 0)).toBe(true)
    expect(dataset.quotes.every((quote) => quote.ambitions.length === 0)).toBe(true)
    // Every speaker says something, some far more than others.
    expect(index.quotesBySpeaker.size).toBe(750)
    const counts = [...index.quotesBySpeaker.values()].map((said) => said.length)
    expect(Math.max(...counts)).toBeGreaterThan(20 * Math.min(...counts))
    expect(exploreIndex(index, filtersFrom({ q: SEARCH_TERMS.rare.term })).results.length).toBe(2)
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
      expect(driver.name).toMatch(/^Driver [A-Z][a-z]+ [A-Z][a-z]+ \d{4}$/)
    }
  })

  it('plants the rare and common search terms as often as designed, as the app searches', () => {
    expectPlantedAsDesigned(generateDataset({ quotes: 20_000, seed: 1 }))
  })

  it('plants the rare term at least once in a small dataset', () => {
    const index = buildDatasetIndex(generateDataset({ quotes: 10, seed: 1 }))

    expect(exploreIndex(index, filtersFrom({ q: SEARCH_TERMS.rare.term })).results.length).toBe(1)
  })
})
