import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { generateDataset } from '../../scripts/generate/dataset'
import { USER_FLOW } from '../support/page-helpers'

const EXPLORER = { heading: 'Quotes' }
/** A generated dataset of hundreds of quotes: its index takes longer to build on a busy machine. */
const GENERATED = { ...EXPLORER, timeout: 10_000 }

const matrix = () => screen.getByRole('region', { name: 'Who wants to race where' })
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((header) => header.textContent)
const columnsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent)

describe('the explorer’s ambition matrix', USER_FLOW, () => {
  it('shows every driver’s ambitions for all quotes', async () => {
    await openApp('/', EXPLORER)
    const all = within(matrix()).getByRole('table')
    expect(rowsOf(all)).toEqual(['Charles Leclerc', 'Pierre Gasly', 'Jean-Eric Vergne'])
    expect(columnsOf(all)).toEqual(['Driver', 'Le Mans', 'Indy 500'])
  })

  it('at /?ambition=indy-500 has Vergne’s row and the Indy 500 column only', async () => {
    await openApp('/?ambition=indy-500', EXPLORER)
    expect(screen.getByText('At a glance: who wants to race where, in these results')).toBeVisible()
    const table = await within(matrix()).findByRole('table')
    expect(rowsOf(table)).toEqual(['Jean-Eric Vergne'])
    expect(columnsOf(table)).toEqual(['Driver', 'Indy 500'])
  })

  it('says so when the results voice no ambition', async () => {
    await openApp('/?q=coronavirus', EXPLORER)
    expect(
      await within(matrix()).findByText('None of these quotes voices an ambition to race.'),
    ).toBeVisible()
  })

  it('with many drivers, starts folded and shows a dozen rows, then a dozen more', async () => {
    const dataset = generateDataset({ quotes: 600, seed: 3, drivers: 60, teams: 5, races: 6 })
    const { user } = await openApp('/', { ...GENERATED, dataset })
    const summary = screen.getByText('At a glance: who wants to race where')
    expect(screen.queryByRole('table')).toBeNull()
    await user.click(summary)
    const first = within(matrix()).getByRole('table')
    expect(rowsOf(first)).toHaveLength(12)
    expect(
      within(matrix()).getByText(/^The 12 drivers with the most ambitions, of \d+/),
    ).toBeVisible()
    await user.click(within(matrix()).getByRole('button', { name: 'Show 12 more drivers' }))
    expect(
      await within(matrix()).findByText(/^The 24 drivers with the most ambitions/),
    ).toBeVisible()
    expect(rowsOf(within(matrix()).getByRole('table'))).toHaveLength(24)
    // The first rows stayed while the next ones were counted: the button kept its focus.
    expect(within(matrix()).getByRole('button', { name: 'Show 12 more drivers' })).toHaveFocus()
  })
})

describe('a facet of many options', USER_FLOW, () => {
  it('lists 50 at a time and says how many more typing would narrow down', async () => {
    const dataset = generateDataset({ quotes: 400, seed: 5, drivers: 120, teams: 4, races: 3 })
    const { user } = await openApp('/', { ...GENERATED, dataset })
    await user.click(screen.getByRole('combobox', { name: 'Driver' }))
    const listbox = await screen.findByRole('listbox', { name: 'Driver' })
    expect(within(listbox).getAllByRole('option')).toHaveLength(50)
    expect(screen.getByText('Keep typing to narrow down 70 more')).toBeVisible()
    expect(screen.getByText('120 drivers')).toHaveAttribute('aria-live', 'polite')
  })
})
