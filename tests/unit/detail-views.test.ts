import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate/dataset'
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index'
import {
  QUOTES_SHOWN,
  WISHERS_NAMED,
  WISHERS_WITH_EVIDENCE,
  driverView,
  raceView,
  teamView,
} from '../../src/model/detail-views'
import { compileSite } from '../../src/page-data/compile-site'
import { indexOfPage } from '../../src/page-data/page-data'
import { paths } from '../../src/urls/paths'
import type { Quote } from '../../src/dataset/schema'
import { shippedCopy } from '../support/shipped-dataset'

// Few drivers and races for many quotes: every list on every page is long enough to be cut.
const busy = buildDatasetIndex(
  generateDataset({ quotes: 4000, seed: 7, drivers: 60, teams: 6, races: 8 }),
)
const shipped = buildDatasetIndex(shippedCopy())

/** Each view as ids, so two runs compare by what they show. */
const ids = (quotes: readonly Quote[]) => quotes.map((quote) => quote.id)
const driverShows = (index: DatasetIndex, id: string) => {
  const view = driverView(index, id)
  return {
    ambitions: view.ambitions.map((a) => [a.race.id, a.total, ids(a.evidence), ids(a.again)]),
    said: { ...view.said, shown: ids(view.said.shown) },
    about: { ...view.about, shown: ids(view.about.shown) },
  }
}
const raceShows = (index: DatasetIndex, id: string) => {
  const view = raceView(index, id)
  return {
    withEvidence: view.withEvidence.map((w) => [
      w.driver.id,
      w.total,
      ids(w.evidence),
      ids(w.again),
    ]),
    named: view.named.map((w) => [w.driver.id, w.total]),
    total: view.total,
  }
}
const teamShows = (index: DatasetIndex, id: string) => {
  const view = teamView(index, id)
  return {
    drivers: { total: view.drivers.total, shown: view.drivers.shown.map((d) => d.id) },
    quotes: { total: view.quotes.total, shown: ids(view.quotes.shown) },
  }
}

/** Every quote a driver page shows in full, in page order. */
const quotesOnDriverPage = (index: DatasetIndex, id: string) => {
  const view = driverView(index, id)
  return [
    ...view.ambitions.flatMap((a) => ids(a.evidence)),
    ...ids(view.said.shown),
    ...ids(view.about.shown),
  ]
}

describe.each([
  ['the shipped dataset', shipped],
  ['4,000 quotes by 60 drivers', busy],
])('detail pages of %s', (_, index) => {
  const pages = new Map(compileSite(index).map((page) => [page.path, indexOfPage(page.data)]))
  const pageIndex = (path: string) => {
    const found = pages.get(path)
    if (!found) throw new Error(`no page at ${path}`)
    return found
  }

  it('show, from their own data, exactly what they show from the whole dataset', () => {
    for (const { id } of index.drivers) {
      expect(driverShows(pageIndex(paths.driver(id)), id)).toEqual(driverShows(index, id))
    }
    for (const { id } of index.races) {
      expect(raceShows(pageIndex(paths.race(id)), id)).toEqual(raceShows(index, id))
    }
    for (const { id } of index.teams) {
      expect(teamShows(pageIndex(paths.team(id)), id)).toEqual(teamShows(index, id))
    }
  })

  it('show no quote twice on one page, and a bounded number of them', () => {
    for (const { id } of index.drivers) {
      const shown = quotesOnDriverPage(index, id)
      expect(new Set(shown).size).toBe(shown.length)
      expect(shown.length).toBeLessThanOrEqual(index.races.length * 3 + 2 * QUOTES_SHOWN)
    }
    for (const { id } of index.races) {
      const view = raceView(index, id)
      const shown = view.withEvidence.flatMap((w) => ids(w.evidence))
      expect(new Set(shown).size).toBe(shown.length)
      expect(view.withEvidence.length).toBeLessThanOrEqual(WISHERS_WITH_EVIDENCE)
      expect(view.named.length).toBeLessThanOrEqual(WISHERS_NAMED)
    }
  })

  it('count every record, shown or not', () => {
    for (const { id } of index.drivers) {
      const view = driverView(index, id)
      expect(view.said.total).toBe(index.quotesBySpeaker.get(id)?.length ?? 0)
      expect(view.about.total).toBe(index.quotesAbout.get(id)?.length ?? 0)
      expect(view.said.shown.length + view.said.above).toBeLessThanOrEqual(view.said.total)
    }
    for (const { id } of index.races) {
      const wishers = [...index.ambitionsByDriver.values()].filter((races) => races.has(id))
      expect(raceView(index, id).total).toBe(wishers.length)
    }
  })
})

describe('the busiest pages', () => {
  it('are cut: the most quoted race names its wishers, busiest first, and says how many', () => {
    const race = [...busy.races].sort(
      (a, b) => (busy.counts.wishers.get(b.id) ?? 0) - (busy.counts.wishers.get(a.id) ?? 0),
    )[0]
    if (!race) throw new Error('no race')
    const view = raceView(busy, race.id)
    expect(view.total).toBeGreaterThan(WISHERS_WITH_EVIDENCE)
    const totals = [...view.withEvidence, ...view.named].map((w) => w.total)
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
  })
})
