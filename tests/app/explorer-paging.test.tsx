import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { USER_FLOW } from '../support/page-helpers'
import { repeatQuotes } from '../support/shipped-dataset'

/** The explorer over the shipped quotes repeated to 60: three pages of 25, 25 and 10. */
const SIXTY_QUOTES = { dataset: repeatQuotes(60), heading: 'Quotes' }

describe('pages of results', USER_FLOW, () => {
  it('moves through pages by real links, each an address, starting at the top of the list', async () => {
    const { user, router } = await openApp('/', SIXTY_QUOTES)
    const pager = screen.getByRole('navigation', { name: 'Pages of results' })
    expect(within(pager).getByText('Page 1 of 3')).toBeInTheDocument()
    expect(screen.getByText('60 quotes · showing 1–25')).toHaveRole('status')

    await user.click(within(pager).getByRole('link', { name: /^Next/ }))
    expect(router.state.location.search).toBe('?page=2')
    expect(await screen.findByText('60 quotes · showing 26–50')).toHaveRole('status')
    expect(screen.getAllByRole('figure')).toHaveLength(25)
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus()

    await user.click(screen.getByRole('link', { name: /^Next/ }))
    expect(screen.getByText('60 quotes · showing 51–60')).toHaveRole('status')
    expect(screen.getAllByRole('figure')).toHaveLength(10)
    expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument()
  })

  it('reaches the last and first pages, and any page typed in “Go to page”', async () => {
    const { user, router } = await openApp('/', SIXTY_QUOTES)
    const pager = () => screen.getByRole('navigation', { name: 'Pages of results' })
    const results = screen.getByRole('heading', { level: 2, name: 'Results' })
    await user.click(within(pager()).getByRole('link', { name: 'Last page' }))
    expect(router.state.location.search).toBe('?page=3')
    expect(await within(pager()).findByText('Page 3 of 3')).toBeInTheDocument()
    expect(results).toHaveFocus()

    await user.type(within(pager()).getByRole('spinbutton', { name: 'Go to page' }), '2{Enter}')
    expect(router.state.location.search).toBe('?page=2')
    expect(await within(pager()).findByText('Page 2 of 3')).toBeInTheDocument()
    expect(results).toHaveFocus()

    await user.click(within(pager()).getByRole('link', { name: 'First page' }))
    expect(router.state.location.search).toBe('')
    expect(await screen.findByText('60 quotes · showing 1–25')).toHaveRole('status')
  })

  it('goes back to page 1 when the search changes, leaving focus in the search box', async () => {
    const { user, router } = await openApp('/?page=3', SIXTY_QUOTES)
    const search = screen.getByRole('searchbox', { name: 'Search quotes' })
    await user.type(search, 'een')
    expect(search).toHaveFocus()
    expect(router.state.location.search).toBe('?q=een')
    expect(screen.getByText(/^\d+ quotes of 60 · showing 1–25$/)).toHaveRole('status')
  })
})
