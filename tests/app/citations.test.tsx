import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { USER_FLOW, confirmations, figureQuoting } from '../support/page-helpers'

const VERGNE_INDY =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'
const ORIGIN = 'http://localhost:3000'
const PERMALINK = `${ORIGIN}/quotes/vergne-wants-the-indy-500`

/** navigator.share, which jsdom lacks: the browser's boundary, as the clipboard is. */
function giveBrowserShare(share: (data: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true })
}
afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

describe('citing a quote', USER_FLOW, () => {
  it('Cite opens the four formats, each with its own Copy, and closes again', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_INDY)
    const cite = within(figure).getByRole('button', {
      name: 'Cite this quote by Jean-Eric Vergne',
    })
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    expect(within(figure).queryByRole('button', { name: /^Copy the/ })).not.toBeInTheDocument()

    await user.click(cite)
    expect(cite).toHaveAttribute('aria-expanded', 'true')
    const copies = await within(figure).findAllByRole('button', { name: /^Copy the/ })
    expect(copies.map((button) => button.textContent)).toEqual([
      'Copy the Plain text citation',
      'Copy the APA 7 citation',
      'Copy the MLA 9 citation',
      'Copy the Chicago 17 (note) citation',
    ])
    for (const style of ['Plain text', 'APA 7', 'MLA 9', 'Chicago 17 (note)']) {
      expect(within(figure).getByText(style)).toBeVisible()
    }
    // The translation is credited to the site in every format.
    expect(within(figure).getAllByText(/English translation by Paddock Quotes/)).toHaveLength(4)

    await user.click(cite)
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    expect(within(figure).queryByRole('button', { name: /^Copy the/ })).not.toBeInTheDocument()
  })

  it('Copy puts that format on the clipboard and says so', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(within(figure).getByRole('button', { name: /^Cite/ }))
    await user.click(await within(figure).findByRole('button', { name: 'Copy the MLA 9 citation' }))

    const status = screen.getByText('Copied the MLA 9 citation')
    expect(status).toHaveRole('status')
    expect(status).toBeVisible()
    const copied = await navigator.clipboard.readText()
    expect(copied).toMatch(
      /^Jean-Eric Vergne\. “Er is een race .*” English translation by Paddock Quotes: /,
    )
    expect(copied.endsWith(`Paddock Quotes, ${PERMALINK}.`)).toBe(true)
  })

  it('says so when the browser refuses the clipboard', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    )
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(within(figure).getByRole('button', { name: /^Cite/ }))
    await user.click(await within(figure).findByRole('button', { name: 'Copy the APA 7 citation' }))

    expect(screen.getByText('Could not copy: your browser blocked the clipboard')).toHaveRole(
      'status',
    )
  })
})

describe('sharing a quote', USER_FLOW, () => {
  it('without the browser’s share sheet, Share copies the link and says “Link copied”', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    await navigator.clipboard.writeText('')
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(
      within(figure).getByRole('button', { name: 'Share this quote by Jean-Eric Vergne' }),
    )

    // Sharing's code comes on the first reach for Share: the answer is an import away.
    expect(await screen.findByText('Link copied')).toHaveRole('status')
    expect(await navigator.clipboard.readText()).toBe(PERMALINK)
  })

  it('with the browser’s share sheet, Share hands it the quote’s address', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
    giveBrowserShare(share)
    const { user } = await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(within(figure).getByRole('button', { name: /^Share/ }))

    expect(await screen.findByText('Shared')).toHaveRole('status')
    expect(share).toHaveBeenCalledWith({ title: 'Quote by Jean-Eric Vergne', url: PERMALINK })
  })

  it('says nothing when the reader closes the share sheet', async () => {
    const share = vi
      .fn<(data: ShareData) => Promise<void>>()
      .mockRejectedValue(new DOMException('Cancelled', 'AbortError'))
    giveBrowserShare(share)
    const { user } = await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(within(figure).getByRole('button', { name: /^Share/ }))

    await vi.waitFor(() => expect(share).toHaveBeenCalled())
    // Once the sheet's answer has settled and every job after it has run: nothing was said.
    await share.mock.results[0]?.value.catch(() => {})
    await new Promise<void>((flushed) => setTimeout(flushed, 0))
    expect(confirmations()).toEqual([''])
  })
})

describe('the quote’s own page', USER_FLOW, () => {
  it('has no permalink to itself, and shows the four citations open, with the path', async () => {
    const { user } = await openApp('/quotes/vergne-wants-the-indy-500', {
      heading: 'Quote by Jean-Eric Vergne',
    })
    const figure = figureQuoting(VERGNE_INDY)
    expect(within(figure).queryByRole('link', { name: /^Permalink/ })).not.toBeInTheDocument()

    const section = screen.getByRole('region', { name: 'Cite this quote' })
    // No SITE_URL in the tests: what is shown names the path, as the prerendered HTML does.
    const plain = within(section).getByText(
      (_, element) => element?.tagName === 'P' && /^“Er is een race/.test(element.textContent),
    )
    expect(plain).toHaveTextContent(
      / — Jean-Eric Vergne, Motorsport\.com, June 2020\. \/quotes\/vergne-wants-the-indy-500$/,
    )
    // The Dutch quote in an English citation says it is Dutch (WCAG 3.1.2, language of parts).
    expect(within(plain).getByText(VERGNE_INDY)).toHaveAttribute('lang', 'nl')
    await user.click(
      within(section).getByRole('button', { name: 'Copy the Chicago 17 (note) citation' }),
    )

    expect(screen.getByText('Copied the Chicago 17 (note) citation')).toHaveRole('status')
    // What is copied names the full address.
    expect(await navigator.clipboard.readText()).toMatch(
      new RegExp(`^Jean-Eric Vergne, “Er is een race .*; Paddock Quotes, ${PERMALINK}\\.$`),
    )
  })
})
