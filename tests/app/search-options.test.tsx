import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { USER_FLOW } from '../support/page-helpers'
import { generateDataset } from '../../scripts/generate/dataset'
import { SEARCH_TERMS } from '../../scripts/generate/search-terms'
import { buildDatasetIndex } from '../../src/model/dataset-index'

const EXPLORER = { heading: 'Quotes' }
// Sources over several years: the period is offered.
const dataset = generateDataset({ quotes: 400, seed: 5, drivers: 30, teams: 5, races: 6 })
const index = buildDatasetIndex(dataset)
const years = [...index.counts.byYear]
const yearOf = (id: string) => {
  const quote = index.quoteById.get(id)
  return Number(index.sourceById.get(quote?.sourceId ?? '')?.published.slice(0, 4))
}
/** The quotes on the page, by the permalinks of their cards. */
const shownIds = () =>
  screen.getAllByRole('figure').flatMap((figure) =>
    within(figure)
      .getAllByRole('link', { name: /^Permalink/ })
      .map((link) => decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '')),
  )

describe('the explorer’s order and period', USER_FLOW, () => {
  it('offers the years of the dataset, each with the quotes it would give', async () => {
    expect(years.length).toBeGreaterThan(2)
    const { user, params } = await openApp('/', { ...EXPLORER, dataset })
    const from = screen.getByRole('combobox', { name: 'From' })
    const [firstYear] = years[0] ?? [0, 0]
    const [secondYear] = years[1] ?? [0, 0]
    const fromSecond = years.slice(1).reduce((sum, [, n]) => sum + n, 0)
    expect(
      within(from).getByRole('option', {
        name: `${secondYear} (${fromSecond.toLocaleString('en-GB')})`,
      }),
    ).toBeInTheDocument()
    await user.selectOptions(from, String(secondYear))
    expect(params()).toEqual({ from: String(secondYear) })
    expect(
      await screen.findByText(`${fromSecond.toLocaleString('en-GB')} quotes of 400 · showing 1–25`),
    ).toHaveRole('status')
    expect(shownIds().every((id) => yearOf(id) >= secondYear)).toBe(true)
    expect(document.title).toBe(`Quotes: from ${secondYear} · Paddock Quotes`)
    // The To list now starts at the year chosen: a period cannot end before it begins.
    const to = screen.getByRole('combobox', { name: 'To' })
    expect(within(to).queryByRole('option', { name: new RegExp(`^${firstYear} `) })).toBeNull()
    await user.click(
      screen.getByRole('button', { name: `Remove filter Period: from ${secondYear}` }),
    )
    expect(params()).toEqual({})
  })

  it('sorts oldest first and by speaker, and offers best match only while searching', async () => {
    const { user, params } = await openApp('/', { ...EXPLORER, dataset })
    const sort = screen.getByRole('combobox', { name: 'Sort' })
    expect(within(sort).queryByRole('option', { name: 'Best match' })).toBeNull()
    expect(sort).toHaveValue('newest')
    await user.selectOptions(sort, 'oldest')
    expect(params()).toEqual({ sort: 'oldest' })
    await screen.findByText(/^400 quotes · showing 1–25/)
    const oldest = Math.min(...years.map(([year]) => year))
    expect(await screen.findAllByRole('figure')).toHaveLength(25)
    expect(yearOf(shownIds()[0] ?? '')).toBe(oldest)
    expect(document.title).toBe('Quotes: oldest first · Paddock Quotes')

    await user.type(
      screen.getByRole('searchbox', { name: 'Search quotes' }),
      SEARCH_TERMS.rare.term,
    )
    // The order chosen stays; best match is now on offer.
    expect(sort).toHaveValue('oldest')
    expect(within(sort).getByRole('option', { name: 'Best match' })).toBeInTheDocument()
    await user.selectOptions(sort, 'relevance')
    // Best match is the default while searching: it is not written into the address.
    expect(params()).toEqual({ q: SEARCH_TERMS.rare.term })
  })
})

describe('help with a search', USER_FLOW, () => {
  it('offers the page of the driver a search names', async () => {
    const driver = dataset.drivers.at(-1)
    if (!driver) throw new Error('the generated dataset has drivers')
    await openApp(`/?q=${encodeURIComponent(driver.name)}`, { ...EXPLORER, dataset })
    const pages = await screen.findByRole('navigation', { name: 'Pages the search names' })
    expect(within(pages).getByRole('link', { name: driver.name })).toHaveAttribute(
      'href',
      `/drivers/${driver.id}`,
    )
  })

  it('suggests a much more common word for a mistyped one, as a link that searches it', async () => {
    const { term } = SEARCH_TERMS.common
    const typo = `${term.slice(0, 2)}${term[3]}${term[2]}${term.slice(4)}`
    const { user, params } = await openApp(`/?q=${typo}`, { ...EXPLORER, dataset })
    await user.click(await screen.findByRole('link', { name: term }))
    expect(params()).toEqual({ q: term })
    expect(await screen.findByText(/^\d+ quotes of 400/)).toHaveRole('status')
    expect(screen.queryByText(/Did you mean/)).toBeNull()
  })
})
