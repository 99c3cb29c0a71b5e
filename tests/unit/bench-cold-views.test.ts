import { describe, expect, it } from 'vitest'
import type { ColdLoad, ColdRun } from '../../scripts/bench/cold-loads'
import { COLD_KINDS } from '../../scripts/bench/cold-plan'
import { coldGrowth, coldSummary, coldTables } from '../../scripts/bench/cold-report'
import { makePlan, type Plan } from '../../scripts/bench/plan'
import type { Run } from '../../scripts/bench/run'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { exploreIndex } from '../../src/search/explore'
import { parseExplorerParams } from '../../src/urls/explorer-params'

const plan = makePlan(2000)

describe("the benchmark's cold views", { timeout: 30_000 }, () => {
  it('opens each kind of filtered view on the archive, waiting for the count the app shows', () => {
    const index = buildDatasetIndex(plan.dataset)
    const known = {
      driver: { has: (id: string) => index.driverById.has(id) },
      team: { has: (id: string) => index.teamById.has(id) },
      ambition: { has: (id: string) => index.raceById.has(id) },
    }

    expect(plan.dataset.sources).toHaveLength(2400)
    expect(plan.cold.home).toEqual({ path: '/', count: '2,000 quotes' })
    expect(plan.cold.views.map((view) => view.kind)).toEqual(COLD_KINDS)
    for (const view of plan.cold.views) {
      const filters = parseExplorerParams(new URL(view.path, 'https://x').searchParams, known)
      const found = exploreIndex(index, filters).results.length
      expect(found).toBeGreaterThan(0)
      expect(view.count).toBe(`${found.toLocaleString('en-GB')} quotes of 2,000`)
    }
    const paths = plan.cold.views.map((view) => view.path)
    expect(paths[2]).toBe(`/?q=${SEARCH_TERMS.rare.term}`)
    expect(paths[3]).toMatch(
      new RegExp(`^/\\?q=${SEARCH_TERMS.common.term}&from=\\d{4}&to=\\d{4}$`),
    )
    expect(paths[4]).toMatch(/^\/\?driver=driver-\d+&q=\w+&sort=oldest$/)
  })
})

/** A run's cold loads: `/` and every view took these times, the views `extra` bytes beyond `/`. */
function runWith(homeMs: number, viewMs: number, homeBytes: number, extra: number) {
  const load = (countMs: number, bytes: number): ColdLoad => ({
    countMs,
    countRafMs: countMs,
    bytes,
    requests: 1,
  })
  const cold: ColdRun = {
    home: load(homeMs, homeBytes),
    views: {
      driver: load(viewMs, homeBytes + extra),
      raceTeam: load(viewMs, homeBytes + extra),
      rare: load(viewMs, homeBytes + extra),
      commonPeriod: load(viewMs, homeBytes + extra),
      driverWordSort: load(viewMs, homeBytes + extra),
    },
  }
  return { cold: { desktop: cold, phone: cold } } satisfies Pick<Run, 'cold'>
}

describe("the benchmark's cold report", () => {
  const at = (quotes: number, runs: Pick<Run, 'cold'>[]) => ({
    plan: {
      ...plan,
      quotes,
      label: quotes.toLocaleString('en-GB'),
      synthetic: true,
    } satisfies Plan,
    runs,
  })

  it('takes ratios to / run by run, then their median', () => {
    const summary = coldSummary(
      at(10_000, [
        runWith(100, 120, 300_000, 100_000),
        runWith(200, 260, 300_000, 140_000),
        runWith(400, 440, 300_000, 120_000),
      ]),
    )

    expect(summary.desktop.home).toEqual({ ms: 200, kB: 300 })
    expect(summary.desktop.views.driver).toMatchObject({
      ms: 260,
      timeRatio: 1.2,
      extraKB: 120,
      bytesRatio: 1.4,
    })
  })

  it('grows extra bytes from the smallest synthetic dataset to the largest, and marks the targets', () => {
    const datasets = [
      at(10_000, [runWith(100, 140, 300_000, 100_000)]),
      at(50_000, [runWith(100, 160, 300_000, 200_000)]),
    ]
    const text = coldTables(datasets).join('\n')

    expect(coldGrowth(datasets)?.byKind.rare).toEqual({ desktop: 2, phone: 2 })
    expect(text).toMatch(/a rare word +140 \(1\.40x\) pass .* 160 \(1\.60x\) FAIL/)
    expect(text).toMatch(
      /a rare word +\+100\.0 \(1\.33x\) +\+100\.0 \(1\.33x\) +\+200\.0 \(1\.67x\) FAIL .* 2\.00x FAIL +2\.00x FAIL/,
    )
    expect(coldGrowth(datasets.slice(0, 1))).toBeUndefined()
  })
})
