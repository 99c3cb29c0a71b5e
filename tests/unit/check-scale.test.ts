import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate/dataset'
import type { Measurement } from '../../scripts/scale/measure'
import { pagesOf } from '../../scripts/scale/pages'
import { failuresOf, formatReport } from '../../scripts/scale/report'
import { buildDatasetIndex } from '../../src/model/dataset-index'

describe('the scale check', () => {
  it('visits the busiest driver, race and team of a newsroom, by their counts', () => {
    const dataset = generateDataset({ quotes: 3000, seed: 1 })
    const index = buildDatasetIndex(dataset)
    const paths = pagesOf(dataset).map((page) => page.path)
    const most = (byId: ReadonlyMap<string, readonly unknown[]>) =>
      Math.max(...[...byId.values()].map((quotes) => quotes.length))
    const idOf = (prefix: string) => paths.find((p) => p.startsWith(prefix))?.slice(prefix.length)

    expect(index.quotesByDriver.get(idOf('/drivers/') ?? '')?.length).toBe(
      most(index.quotesByDriver),
    )
    expect(index.quotesByRace.get(idOf('/races/') ?? '')?.length).toBe(most(index.quotesByRace))
    expect(index.quotesByTeam.get(idOf('/teams/') ?? '')?.length).toBe(most(index.quotesByTeam))
    expect(paths).toEqual(expect.arrayContaining(['/', '/drivers', '/races', '/teams']))
    expect(paths).toContain(`/?driver=${idOf('/drivers/') ?? ''}`)
    // And a driver nobody quotes: the newsroom has a few.
    expect(paths.filter((p) => p.startsWith('/drivers/'))).toHaveLength(2)
  })

  it('skips race and team pages for a corpus with none, but still visits /races and /teams', () => {
    const paths = pagesOf(generateDataset({ quotes: 200, seed: 1, shape: 'speakers' })).map(
      (page) => page.path,
    )

    expect(paths).toEqual(expect.arrayContaining(['/races', '/teams', '/no/such/page']))
    expect(paths.some((p) => p.startsWith('/races/') || p.startsWith('/teams/'))).toBe(false)
  })

  it('fails a page over budget, overflowing or with axe violations, and says why', () => {
    const within: Measurement = {
      page: { label: 'drivers', path: '/drivers', status: 200 },
      status: 200,
      quotes: 200,
      elements: 4000,
      overflow: 0,
      axe: { light: { violations: [] }, dark: { violations: [] } },
      problems: [],
    }
    const over: Measurement = {
      ...within,
      quotes: 201,
      elements: 4001,
      overflow: 12,
      overflowBy: '<table.matrix> 332 px wide ""',
      axe: { light: { violations: [] }, dark: { violations: ['color-contrast [serious] ×3: a'] } },
    }

    expect(failuresOf(within)).toEqual([])
    expect(failuresOf(over)).toEqual([
      '201 quote elements (budget 200)',
      '4,001 DOM elements (budget 4,000)',
      '12 px sideways overflow at 320 px: <table.matrix> 332 px wide ""',
      'axe (dark): color-contrast [serious] ×3: a',
    ])
    expect(formatReport('t', [within, over])).toMatch(/\| ok\n.*\| FAIL\n/)
  })
})
