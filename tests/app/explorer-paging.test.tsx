import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, serveDataset } from './render-app'
import { shippedDataset } from './shipped-dataset'
import { LOAD_TIMEOUT, USER_FLOW } from './page-helpers'

/** The shipped quotes repeated to 60 (three pages of 25, 25 and 10), each with its own id. */
function sixtyQuotes() {
  const dataset = shippedDataset()
  const five = dataset.quotes
  dataset.quotes = Array.from({ length: 60 }, (_, i) =>
    Object.assign({}, five[i % five.length], { id: `quote-${i + 1}` }),
  )
  return dataset
}

async function openExplorer(url = '/') {
  serveDataset(sixtyQuotes())
  const view = renderApp(url)
  await screen.findByRole('heading', { level: 1, name: 'Quotes' }, LOAD_TIMEOUT)
  return view
}

describe('pages of results', USER_FLOW, () => {
  it('moves through pages by real links, each an address, starting at the top of the list', async () => {
    const user = userEvent.setup()
    const { router } = await openExplorer()
    const pager = screen.getByRole('navigation', { name: 'Pages of results' })
    expect(within(pager).getByText('Page 1 of 3')).toBeInTheDocument()
    expect(screen.getByText('60 quotes · showing 1–25')).toHaveRole('status')

    await user.click(within(pager).getByRole('link', { name: /^Next/ }))
    expect(router.state.location.search).toBe('?page=2')
    expect(screen.getByText('60 quotes · showing 26–50')).toHaveRole('status')
    expect(screen.getAllByRole('figure')).toHaveLength(25)
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toHaveFocus()

    await user.click(screen.getByRole('link', { name: /^Next/ }))
    expect(screen.getByText('60 quotes · showing 51–60')).toHaveRole('status')
    expect(screen.getAllByRole('figure')).toHaveLength(10)
    expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument()
  })

  it('goes back to page 1 when the search changes, leaving focus in the search box', async () => {
    const user = userEvent.setup()
    const { router } = await openExplorer('/?page=3')
    const search = screen.getByRole('searchbox', { name: 'Search quotes' })
    await user.type(search, 'een')
    expect(search).toHaveFocus()
    expect(router.state.location.search).toBe('?q=een')
    expect(screen.getByText(/^\d+ quotes of 60 · showing 1–25$/)).toHaveRole('status')
  })
})
