import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../scripts/generate/dataset'
import { createPageRenderer as pageHtmlAt } from '../../src/app/render-page'
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index'
import { countsFor } from '../../src/model/counts'
import { compileSite } from '../../src/page-data/compile-site'
import type { PageData } from '../../src/page-data/page-data'
import { PAGE_TYPE_NAMES, pageAt } from '../../src/urls/url-table'
import { paths } from '../../src/urls/paths'
import type { Quote } from '../../src/dataset/schema'
import { shippedCopy } from '../support/shipped-dataset'

/**
 * A page's data holds only what the page shows: each page, rendered from its own data, is the
 * page rendered from the whole dataset with every count, to the byte. A page whose data lost a
 * record or a count it prints (a team's name on a card, a wish's count, a year) fails here.
 */

/**
 * Every record and every count of the dataset, but the quotes a page shows: a detail page's
 * view is bounded (detail-views.ts), the explorer's first view shows the quotes it is given.
 */
function wholeData(
  index: DatasetIndex,
  quotes: readonly Quote[],
  explorerIndex?: string,
): PageData {
  const drivers = index.drivers.map((d) => d.id)
  const teams = index.teams.map((t) => t.id)
  const races = index.races.map((r) => r.id)
  const counts = countsFor(index.counts, {
    ...{ said: drivers, about: drivers, byDriver: drivers, wishes: drivers },
    ...{ byTeam: teams, teamDrivers: teams, byRace: races, wishers: races, byYear: true },
  })
  return {
    slice: {
      schemaVersion: 1,
      sources: [...index.sourceById.values()],
      ...{ teams: [...index.teams], races: [...index.races], drivers: [...index.drivers] },
      quotes: [...quotes],
    },
    counts,
    ...(explorerIndex && { explorerIndex }),
  }
}

// Few drivers and races for the quotes: every list on a detail page is long enough to be cut.
const busy = generateDataset({ quotes: 200, seed: 11, drivers: 30, teams: 5, races: 6 })

describe.each([
  ['the shipped dataset', shippedCopy()],
  ['200 quotes by 30 drivers', busy],
])('every page of %s', (_, dataset) => {
  const index = buildDatasetIndex(dataset)
  const pages = compileSite(index, 'abcdef012345')
  const htmlOf = pageHtmlAt('/')

  it('renders from its own data exactly what it renders from the whole dataset', async () => {
    const types = new Set<string>()
    for (const { path, data } of pages) {
      const quotes = path === paths.explorer() ? data.slice.quotes : index.quotes
      const whole = wholeData(index, quotes, data.explorerIndex)
      expect(await htmlOf(path, data), path).toEqual(await htmlOf(path, whole))
      types.add(pageAt(path)?.type ?? '')
    }
    // Every page type was compared.
    expect([...types].sort()).toEqual([...PAGE_TYPE_NAMES].sort())
  }, 60_000)

  it('carries no count a page does not print: a quote page carries the totals alone', () => {
    for (const { path, data } of pages) {
      if (pageAt(path)?.type !== 'quote') continue
      const { quotes, drivers, teams, races, ambitious, ...lists } = data.counts
      expect({ quotes, drivers, teams, races, ambitious }).toEqual({
        ...{ quotes: dataset.quotes.length, drivers: dataset.drivers.length },
        ...{ teams: dataset.teams.length, races: dataset.races.length },
        ambitious: index.counts.ambitious,
      })
      expect(
        Object.values(lists).every((list) => list.length === 0),
        path,
      ).toBe(true)
    }
  })
})
