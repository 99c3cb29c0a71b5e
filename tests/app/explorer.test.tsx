import { describe, expect, it } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { chooseFacet, expectChosen, facetControl, facetOptions } from '../support/facet-controls'
import {
  figureQuoting,
  LOAD_TIMEOUT,
  USER_FLOW,
  quotesShown,
  speakersShown,
  tabTo,
} from '../support/page-helpers'

/** The options of a facet's combobox, not those of the native Sort and Period selects. */
const comboOptions = () => {
  const listbox = screen.queryByRole('listbox')
  return listbox ? within(listbox).queryAllByRole('option') : []
}

const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'
const LECLERC_MYTH = 'Het is en blijft een mythische race in de autosport.'
const VERGNE_HOPES = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
const VERGNE_TOGETHER = 'Als we het samen kunnen doen, dan zou dat helemaal top zijn.'
const VERGNE_INDY = 'Er is een race die ik nog niet heb kunnen doen'

/** Opened on the explorer, whose h1 is “Quotes”, with the shipped dataset. */
const EXPLORER = { heading: 'Quotes' }

const searchBox = () => screen.getByRole('searchbox', { name: 'Search quotes' })
const control = facetControl

/** The live result count: its text, and that it is announced (a status). */
/** Waits for the count the results end with: the explorer's engine answers asynchronously. */
async function expectResultCount(text: string) {
  expect(await screen.findByText(text, {}, LOAD_TIMEOUT)).toHaveRole('status')
}

/** The text of every <mark> in an element: what the search highlighted. */
function marksIn(element: HTMLElement) {
  return within(element)
    .queryAllByRole('mark')
    .map((mark) => mark.textContent)
}

const enabled = (label: string) => ({ label, disabled: false, selected: false })
const disabled = (label: string) => ({ label, disabled: true, selected: false })
const chosen = (label: string) => ({ label, disabled: false, selected: true })

describe('the explorer controls, one at a time', USER_FLOW, () => {
  it('offers every option with the quotes it matches; options that give nothing are disabled', async () => {
    const { user } = await openApp('/', EXPLORER)
    expectChosen('Driver', 'All drivers')
    expect(await facetOptions(user, 'Driver')).toEqual([
      disabled('Antonio Giovinazzi 0 quotes'),
      enabled('Charles Leclerc 2 quotes'),
      disabled('Isaac Gillissen 0 quotes'),
      disabled('Jarno Opmeer 0 quotes'),
      enabled('Jean-Eric Vergne 3 quotes'),
      enabled('Pierre Gasly 2 quotes'),
    ])
    expectChosen('Team', 'All teams')
    expect(await facetOptions(user, 'Team')).toEqual([
      enabled('AlphaTauri 2 quotes'),
      enabled('Ferrari 2 quotes'),
      disabled('Porsche 0 quotes'),
      enabled('Veloce Esports 3 quotes'),
    ])
    expectChosen('Ambition', 'Any race')
    expect(await facetOptions(user, 'Ambition')).toEqual([
      enabled('Indy 500 1 quote'),
      enabled('Le Mans 4 quotes'),
    ])
  })

  it('puts no option in the page while a list is closed', async () => {
    const { user } = await openApp('/', EXPLORER)
    expect(comboOptions()).toHaveLength(0)
    expect(control('Driver')).toHaveAttribute('aria-expanded', 'false')
    await user.click(control('Driver'))
    expect(control('Driver')).toHaveAttribute('aria-expanded', 'true')
    expect(comboOptions()).toHaveLength(6)
    await user.keyboard('{Escape}')
    expect(comboOptions()).toHaveLength(0)
  })

  it('Driver: typing part of a name and Enter filters, with the keyboard alone', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await tabTo(user, control('Driver'))
    await user.keyboard('gas{Enter}')

    expect(params()).toEqual({ driver: 'pierre-gasly' })
    expect(control('Driver')).toHaveValue('')
    await user.keyboard('{Escape}')
    expectChosen('Driver', 'Pierre Gasly')
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(await facetOptions(user, 'Team')).toEqual([
      enabled('AlphaTauri 2 quotes'),
      disabled('Ferrari 0 quotes'),
      disabled('Porsche 0 quotes'),
      enabled('Veloce Esports 2 quotes'),
    ])
    expect(await facetOptions(user, 'Ambition')).toEqual([
      disabled('Indy 500 0 quotes'),
      enabled('Le Mans 2 quotes'),
    ])
    // A facet's own options keep counting as if it were not set: choosing one adds its quotes.
    const drivers = await facetOptions(user, 'Driver')
    expect(drivers).toContainEqual(enabled('Charles Leclerc 2 quotes'))
    expect(drivers).toContainEqual(chosen('Pierre Gasly 2 quotes'))

    // Choosing it again takes it out.
    await chooseFacet(user, 'Driver', 'pierre')
    expect(params()).toEqual({})
    expectChosen('Driver', 'All drivers')
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
  })

  it('Driver: two drivers give the quotes of either', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await chooseFacet(user, 'Driver', 'gasly')
    await chooseFacet(user, 'Driver', 'charles')

    expect(params()).toEqual({ driver: ['pierre-gasly', 'charles-leclerc'] })
    expectChosen('Driver', '2 drivers')
    await expectResultCount('4 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(document.title).toBe('Quotes: Pierre Gasly or Charles Leclerc · Paddock Quotes')
    expect(screen.getAllByRole('button', { name: /^Remove filter Driver: / })).toHaveLength(2)
  })

  it('finds an option from the start of any word, ignoring case and accents', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.click(control('Driver'))
    const names = () => comboOptions().map((option) => option.textContent)
    await user.keyboard('JEAN-É')
    expect(names()).toEqual(['Jean-Eric Vergne 3 quotes'])
    await user.clear(control('Driver'))
    await user.keyboard('éric')
    expect(names()).toEqual(['Jean-Eric Vergne 3 quotes'])
    await user.clear(control('Driver'))
    await user.keyboard('charles lec')
    expect(names()).toEqual(['Charles Leclerc 2 quotes'])
    await user.clear(control('Driver'))
    // "le" starts no word of "Charles Leclerc" but "Leclerc".
    await user.keyboard('arles')
    expect(names()).toEqual([])
    // Said on screen, and announced.
    expect(screen.getAllByText('No driver matches “arles”')).toHaveLength(2)
  })

  it('moves with the arrows, Home and End, and Escape closes then clears', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await tabTo(user, control('Team'))
    const activeName = () => {
      const active = control('Team').getAttribute('aria-activedescendant')
      const option = comboOptions().find((o) => o.id === active)
      return option?.textContent?.replace(/ \d+ quotes?$/, '')
    }

    await user.keyboard('{ArrowDown}')
    expect(activeName()).toBe('AlphaTauri')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(activeName()).toBe('Porsche')
    await user.keyboard('{End}')
    expect(activeName()).toBe('Veloce Esports')
    await user.keyboard('{ArrowUp}{Home}')
    expect(activeName()).toBe('AlphaTauri')
    // Porsche matches no quote: Enter on it chooses nothing.
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(params()).toEqual({})
    await user.keyboard('{ArrowDown}{Enter}')
    expect(params()).toEqual({ team: 'veloce-esports' })
    expect(screen.getByRole('option', { name: /^Veloce Esports/ })).toHaveAttribute(
      'aria-selected',
      'true',
    )

    await user.keyboard('fer{Escape}')
    expect(control('Team')).toHaveAttribute('aria-expanded', 'false')
    expect(control('Team')).toHaveValue('fer')
    await user.keyboard('{Escape}')
    expect(control('Team')).toHaveValue('')
    expect(control('Team')).toHaveFocus()
  })

  it('announces how many options match what is typed', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.click(control('Driver'))
    expect(screen.getByText('6 drivers')).toHaveAttribute('aria-live', 'polite')
    await user.keyboard('j')
    expect(screen.getByText('2 drivers match')).toHaveAttribute('aria-live', 'polite')
    await user.keyboard('ea')
    expect(screen.getByText('1 driver matches')).toBeInTheDocument()
    await user.keyboard('zz')
    expect(screen.getAllByText('No driver matches “jeazz”')).toHaveLength(2)
  })

  it('Team: shows the quotes by or about its drivers and puts ?team=id in the URL', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await chooseFacet(user, 'Team', 'ferr')

    expect(params()).toEqual({ team: 'ferrari' })
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
    ])
    expect(await facetOptions(user, 'Driver')).toEqual([
      disabled('Antonio Giovinazzi 0 quotes'),
      enabled('Charles Leclerc 2 quotes'),
      disabled('Isaac Gillissen 0 quotes'),
      disabled('Jarno Opmeer 0 quotes'),
      disabled('Jean-Eric Vergne 0 quotes'),
      disabled('Pierre Gasly 0 quotes'),
    ])
  })

  it('Ambition: with Indy 500 only Vergne remains; the Le Mans-only drivers are disabled', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await chooseFacet(user, 'Ambition', 'indy')

    expect(params()).toEqual({ ambition: 'indy-500' })
    await expectResultCount('1 quote of 5')
    expect(quotesShown()).toEqual([expect.stringContaining(VERGNE_INDY)])
    expect(await facetOptions(user, 'Driver')).toEqual([
      disabled('Antonio Giovinazzi 0 quotes'),
      disabled('Charles Leclerc 0 quotes'),
      disabled('Isaac Gillissen 0 quotes'),
      disabled('Jarno Opmeer 0 quotes'),
      enabled('Jean-Eric Vergne 1 quote'),
      disabled('Pierre Gasly 0 quotes'),
    ])
    expect(await facetOptions(user, 'Team')).toEqual([
      disabled('AlphaTauri 0 quotes'),
      disabled('Ferrari 0 quotes'),
      disabled('Porsche 0 quotes'),
      enabled('Veloce Esports 1 quote'),
    ])
  })

  it('Search: typing sets ?q= and narrows the list; emptying the box removes it', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'vergne')

    expect(params()).toEqual({ q: 'vergne' })
    await expectResultCount('3 quotes of 5')
    expect(speakersShown()).toEqual(['Jean-Eric Vergne', 'Jean-Eric Vergne', 'Jean-Eric Vergne'])

    await user.clear(searchBox())
    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
  })
})

describe('the explorer controls combined', USER_FLOW, () => {
  it('narrows with each filter added (AND), counts following along', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await chooseFacet(user, 'Driver', 'vergne')
    await expectResultCount('3 quotes of 5')
    expect(await facetOptions(user, 'Ambition')).toEqual([
      enabled('Indy 500 1 quote'),
      enabled('Le Mans 2 quotes'),
    ])

    await chooseFacet(user, 'Ambition', 'le m')
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])

    await chooseFacet(user, 'Team', 'veloce')
    await expectResultCount('2 quotes of 5')

    await user.type(searchBox(), 'samen')
    await expectResultCount('1 quote of 5')
    expect(quotesShown()).toEqual([expect.stringContaining(VERGNE_TOGETHER)])
    expect(params()).toEqual({
      driver: 'jean-eric-vergne',
      ambition: 'le-mans',
      team: 'veloce-esports',
      q: 'samen',
    })
    expect(await facetOptions(user, 'Driver')).toEqual([
      disabled('Antonio Giovinazzi 0 quotes'),
      disabled('Charles Leclerc 0 quotes'),
      disabled('Isaac Gillissen 0 quotes'),
      disabled('Jarno Opmeer 0 quotes'),
      chosen('Jean-Eric Vergne 1 quote'),
      enabled('Pierre Gasly 1 quote'),
    ])
  })

  it('a driver and a team give the quotes of both, and two races either', async () => {
    const { user } = await openApp('/?driver=charles-leclerc&driver=jean-eric-vergne', EXPLORER)
    await expectResultCount('5 quotes of 5')
    await chooseFacet(user, 'Ambition', 'indy')
    await expectResultCount('1 quote of 5')
    await chooseFacet(user, 'Ambition', 'le mans')
    expectChosen('Ambition', '2 races')
    await expectResultCount('5 quotes of 5')
    await chooseFacet(user, 'Team', 'ferrari')
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
    ])
    expect(document.title).toBe(
      'Quotes: Charles Leclerc or Jean-Eric Vergne, Ferrari, Indy 500 or Le Mans · Paddock Quotes',
    )
    // Under Ferrari the Indy 500 matches nothing, yet it stays chosen (and can be unchosen).
    expect(await facetOptions(user, 'Ambition')).toEqual([
      chosen('Indy 500 0 quotes'),
      chosen('Le Mans 2 quotes'),
    ])
  })

  it('combines a search with a driver: every word must match', async () => {
    const { user } = await openApp('/?driver=jean-eric-vergne', EXPLORER)
    await user.type(searchBox(), 'vergne indianapolis')
    await expectResultCount('1 quote of 5')
    expect(quotesShown()).toEqual([expect.stringContaining(VERGNE_INDY)])
  })

  it('says so when nothing matches, and “Clear all filters” brings everything back', async () => {
    const { user, params } = await openApp('/?driver=charles-leclerc', EXPLORER)
    await user.type(searchBox(), 'zzz')

    expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    await expectResultCount('0 quotes of 5')
    expect(quotesShown()).toEqual([])

    // The filter alone gives quotes: the search is what to change.
    expect(screen.getByText(/These filters give 2 quotes, but none has every word of “zzz”/))
    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    expect(params()).toEqual({ driver: 'charles-leclerc' })
    await expectResultCount('2 quotes of 5')
    expect(searchBox()).toHaveValue('')
    expect(screen.queryByRole('heading', { name: 'No quotes match' })).not.toBeInTheDocument()
  })

  it('says when the filters are what to change, and searches all quotes instead', async () => {
    const { user, params } = await openApp('/?driver=charles-leclerc&q=brickyard', EXPLORER)
    expect(await screen.findByText(/“brickyard” finds 1 quote, but none with these filters/))
    await user.click(screen.getByRole('button', { name: 'Search all quotes' }))
    expect(params()).toEqual({ q: 'brickyard' })
    await expectResultCount('1 quote of 5')
  })

  it('offers “Clear all filters” when neither the search nor the filters find anything', async () => {
    const { user, params } = await openApp('/?driver=antonio-giovinazzi&q=zzz', EXPLORER)
    await user.click(await screen.findByRole('button', { name: 'Clear all filters' }))
    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
    expectChosen('Driver', 'All drivers')
  })

  it('keeps a chosen option selectable even when the other filters leave it at zero', async () => {
    const { user, params } = await openApp('/?driver=charles-leclerc&ambition=indy-500', EXPLORER)
    expect(await screen.findByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    expectChosen('Driver', 'Charles Leclerc')
    expect(await facetOptions(user, 'Driver')).toContainEqual(chosen('Charles Leclerc 0 quotes'))
    await chooseFacet(user, 'Driver', 'charles')
    expect(params()).toEqual({ ambition: 'indy-500' })
  })
})

describe('search', USER_FLOW, () => {
  it.each([
    { query: 'JEAN-ERIC', count: '3 quotes of 5', why: 'ignores case, matches speaker names' },
    { query: 'jean-éric', count: '3 quotes of 5', why: 'ignores accents in the query' },
    { query: 'vergne', count: '3 quotes of 5', why: 'matches a surname' },
    { query: 'MYTHISCHE', count: '1 quote of 5', why: 'matches the published text' },
    { query: 'mythical', count: '1 quote of 5', why: 'matches the translation' },
    { query: 'esports', count: '3 quotes of 5', why: 'matches context, translation and team' },
    { query: 'indianapolis', count: '1 quote of 5', why: 'matches text and translation' },
    { query: 'le mans samen', count: '1 quote of 5', why: 'needs every word' },
    { query: 'gasly', count: '2 quotes of 5', why: 'matches context and the about link' },
    { query: 'brickyard', count: '1 quote of 5', why: 'matches a race’s venue' },
    { query: 'lecl', count: '2 quotes of 5', why: 'matches the start of a word' },
    { query: 'arles', count: '0 quotes of 5', why: 'does not match inside a word' },
  ])('“$query” $why ($count)', async ({ query, count }) => {
    const { user, params } = await openApp('/', EXPLORER)
    await user.type(searchBox(), query)
    expect(params()).toEqual({ q: query })
    await expectResultCount(count)
    expect(quotesShown()).toHaveLength(Number(count.split(' ')[0]))
  })

  it('highlights a speaker name matched without case or accents, as written', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'JEAN-ÉRIC')
    const figures = screen.getAllByRole('figure')
    expect(figures).toHaveLength(3)
    for (const figure of figures) {
      // Two words, each marked where it starts a word: the hyphen between them is not a match.
      expect(marksIn(figure).slice(0, 2)).toEqual(['Jean', 'Eric'])
      expect(within(figure).getByRole('link', { name: 'Jean-Eric Vergne' })).toBeInTheDocument()
    }
  })

  it('highlights a word in the published text', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'Mythische')
    const figure = figureQuoting(LECLERC_MYTH)
    expect(marksIn(within(figure).getByRole('blockquote'))).toEqual(['mythische'])
    expect(within(figure).getByRole('blockquote')).toHaveTextContent(
      'Het is en blijft een mythische race in de autosport. Op een dag wil ik daar zeker onderdeel van uitmaken.',
    )
  })

  it('highlights “esports” in text, translation and context, each as written', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'esports')
    expect(quotesShown()).toHaveLength(3)
    // Vergne's team, after his name and Gasly's, then the context.
    expect(marksIn(figureQuoting(VERGNE_HOPES))).toEqual(['Esports', 'Esports', 'Esports'])
    const together = figureQuoting(VERGNE_TOGETHER)
    expect(marksIn(within(together).getByRole('blockquote'))).toEqual(['esports'])
    expect(marksIn(together)).toEqual(['esports', 'esports', 'Esports', 'Esports', 'Esports'])
  })

  it('highlights “indianapolis” in the text and its translation', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'indianapolis')
    const figure = figureQuoting(VERGNE_INDY)
    // The text, the translation, and the race's full name beside its short one on the chip.
    expect(marksIn(figure)).toEqual(['Indianapolis', 'Indianapolis', 'Indianapolis'])
    expect(within(figure).getByRole('link', { name: /wants to race Indy 500/ })).toHaveTextContent(
      'Jean-Eric Vergne wants to race Indy 500 (Indianapolis 500)',
    )
  })

  it('treats typed markup as text: no results, no element made from it', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    const hostile = '<img src=x onerror=alert(1)>'
    await user.type(searchBox(), hostile)

    expect(searchBox()).toHaveValue(hostile)
    expect(params()).toEqual({ q: hostile })
    await expectResultCount('0 quotes of 5')
    expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: `Remove filter Search: “${hostile}”` }),
    ).toHaveTextContent(`Search: “${hostile}”`)
  })

  it('“/” focuses the search box from the page, but types a “/” inside it', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    expect(searchBox()).not.toHaveFocus()
    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
    expect(searchBox()).toHaveValue('')

    await user.keyboard('24/7')
    expect(searchBox()).toHaveValue('24/7')
    expect(params()).toEqual({ q: '24/7' })
  })

  it('“/” on a focused link also jumps to the search box', async () => {
    const { user } = await openApp('/', EXPLORER)
    await tabTo(user, screen.getByRole('link', { name: 'Drivers' }))
    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
  })

  it('“/” in a facet’s combobox types a “/”, not a jump', async () => {
    const { user } = await openApp('/', EXPLORER)
    await tabTo(user, control('Team'))
    await user.keyboard('/')
    expect(control('Team')).toHaveFocus()
    expect(control('Team')).toHaveValue('/')
  })
})

describe('active filter chips', USER_FLOW, () => {
  const ALL_FOUR = '/?driver=jean-eric-vergne&team=veloce-esports&ambition=le-mans&q=samen'

  it.each([
    {
      chip: 'Remove filter Driver: Jean-Eric Vergne',
      left: { team: 'veloce-esports', ambition: 'le-mans', q: 'samen' },
    },
    {
      chip: 'Remove filter Team: Veloce Esports',
      left: { driver: 'jean-eric-vergne', ambition: 'le-mans', q: 'samen' },
    },
    {
      chip: 'Remove filter Ambition: Le Mans',
      left: { driver: 'jean-eric-vergne', team: 'veloce-esports', q: 'samen' },
    },
    {
      chip: 'Remove filter Search: “samen”',
      left: { driver: 'jean-eric-vergne', team: 'veloce-esports', ambition: 'le-mans' },
    },
  ])('“$chip” removes that filter only', async ({ chip, left }) => {
    const { user, params } = await openApp(ALL_FOUR, EXPLORER)
    expect(screen.getAllByRole('button', { name: /^Remove filter / })).toHaveLength(4)

    await user.click(screen.getByRole('button', { name: chip }))

    expect(params()).toEqual(left)
    expect(screen.queryByRole('button', { name: chip })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /^Remove filter / })).toHaveLength(3)
    expectChosen('Driver', left.driver ? 'Jean-Eric Vergne' : 'All drivers')
    expectChosen('Team', left.team ? 'Veloce Esports' : 'All teams')
    expectChosen('Ambition', left.ambition ? 'Le Mans' : 'Any race')
    expect(searchBox()).toHaveValue(left.q ?? '')
  })

  it('shows one chip per chosen value, each removing only its value', async () => {
    const { user, params } = await openApp(
      '/?driver=pierre-gasly&driver=charles-leclerc&ambition=le-mans',
      EXPLORER,
    )
    await expectResultCount('4 quotes of 5')
    expect(
      screen.getAllByRole('button', { name: /^Remove filter / }).map((chip) => chip.textContent),
    ).toEqual(['Driver: Pierre Gasly×', 'Driver: Charles Leclerc×', 'Ambition: Le Mans×'])

    await user.click(screen.getByRole('button', { name: 'Remove filter Driver: Pierre Gasly' }))
    expect(params()).toEqual({ driver: 'charles-leclerc', ambition: 'le-mans' })
    await expectResultCount('2 quotes of 5')
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeInTheDocument()
  })

  it('keeps keyboard focus on the page after a chip or “Clear all” disappears', async () => {
    const { user } = await openApp('/?driver=charles-leclerc&team=ferrari&q=mythische', EXPLORER)
    const searchChip = screen.getByRole('button', { name: 'Remove filter Search: “mythische”' })
    await tabTo(user, searchChip)
    await user.keyboard('{Enter}')
    expect(searchChip).not.toBeInTheDocument()
    // Focus dropped to <body> sends a keyboard user back to the top of the page.
    expect(document.body).not.toHaveFocus()

    await tabTo(user, screen.getByRole('button', { name: 'Clear all' }))
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
    expect(document.body).not.toHaveFocus()
  })

  it('removing chips one by one widens the list', async () => {
    const { user, params } = await openApp('/?driver=charles-leclerc&q=mythische', EXPLORER)
    await expectResultCount('1 quote of 5')

    await user.click(screen.getByRole('button', { name: 'Remove filter Search: “mythische”' }))
    expect(params()).toEqual({ driver: 'charles-leclerc' })
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
    ])

    await user.click(screen.getByRole('button', { name: 'Remove filter Driver: Charles Leclerc' }))
    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(screen.queryByRole('button', { name: /^Remove filter / })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
  })

  it('“Clear all” clears every filter', async () => {
    const { user, params } = await openApp(ALL_FOUR, EXPLORER)
    await expectResultCount('1 quote of 5')
    await user.click(screen.getByRole('button', { name: 'Clear all' }))

    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
    expect(screen.queryByRole('button', { name: /^Remove filter / })).not.toBeInTheDocument()
    expectChosen('Driver', 'All drivers')
    expectChosen('Team', 'All teams')
    expectChosen('Ambition', 'Any race')
    expect(searchBox()).toHaveValue('')
  })
})

describe('the URL is the state', USER_FLOW, () => {
  it.each([
    '/?driver=ghost',
    '/?team=williams&ambition=monaco',
    '/?driver=Pierre-Gasly',
    '/?driver=ghost&driver=GHOST&team=',
    '/?utm_source=newsletter&sort=newest',
  ])('ignores unknown values: %s shows all 5 quotes', async (url) => {
    await openApp(url, EXPLORER)
    expect(document.title).toBe('Paddock Quotes')
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
    expect(screen.queryByRole('button', { name: /^Remove filter / })).not.toBeInTheDocument()
    expectChosen('Driver', 'All drivers')
    expectChosen('Team', 'All teams')
    expectChosen('Ambition', 'Any race')
  })

  it('keeps the known filters of a URL that also has unknown ones', async () => {
    await openApp('/?driver=ghost&ambition=indy-500', EXPLORER)
    await expectResultCount('1 quote of 5')
    expectChosen('Driver', 'All drivers')
    expectChosen('Ambition', 'Indy 500')
  })

  it('drops an unknown or repeated id from the address, keeping the others in order', async () => {
    await openApp(
      '/?driver=pierre-gasly&driver=ghost&driver=pierre-gasly&driver=charles-leclerc',
      EXPLORER,
    )
    await expectResultCount('4 quotes of 5')
    expectChosen('Driver', '2 drivers')
    expect(document.title).toBe('Quotes: Pierre Gasly or Charles Leclerc · Paddock Quotes')
    expect(screen.getAllByRole('button', { name: /^Remove filter / })).toHaveLength(2)
  })

  it('names a few chosen values in the title, and counts the rest', async () => {
    await openApp('/?team=ferrari&team=alphatauri&team=veloce-esports&team=porsche&q=le', EXPLORER)
    await expectResultCount('5 quotes of 5')
    expect(document.title).toBe(
      'Quotes: Ferrari, AlphaTauri and 2 more teams, “le” · Paddock Quotes',
    )
  })

  it('Back and Forward restore the controls and the list', async () => {
    const { user, router, params } = await openApp('/', EXPLORER)
    await chooseFacet(user, 'Driver', 'pierre')
    await chooseFacet(user, 'Team', 'alpha')
    expect(params()).toEqual({ driver: 'pierre-gasly', team: 'alphatauri' })

    await act(() => router.navigate(-1))
    expect(params()).toEqual({ driver: 'pierre-gasly' })
    expectChosen('Driver', 'Pierre Gasly')
    expectChosen('Team', 'All teams')
    await expectResultCount('2 quotes of 5')

    await act(() => router.navigate(-1))
    expect(params()).toEqual({})
    expectChosen('Driver', 'All drivers')
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)

    await act(() => router.navigate(1))
    expectChosen('Driver', 'Pierre Gasly')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
  })

  it('one Back undoes a whole typed search, and Forward brings it back', async () => {
    const { user, router, params } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'vergne')
    expect(params()).toEqual({ q: 'vergne' })

    await act(() => router.navigate(-1))
    expect(params()).toEqual({})
    expect(searchBox()).toHaveValue('')
    await expectResultCount('5 quotes')

    await act(() => router.navigate(1))
    expect(searchBox()).toHaveValue('vergne')
    await expectResultCount('3 quotes of 5')
    // The speaker, and the driver of the ambition it voices.
    expect(marksIn(figureQuoting(VERGNE_INDY))).toEqual(['Vergne', 'Vergne'])
  })
})
