import { describe, expect, it } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import {
  figureQuoting,
  LOAD_TIMEOUT,
  USER_FLOW,
  quotesShown,
  speakersShown,
  tabTo,
} from '../support/page-helpers'

const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'
const LECLERC_MYTH = 'Het is en blijft een mythische race in de autosport.'
const VERGNE_HOPES = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
const VERGNE_TOGETHER = 'Als we het samen kunnen doen, dan zou dat helemaal top zijn.'
const VERGNE_INDY = 'Er is een race die ik nog niet heb kunnen doen'

type ControlName = 'Driver' | 'Team' | 'Ambition'

/** Opened on the explorer, whose h1 is “Quotes”, with the shipped dataset. */
const EXPLORER = { heading: 'Quotes' }

const searchBox = () => screen.getByRole('searchbox', { name: 'Search quotes' })
const control = (name: ControlName) => screen.getByRole('combobox', { name })

/** Each option of a control as the user sees it: its label, and whether it can be chosen. */
function optionsOf(name: ControlName) {
  return within(control(name))
    .getAllByRole('option')
    .map((option) => ({ label: option.textContent, disabled: option.hasAttribute('disabled') }))
}

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

const enabled = (label: string) => ({ label, disabled: false })
const disabled = (label: string) => ({ label, disabled: true })

describe('the explorer controls, one at a time', USER_FLOW, () => {
  it('offers every option with its count; options that give nothing are disabled', async () => {
    await openApp('/', EXPLORER)
    expect(optionsOf('Driver')).toEqual([
      enabled('All drivers (5)'),
      disabled('Antonio Giovinazzi (0)'),
      enabled('Charles Leclerc (2)'),
      disabled('Isaac Gillissen (0)'),
      disabled('Jarno Opmeer (0)'),
      enabled('Jean-Eric Vergne (3)'),
      enabled('Pierre Gasly (2)'),
    ])
    expect(optionsOf('Team')).toEqual([
      enabled('All teams (5)'),
      enabled('AlphaTauri (2)'),
      enabled('Ferrari (2)'),
      disabled('Porsche (0)'),
      enabled('Veloce Esports (3)'),
    ])
    expect(optionsOf('Ambition')).toEqual([
      enabled('Any race (5)'),
      enabled('Indy 500 (1)'),
      enabled('Le Mans (4)'),
    ])
  })

  it('Driver: shows the quotes by or about the driver and puts ?driver=id in the URL', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await user.selectOptions(control('Driver'), 'Pierre Gasly (2)')

    expect(params()).toEqual({ driver: 'pierre-gasly' })
    expect(control('Driver')).toHaveValue('pierre-gasly')
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(optionsOf('Team')).toEqual([
      enabled('All teams (2)'),
      enabled('AlphaTauri (2)'),
      disabled('Ferrari (0)'),
      disabled('Porsche (0)'),
      enabled('Veloce Esports (2)'),
    ])
    expect(optionsOf('Ambition')).toEqual([
      enabled('Any race (2)'),
      disabled('Indy 500 (0)'),
      enabled('Le Mans (2)'),
    ])
    // A facet's own options keep counting as if it were not set, so the user can switch.
    expect(optionsOf('Driver')).toContainEqual(enabled('Charles Leclerc (2)'))

    await user.selectOptions(control('Driver'), 'All drivers (5)')
    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
  })

  it('Team: shows the quotes by or about its drivers and puts ?team=id in the URL', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await user.selectOptions(control('Team'), 'Ferrari (2)')

    expect(params()).toEqual({ team: 'ferrari' })
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
    ])
    expect(optionsOf('Driver')).toEqual([
      enabled('All drivers (2)'),
      disabled('Antonio Giovinazzi (0)'),
      enabled('Charles Leclerc (2)'),
      disabled('Isaac Gillissen (0)'),
      disabled('Jarno Opmeer (0)'),
      disabled('Jean-Eric Vergne (0)'),
      disabled('Pierre Gasly (0)'),
    ])
  })

  it('Ambition: with Indy 500 only Vergne remains; the Le Mans-only drivers are disabled', async () => {
    const { user, params } = await openApp('/', EXPLORER)
    await user.selectOptions(control('Ambition'), 'Indy 500 (1)')

    expect(params()).toEqual({ ambition: 'indy-500' })
    await expectResultCount('1 quote of 5')
    expect(quotesShown()).toEqual([expect.stringContaining(VERGNE_INDY)])
    expect(optionsOf('Driver')).toEqual([
      enabled('All drivers (1)'),
      disabled('Antonio Giovinazzi (0)'),
      disabled('Charles Leclerc (0)'),
      disabled('Isaac Gillissen (0)'),
      disabled('Jarno Opmeer (0)'),
      enabled('Jean-Eric Vergne (1)'),
      disabled('Pierre Gasly (0)'),
    ])
    expect(optionsOf('Team')).toEqual([
      enabled('All teams (1)'),
      disabled('AlphaTauri (0)'),
      disabled('Ferrari (0)'),
      disabled('Porsche (0)'),
      enabled('Veloce Esports (1)'),
    ])
    expect(screen.getByRole('option', { name: 'Pierre Gasly (0)' })).toBeDisabled()
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
    await user.selectOptions(control('Driver'), 'Jean-Eric Vergne (3)')
    await expectResultCount('3 quotes of 5')
    expect(optionsOf('Ambition')).toEqual([
      enabled('Any race (3)'),
      enabled('Indy 500 (1)'),
      enabled('Le Mans (2)'),
    ])

    await user.selectOptions(control('Ambition'), 'Le Mans (2)')
    await expectResultCount('2 quotes of 5')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])

    await user.selectOptions(control('Team'), 'Veloce Esports (2)')
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
    expect(optionsOf('Driver')).toEqual([
      enabled('All drivers (1)'),
      disabled('Antonio Giovinazzi (0)'),
      disabled('Charles Leclerc (0)'),
      disabled('Isaac Gillissen (0)'),
      disabled('Jarno Opmeer (0)'),
      enabled('Jean-Eric Vergne (1)'),
      enabled('Pierre Gasly (1)'),
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

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(params()).toEqual({})
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
    expect(searchBox()).toHaveValue('')
    expect(control('Driver')).toHaveValue('')
    expect(screen.queryByRole('heading', { name: 'No quotes match' })).not.toBeInTheDocument()
  })

  it('keeps a chosen option selectable even when the other filters leave it at zero', async () => {
    await openApp('/?driver=charles-leclerc&ambition=indy-500', EXPLORER)
    expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    expect(control('Driver')).toHaveValue('charles-leclerc')
    expect(
      screen.getByRole('option', { name: 'Charles Leclerc (0)', selected: true }),
    ).toBeEnabled()
  })
})

describe('search', USER_FLOW, () => {
  it.each([
    { query: 'JEAN-ERIC', count: '3 quotes of 5', why: 'ignores case, matches speaker names' },
    { query: 'jean-éric', count: '3 quotes of 5', why: 'ignores accents in the query' },
    { query: 'vergne', count: '3 quotes of 5', why: 'matches a surname' },
    { query: 'MYTHISCHE', count: '1 quote of 5', why: 'matches the published text' },
    { query: 'mythical', count: '1 quote of 5', why: 'matches the translation' },
    { query: 'esports', count: '2 quotes of 5', why: 'matches context and translation' },
    { query: 'indianapolis', count: '1 quote of 5', why: 'matches text and translation' },
    { query: 'le mans samen', count: '1 quote of 5', why: 'needs every word' },
    { query: 'gasly', count: '2 quotes of 5', why: 'matches context, not the about link' },
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
      expect(marksIn(figure)).toEqual(['Jean-Eric'])
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
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(marksIn(figureQuoting(VERGNE_HOPES))).toEqual(['Esports'])
    const together = figureQuoting(VERGNE_TOGETHER)
    expect(marksIn(within(together).getByRole('blockquote'))).toEqual(['esports'])
    expect(marksIn(together)).toEqual(['esports', 'esports', 'Esports'])
  })

  it('highlights “indianapolis” in the text and its translation', async () => {
    const { user } = await openApp('/', EXPLORER)
    await user.type(searchBox(), 'indianapolis')
    const figure = figureQuoting(VERGNE_INDY)
    expect(marksIn(figure)).toEqual(['Indianapolis', 'Indianapolis'])
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

  it('“/” in a select does not steal focus', async () => {
    const { user } = await openApp('/', EXPLORER)
    await tabTo(user, control('Team'))
    await user.keyboard('/')
    expect(control('Team')).toHaveFocus()
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
    expect(control('Driver')).toHaveValue(left.driver ?? '')
    expect(control('Team')).toHaveValue(left.team ?? '')
    expect(control('Ambition')).toHaveValue(left.ambition ?? '')
    expect(searchBox()).toHaveValue(left.q ?? '')
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
    for (const name of ['Driver', 'Team', 'Ambition'] as const) {
      expect(control(name)).toHaveValue('')
    }
    expect(searchBox()).toHaveValue('')
  })
})

describe('the URL is the state', USER_FLOW, () => {
  it.each([
    '/?driver=ghost',
    '/?team=williams&ambition=monaco',
    '/?driver=Pierre-Gasly',
    '/?utm_source=newsletter&sort=newest',
  ])('ignores unknown values: %s shows all 5 quotes', async (url) => {
    await openApp(url, EXPLORER)
    expect(document.title).toBe('Paddock Quotes')
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)
    expect(screen.queryByRole('button', { name: /^Remove filter / })).not.toBeInTheDocument()
    for (const name of ['Driver', 'Team', 'Ambition'] as const) {
      expect(control(name)).toHaveValue('')
    }
  })

  it('keeps the known filters of a URL that also has unknown ones', async () => {
    await openApp('/?driver=ghost&ambition=indy-500', EXPLORER)
    await expectResultCount('1 quote of 5')
    expect(control('Driver')).toHaveValue('')
    expect(control('Ambition')).toHaveValue('indy-500')
  })

  it('Back and Forward restore the selects and the list', async () => {
    const { user, router, params } = await openApp('/', EXPLORER)
    await user.selectOptions(control('Driver'), 'Pierre Gasly (2)')
    await user.selectOptions(control('Team'), 'AlphaTauri (2)')
    expect(params()).toEqual({ driver: 'pierre-gasly', team: 'alphatauri' })

    await act(() => router.navigate(-1))
    expect(params()).toEqual({ driver: 'pierre-gasly' })
    expect(control('Driver')).toHaveValue('pierre-gasly')
    expect(control('Team')).toHaveValue('')
    await expectResultCount('2 quotes of 5')

    await act(() => router.navigate(-1))
    expect(params()).toEqual({})
    expect(control('Driver')).toHaveValue('')
    await expectResultCount('5 quotes')
    expect(quotesShown()).toHaveLength(5)

    await act(() => router.navigate(1))
    expect(control('Driver')).toHaveValue('pierre-gasly')
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
    expect(marksIn(figureQuoting(VERGNE_INDY))).toEqual(['Vergne'])
  })
})
