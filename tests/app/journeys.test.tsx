import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { findPage, openApp } from '../support/open-app'
import {
  confirmations,
  figureQuoting,
  LOAD_TIMEOUT,
  USER_FLOW,
  quotesShown,
  speakersShown,
  tabTo,
} from '../support/page-helpers'
import { expectChosen } from '../support/facet-controls'

const VERGNE_INDY =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'
const VERGNE_HOPES = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
const VERGNE_TOGETHER = 'Als we het samen kunnen doen, dan zou dat helemaal top zijn.'
const VERGNE_INDY_EN =
  'There is one race I have not yet been able to do, but would still love to do in my life: the Indianapolis 500.'
const ORIGIN = 'http://localhost:3000'

/** Moves to a link or button by Tab and activates it with Enter, as a keyboard user does. */
async function pressEnterOn(user: UserEvent, target: HTMLElement) {
  await tabTo(user, target)
  await user.keyboard('{Enter}')
}

async function expectPage(heading: string) {
  const h1 = await findPage(heading)
  // Focus follows the navigation, so the keyboard user goes on from the new page's top.
  expect(h1).toHaveFocus()
  return h1
}

describe('journeys through the first dataset, by keyboard', USER_FLOW, () => {
  it('(a) choosing Ambition “Indy 500” leaves exactly Vergne’s Indianapolis quote', async () => {
    const { user, params } = await openApp('/', { heading: 'Quotes' })
    const ambition = screen.getByRole('combobox', { name: 'Ambition' })
    await tabTo(user, ambition)
    await user.keyboard('indy{Enter}')

    expect(params()).toEqual({ ambition: 'indy-500' })
    expect(await screen.findByText('1 quote of 5')).toHaveRole('status')
    expect(quotesShown()).toEqual([VERGNE_INDY])
    expect(speakersShown()).toEqual(['Jean-Eric Vergne'])
    const figure = figureQuoting(VERGNE_INDY)
    expect(
      within(figure).getByRole('link', { name: 'Jean-Eric Vergne wants to race Indy 500' }),
    ).toHaveAttribute('href', '/races/indy-500')
  })

  it('(b) Gasly’s page shows his Le Mans ambition, voiced by Jean-Eric Vergne', async () => {
    const { user, router } = await openApp('/', { heading: 'Quotes' })
    await pressEnterOn(user, screen.getByRole('link', { name: 'Drivers' }))
    await expectPage('Drivers')
    await pressEnterOn(
      user,
      within(screen.getByRole('main')).getByRole('link', { name: 'Pierre Gasly' }),
    )
    await expectPage('Pierre Gasly')
    expect(router.state.location.pathname).toBe('/drivers/pierre-gasly')

    const ambitions = screen.getByRole('region', { name: 'Ambitions 1' })
    const wish = within(ambitions).getByRole('heading', { level: 3 })
    expect(wish).toHaveTextContent('Wants to race Le Mans')
    expect(within(wish).getByRole('link', { name: 'Le Mans' })).toHaveAttribute(
      'href',
      '/races/le-mans',
    )
    expect(quotesShown(ambitions)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(speakersShown(ambitions)).toEqual(['Jean-Eric Vergne', 'Jean-Eric Vergne'])

    // The evidence's speaker link leads to the one who voiced it.
    const evidence = figureQuoting(VERGNE_HOPES, ambitions)
    await pressEnterOn(user, within(evidence).getByRole('link', { name: 'Jean-Eric Vergne' }))
    await expectPage('Jean-Eric Vergne')
    expect(router.state.location.pathname).toBe('/drivers/jean-eric-vergne')
  })

  it('(c) Jarno Opmeer, quoted nowhere, has a page that says so', async () => {
    const { user, router } = await openApp('/drivers', { heading: 'Drivers' })
    await pressEnterOn(
      user,
      within(screen.getByRole('main')).getByRole('link', { name: 'Jarno Opmeer' }),
    )
    await expectPage('Jarno Opmeer')
    expect(router.state.location.pathname).toBe('/drivers/jarno-opmeer')
    const main = screen.getByRole('main')
    expect(
      within(main).getByText(
        'Jarno Opmeer is named in the sources but not quoted in them, and no quote is about Jarno Opmeer.',
      ),
    ).toBeVisible()
    expect(within(main).queryByRole('figure')).not.toBeInTheDocument()
  })

  it('(d) Cite, then Copy, puts text, translation, speaker, source, date and permalink on the clipboard', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    await navigator.clipboard.writeText('')
    const figure = figureQuoting(VERGNE_INDY)
    // One region for every quote's confirmations, on the page (empty) before the first.
    expect(confirmations()).toEqual([''])

    await pressEnterOn(user, within(figure).getByRole('button', { name: /^Cite/ }))
    const copy = await within(figure).findByRole('button', { name: 'Copy the Plain text citation' })
    await pressEnterOn(user, copy)

    expect(await navigator.clipboard.readText()).toBe(
      `“${VERGNE_INDY}” (English translation by Paddock Quotes: “${VERGNE_INDY_EN}”) — Jean-Eric Vergne, Motorsport.com, June 2020. ${ORIGIN}/quotes/vergne-wants-the-indy-500`,
    )
    const status = await screen.findByText('Copied the Plain text citation')
    expect(status).toHaveRole('status')
    expect(status).toBeVisible()
    // Said once, in the page's one region for confirmations.
    expect(confirmations()).toEqual(['Copied the Plain text citation'])
  })

  it('(d) “Copy link” on a driver page copies the page’s address', async () => {
    const { user } = await openApp('/drivers/pierre-gasly', { heading: 'Pierre Gasly' })
    await navigator.clipboard.writeText('')
    await pressEnterOn(user, screen.getByRole('button', { name: 'Copy link' }))

    expect(await navigator.clipboard.readText()).toBe(`${ORIGIN}/drivers/pierre-gasly`)
    const copied = screen.getByText('Copied')
    expect(copied).toHaveRole('status')
    expect(copied).toBeVisible()
  })

  it('(d) says so when the browser refuses the clipboard', async () => {
    const { user } = await openApp('/quotes/vergne-wants-the-indy-500', {
      heading: 'Quote by Jean-Eric Vergne',
    })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied'))
    await pressEnterOn(user, screen.getByRole('button', { name: 'Copy link' }))

    const failure = screen.getByText(/^Could not copy/)
    expect(failure).toHaveRole('status')
    expect(failure).toBeVisible()
    expect(screen.queryByText('Copied')).not.toBeInTheDocument()
  })

  it('(e) the ambition matrix is a table whose filled cells lead to the quotes behind them', async () => {
    const { user, router, params } = await openApp('/races', { heading: 'Races' })
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Driver', 'Le Mans', 'Indy 500'])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Charles Leclerc', 'Pierre Gasly', 'Jean-Eric Vergne'])

    const gasly = within(table).getByRole('row', { name: /^Pierre Gasly/ })
    const [leMans, indy] = within(gasly).getAllByRole('cell')
    if (!leMans || !indy) throw new Error('Pierre Gasly’s row has a cell per race')
    const cellLink = within(leMans).getByRole('link', {
      name: /Pierre Gasly wants to race Le Mans/,
    })
    expect(cellLink).toHaveAccessibleName('Pierre Gasly wants to race Le Mans: 2 quotes')
    expect(cellLink).toHaveAttribute('href', '/?driver=pierre-gasly&ambition=le-mans')
    expect(indy).toHaveAccessibleName('No')
    expect(within(indy).queryByRole('link')).not.toBeInTheDocument()

    await pressEnterOn(user, cellLink)
    await expectPage('Quotes')
    expect(router.state.location.pathname).toBe('/')
    expect(params()).toEqual({
      driver: 'pierre-gasly',
      ambition: 'le-mans',
    })
    expectChosen('Driver', 'Pierre Gasly')
    expectChosen('Ambition', 'Le Mans')
    // The filtered view is the explorer engine's answer, which comes after the page's own data.
    expect(await screen.findByText('2 quotes of 5', {}, LOAD_TIMEOUT)).toHaveRole('status')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    for (const figure of screen.getAllByRole('figure')) {
      expect(
        within(figure).getByRole('link', { name: 'Pierre Gasly wants to race Le Mans' }),
      ).toBeInTheDocument()
    }
  })
})
