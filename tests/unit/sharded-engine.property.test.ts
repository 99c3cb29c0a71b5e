import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import type { ExplorerResult } from '../../src/search/explorer-result'
import { compileIndex } from '../../src/search/sharded/compile-index'
import type { IndexSizes } from '../../src/search/sharded/index-format'
import { createShardedEngine } from '../../src/search/sharded/sharded-engine'
import type { Dataset } from '../../src/dataset/schema'
import { FACETS, SORTS, type ExplorerFilters } from '../../src/urls/explorer-params'
import { generateDataset } from '../../scripts/generate/dataset'
import { datasetArbitrary } from '../support/arbitrary-dataset'

// The sharded index (docs/explorer-index.md) must answer exactly as the in-memory engine, which
// explore.property.test.ts holds to the reference model written from the contract: at part and
// block sizes that put lists and blocks on every kind of boundary.

const SIZES: IndexSizes[] = [
  { part: 1, block: 1 },
  { part: 2, block: 3 },
  { part: 3, block: 2 },
  { part: 7, block: 25 },
  { part: 512, block: 16 },
]

/** The index's files served from memory, as the site serves them; a missing one rejects. */
function served(files: ReadonlyMap<string, string>) {
  const fetched: string[] = []
  const load = (path: string) => {
    fetched.push(path)
    const text = files.get(path)
    if (text === undefined) return Promise.reject(new Error(`404 ${path}`))
    const json: unknown = JSON.parse(text)
    return Promise.resolve(json)
  }
  return { load, fetched }
}

/**
 * A result with its count lists and each matrix row's cells in one order: the engines list them
 * in the order they met them, and the page reads them as maps.
 */
function comparable(result: ExplorerResult | undefined) {
  if (!result) return result
  const sorted = (pairs: readonly [string, number][]) =>
    [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const { matrix } = result
  return {
    ...result,
    ...(matrix && {
      matrix: { ...matrix, rows: matrix.rows.map(([id, cells]) => [id, sorted(cells)]) },
    }),
    counts: {
      driver: sorted(result.counts.driver),
      team: sorted(result.counts.team),
      ambition: sorted(result.counts.ambition),
    },
  }
}

function filtersOf(dataset: Dataset) {
  const ids = {
    driver: dataset.drivers.map((d) => d.id),
    team: dataset.teams.map((t) => t.id),
    ambition: dataset.races.map((r) => r.id),
  }
  const years = dataset.sources.map((s) => Number(s.published.slice(0, 4)))
  const year = fc.oneof(fc.constantFrom(...years, 1990, 2031), fc.integer({ min: 1990, max: 2031 }))
  const facet = (all: string[]) =>
    all.length === 0
      ? fc.constant([])
      : fc.oneof(
          { arbitrary: fc.constant([]), weight: 2 },
          { arbitrary: fc.array(fc.constantFrom(...all, 'ghost'), { maxLength: 3 }), weight: 3 },
        )
  return fc.record({
    driver: facet(ids.driver),
    team: facet(ids.team),
    ambition: facet(ids.ambition),
    q: fc.constant(''),
    from: fc.option(year),
    to: fc.option(year),
    sort: fc.option(fc.constantFrom(...SORTS)),
  }) satisfies fc.Arbitrary<ExplorerFilters>
}

async function agree(
  dataset: Dataset,
  filters: ExplorerFilters,
  page: number,
  sizes: IndexSizes,
  matrixRows: number,
) {
  const files = compileIndex(buildDatasetIndex(dataset), sizes)
  const sharded = await createShardedEngine(served(files).load).explore(filters, page, {
    matrixRows,
  })
  const chosen = FACETS.some((facet) => filters[facet].some((id) => id !== 'ghost'))
  // What the index does not answer yet, it says so: the worker then loads the whole dataset.
  if (sharded === undefined) {
    expect(chosen || (filters.sort ?? 'newest') === 'newest').toBe(false)
    return
  }
  const whole = createExplorerEngine(dataset).explore(filters, page, { matrixRows })
  expect(comparable(sharded)).toEqual(comparable(whole))
}

describe('the sharded index answers as the whole dataset does', () => {
  it('on small datasets that keep every rule, at every part and block size', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary.chain((dataset) =>
          fc.tuple(
            fc.constant(dataset),
            filtersOf(dataset),
            fc.integer({ min: 1, max: 3 }),
            fc.constantFrom(...SIZES),
            fc.constantFrom(0, 2, 12),
          ),
        ),
        async ([dataset, filters, page, sizes, rows]) => agree(dataset, filters, page, sizes, rows),
      ),
      { numRuns: 300 },
    )
  })

  it('on a generated newsroom of 600 quotes over many years, at every part and block size', async () => {
    const dataset = generateDataset({
      quotes: 600,
      seed: 7,
      drivers: 30,
      teams: 6,
      races: 5,
      sources: 25,
    })
    await fc.assert(
      fc.asyncProperty(
        filtersOf(dataset),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...SIZES),
        fc.constantFrom(0, 12),
        async (filters, page, sizes, rows) => agree(dataset, filters, page, sizes, rows),
      ),
      { numRuns: 150 },
    )
  })
})
