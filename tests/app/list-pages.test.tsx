import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { USER_FLOW } from '../support/page-helpers'
import { changedCopy } from '../support/shipped-dataset'
import { crowdedDataset } from '../support/crowded-dataset'

const CROWD = { dataset: crowdedDataset(), heading: 'Drivers' }

const driversList = () => screen.getByRole('list', { name: 'Drivers' })
const namesShown = (list = driversList()) =>
  within(list)
    .getAllByRole('heading')
    .map((heading) => heading.textContent)
const pager = () => screen.getByRole('navigation', { name: 'Pages of drivers' })
const count = (text: string) => {
  const status = screen.getByText(text)
  expect(status).toHaveRole('status')
  return status
}

describe('a list of 120 drivers', USER_FLOW, () => {
  it('shows the first 48, A to Z, and moves through pages by real links', async () => {
    const { user, params } = await openApp('/drivers', CROWD)
    count('120 drivers · showing 1–48')
    expect(namesShown()).toHaveLength(48)
    expect(namesShown().slice(0, 3)).toEqual(['Ada Duarte', 'Ada Ferrer', 'Ada Kowalski'])
    expect(within(pager()).getByText('Page 1 of 3')).toBeInTheDocument()
    expect(within(pager()).queryByRole('link', { name: 'First page' })).not.toBeInTheDocument()

    const next = within(pager()).getByRole('link', { name: 'Next page' })
    expect(next).toHaveAttribute('href', '/drivers?page=2')
    await user.click(next)
    expect(params()).toEqual({ page: '2' })
    // The reader starts at the top of the new page.
    expect(count('120 drivers · showing 49–96')).toHaveFocus()
    expect(namesShown()[0]).toBe('Émile Duarte')

    await user.click(within(pager()).getByRole('link', { name: 'Last page' }))
    expect(params()).toEqual({ page: '3' })
    count('120 drivers · showing 97–120')
    expect(namesShown()).toHaveLength(24)
    expect(within(pager()).queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument()

    await user.click(within(pager()).getByRole('link', { name: 'First page' }))
    expect(params()).toEqual({})
    count('120 drivers · showing 1–48')
  })

  it('goes to a page typed in “Go to page”, with Enter or the button', async () => {
    const { user, params } = await openApp('/drivers', CROWD)
    const field = within(pager()).getByRole('spinbutton', { name: 'Go to page' })
    await user.type(field, '3{Enter}')
    expect(params()).toEqual({ page: '3' })
    count('120 drivers · showing 97–120')

    const again = within(pager()).getByRole('spinbutton', { name: 'Go to page' })
    await user.clear(again)
    await user.type(again, '2')
    await user.click(within(pager()).getByRole('button', { name: 'Go' }))
    expect(params()).toEqual({ page: '2' })
    count('120 drivers · showing 49–96')
  })

  it('filters by the start of any word of a name, case and accents aside, back to page 1', async () => {
    const { user, params } = await openApp('/drivers?page=3', CROWD)
    const box = screen.getByRole('searchbox', { name: 'Find a driver' })
    await user.type(box, 'VER')
    expect(params()).toEqual({ q: 'VER' })
    count('20 of 120 drivers match “VER”')
    expect(namesShown()).toHaveLength(20)
    for (const name of namesShown()) expect(name).toMatch(/ Ver(hoef|meer)$/)
    expect(screen.queryByRole('navigation', { name: 'Pages of drivers' })).not.toBeInTheDocument()

    await user.clear(box)
    await user.type(box, 'emile')
    count('12 of 120 drivers match “emile”')
    for (const name of namesShown()) expect(name).toMatch(/^Émile /)
    // Inside a word is not the start of one.
    await user.clear(box)
    await user.type(box, 'erhoef')
    count('0 of 120 drivers match “erhoef”')
  })

  it('sorts by most quotes first, and puts the order in the URL', async () => {
    const { user, params } = await openApp('/drivers?page=2', CROWD)
    const sort = screen.getByRole('combobox', { name: 'Sort' })
    expect(sort).toHaveDisplayValue('Name, A–Z')
    await user.selectOptions(sort, 'Most quotes first')
    expect(params()).toEqual({ sort: 'quotes' })
    expect(namesShown().slice(0, 4)).toEqual([
      'Júlia Silva',
      'Ivo Novak',
      'Ada Verhoef',
      'Ada Duarte',
    ])
    count('120 drivers · showing 1–48')
  })

  it('opens an address at its own view: filter, order and page', async () => {
    await openApp('/drivers?q=ada%20v&sort=quotes', CROWD)
    expect(screen.getByRole('searchbox', { name: 'Find a driver' })).toHaveValue('ada v')
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Most quotes first')
    count('2 of 120 drivers match “ada v”')
    expect(namesShown()).toEqual(['Ada Verhoef', 'Ada Vermeer'])
  })

  it('opens a later page of a sorted list, with page links that keep the view', async () => {
    await openApp('/drivers?sort=quotes&page=2', CROWD)
    count('120 drivers · showing 49–96')
    expect(within(pager()).getByText('Page 2 of 3')).toBeInTheDocument()
    expect(within(pager()).getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/drivers?sort=quotes',
    )
    expect(within(pager()).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/drivers?sort=quotes&page=3',
    )
  })

  it('ignores what it does not know: an unknown order, a page it has not, other params', async () => {
    await openApp('/drivers?sort=fastest&page=99&team=ghost', CROWD)
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveDisplayValue('Name, A–Z')
    count('120 drivers · showing 1–48')
    expect(namesShown()[0]).toBe('Ada Duarte')
    expect(within(pager()).getByText('Page 1 of 3')).toBeInTheDocument()
  })

  it('says when nothing matches, and clears the filter back to every driver', async () => {
    const { user, params } = await openApp('/drivers?q=zz&sort=quotes', CROWD)
    count('0 of 120 drivers match “zz”')
    expect(screen.getByText('No drivers match “zz”.')).toBeVisible()
    expect(screen.queryByRole('list', { name: 'Drivers' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }))
    expect(params()).toEqual({ sort: 'quotes' })
    expect(screen.getByRole('searchbox', { name: 'Find a driver' })).toHaveFocus()
    count('120 drivers · showing 1–48')
  })

  it('keeps cards short: three races named, the rest counted', async () => {
    await openApp('/drivers?q=julia%20silva', CROWD)
    const [card] = within(driversList()).getAllByRole('listitem')
    expect(card).toHaveTextContent('5 quotes by, 0 about')
    expect(card).toHaveTextContent(
      'Wants to race Alpha 500, Bravo 24 Hours, Charlie Grand Prix and 4 more',
    )
  })
})

describe('races and teams', USER_FLOW, () => {
  it('a race card names three of its 101 drivers and links to the rest', async () => {
    const { user, params } = await openApp('/races', { ...CROWD, heading: 'Races' })
    const races = screen.getByRole('list', { name: 'Races' })
    const alpha = within(races).getAllByRole('listitem')[0]
    if (!alpha) throw new Error('a race card')
    expect(within(alpha).getByRole('heading')).toHaveTextContent('Alpha 500')
    expect(alpha).toHaveTextContent('Wanted by Ada Verhoef, Ada Lindqvist, Ada Moreau and 98 more')
    expect(alpha).toHaveTextContent('101 drivers want to race it, in 2 quotes')
    expect(within(alpha).getByRole('link', { name: '98 more' })).toHaveAttribute(
      'href',
      '/races/alpha-500',
    )

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort' }),
      'Most drivers wanting it first',
    )
    expect(params()).toEqual({ sort: 'drivers' })
    await user.type(screen.getByRole('searchbox', { name: 'Find a race' }), 'golf')
    count('1 of 7 races matches “golf”')
    expect(screen.getByRole('list', { name: 'Races' })).toHaveTextContent('Wanted by Júlia Silva')
  })

  it('teams filter and sort too', async () => {
    const { user } = await openApp('/teams?sort=drivers', { ...CROWD, heading: 'Teams' })
    const teams = () =>
      within(screen.getByRole('list', { name: 'Teams' }))
        .getAllByRole('heading')
        .map((heading) => heading.textContent)
    expect(teams()).toEqual(['Big Team', 'Small Team'])
    expect(screen.getByRole('list', { name: 'Teams' })).toHaveTextContent('100 drivers, 1 quote')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'Most quotes first')
    expect(teams()).toEqual(['Small Team', 'Big Team'])
    await user.type(screen.getByRole('searchbox', { name: 'Find a team' }), 'sm')
    expect(teams()).toEqual(['Small Team'])
  })
})

describe('an empty collection steps aside', USER_FLOW, () => {
  it('a dataset with no teams: /teams says so, with no filter, order or pages', async () => {
    const noTeams = changedCopy((d) => {
      d.teams = []
      for (const driver of d.drivers) driver.affiliations = []
    })
    await openApp('/teams', { dataset: noTeams, heading: 'Teams' })
    expect(screen.getByText('This dataset names no teams.')).toBeVisible()
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Teams' })).not.toBeInTheDocument()
  })

  it('a dataset with no races: /races says so, the matrix where it was', async () => {
    const noRaces = changedCopy((d) => {
      d.races = []
      for (const quote of d.quotes) quote.ambitions = []
    })
    await openApp('/races', { dataset: noRaces, heading: 'Races' })
    expect(screen.getByText('This dataset names no races.')).toBeVisible()
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Pages of races' })).not.toBeInTheDocument()
  })
})
