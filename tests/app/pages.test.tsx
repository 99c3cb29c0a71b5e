import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { findPage, openApp } from '../support/open-app'
import {
  expectHead,
  figureQuoting,
  quotesShown,
  speakersShown,
  USER_FLOW,
} from '../support/page-helpers'
import { expectChosen } from '../support/facet-controls'

const VERGNE_INDY =
  'Er is een race die ik nog niet heb kunnen doen, maar in mijn leven nog wel graag wil doen is de Indianapolis 500.'
const VERGNE_INDY_EN =
  'There is one race I have not yet been able to do, but would still love to do in my life: the Indianapolis 500.'
const VERGNE_TOGETHER = 'Als we het samen kunnen doen, dan zou dat helemaal top zijn.'
const VERGNE_HOPES = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'
const LECLERC_MYTH = 'Het is en blijft een mythische race in de autosport.'

function regionNamed(name: string | RegExp) {
  return screen.getByRole('region', { name })
}

/** The list item of a list of cards or ambitions that is headed by `name`. */
function itemHeaded(container: HTMLElement, level: number, name: string | RegExp) {
  const items = within(container)
    .getAllByRole('listitem')
    .filter((item) => within(item).queryByRole('heading', { level, name }))
  expect(items, `one item headed “${name}”`).toHaveLength(1)
  const [item] = items
  if (!item) throw new Error(`No item headed “${name}”`)
  return item
}

describe('the explorer', USER_FLOW, () => {
  it('at / shows every quote as a sourced figure, with the controls', async () => {
    const { main } = await openApp('/', { heading: 'Quotes' })
    expectHead(
      'Paddock Quotes',
      'Explore 5 quotes by 6 drivers: filter by driver, team or the race they want to drive.',
    )
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('')
    expectChosen('Driver', 'All drivers')
    expectChosen('Team', 'All teams')
    expectChosen('Ambition', 'Any race')
    expect(screen.getByText('5 quotes')).toHaveRole('status')

    const figures = within(main).getAllByRole('figure')
    expect(figures).toHaveLength(5)
    for (const figure of figures) {
      expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'nl')
      expect(within(figure).getByText(/^Our translation/)).toBeVisible()
      expect(figure).toHaveTextContent('Motorsport.com, June 2020')
    }
    expect(speakersShown()).toEqual([
      'Charles Leclerc',
      'Charles Leclerc',
      'Jean-Eric Vergne',
      'Jean-Eric Vergne',
      'Jean-Eric Vergne',
    ])
  })

  it('shows a quote with its speaker, subject, translation, context, source and ambition', async () => {
    await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_TOGETHER)

    expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'nl')
    expect(within(figure).getByText(/^Our translation/)).toHaveTextContent(
      'Our translation from Dutch',
    )
    expect(
      within(figure).getByText(/^If we could do it together, that would be absolutely brilliant/),
    ).toHaveAttribute('lang', 'en')
    expect(within(figure).getByRole('link', { name: 'Jean-Eric Vergne' })).toHaveAttribute(
      'href',
      '/drivers/jean-eric-vergne',
    )
    expect(figure).toHaveTextContent(
      'Jean-Eric Vergne (Veloce Esports) about Pierre Gasly (AlphaTauri, Veloce Esports)',
    )
    expect(within(figure).getByRole('link', { name: 'Pierre Gasly' })).toHaveAttribute(
      'href',
      '/drivers/pierre-gasly',
    )
    expect(within(figure).getByText('About his Veloce Esports teammate Pierre Gasly')).toBeVisible()
    expect(figure).toHaveTextContent('Motorsport.com, June 2020')
    const ambitions = within(figure).getByRole('list', { name: 'Ambitions voiced' })
    expect(
      within(ambitions).getByRole('link', { name: 'Pierre Gasly wants to race Le Mans' }),
    ).toHaveAttribute('href', '/races/le-mans')
    expect(within(figure).getByRole('link', { name: /^Permalink/ })).toHaveAttribute(
      'href',
      '/quotes/vergne-gasly-really-wants-le-mans',
    )
    const cite = within(figure).getByRole('button', { name: /^Cite/ })
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    expect(within(figure).getByRole('button', { name: /^Share/ })).toBeEnabled()
  })

  it('at /?driver&team&ambition&q shows only the quotes matching all four, controls set', async () => {
    await openApp('/?driver=pierre-gasly&team=veloce-esports&ambition=le-mans&q=samen', {
      heading: 'Quotes',
    })
    expectHead(
      'Quotes: Pierre Gasly, Veloce Esports, Le Mans, “samen” · Paddock Quotes',
      /^Explore 5 quotes by 6 drivers/,
    )
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('samen')
    expectChosen('Driver', 'Pierre Gasly')
    expectChosen('Team', 'Veloce Esports')
    expectChosen('Ambition', 'Le Mans')
    expect(screen.getByText('1 quote of 5')).toHaveRole('status')
    expect(quotesShown()).toEqual([expect.stringContaining(VERGNE_TOGETHER)])
    for (const chip of [
      'Remove filter Search: “samen”',
      'Remove filter Driver: Pierre Gasly',
      'Remove filter Team: Veloce Esports',
      'Remove filter Ambition: Le Mans',
    ]) {
      expect(screen.getByRole('button', { name: chip })).toBeInTheDocument()
    }
  })

  it('at /?driver=… alone shows the quotes said by or about that driver', async () => {
    await openApp('/?driver=pierre-gasly', { heading: 'Quotes' })
    expect(screen.getByText('2 quotes of 5')).toHaveRole('status')
    expect(quotesShown()).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
  })

  it('renders a query from the URL as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>'
    await openApp(`/?q=${encodeURIComponent(hostile)}`, { heading: 'Quotes' })
    expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue(hostile)
    expect(screen.getByRole('button', { name: `Remove filter Search: “${hostile}”` })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})

describe('drivers', USER_FLOW, () => {
  it('/drivers lists every driver, A to Z, with teams, counts and ambitions', async () => {
    const { main } = await openApp('/drivers', { heading: 'Drivers' })
    expectHead(
      'Drivers · Paddock Quotes',
      'All 6 drivers in the quotes, with their teams and the races they want to drive.',
    )
    const names = within(main).getAllByRole('heading', { level: 2 })
    expect(names.map((heading) => heading.textContent)).toEqual([
      'Antonio Giovinazzi',
      'Charles Leclerc',
      'Isaac Gillissen',
      'Jarno Opmeer',
      'Jean-Eric Vergne',
      'Pierre Gasly',
    ])
    expect(within(main).getByRole('link', { name: 'Jarno Opmeer' })).toHaveAttribute(
      'href',
      '/drivers/jarno-opmeer',
    )

    const gasly = itemHeaded(main, 2, 'Pierre Gasly')
    expect(gasly).toHaveTextContent('AlphaTauri · Veloce Esports')
    expect(gasly).toHaveTextContent('0 quotes by, 2 about')
    expect(gasly).toHaveTextContent('Wants to race Le Mans')
    const vergne = itemHeaded(main, 2, 'Jean-Eric Vergne')
    expect(vergne).toHaveTextContent('3 quotes by, 0 about')
    expect(vergne).toHaveTextContent('Wants to race Indy 500')
    const opmeer = itemHeaded(main, 2, 'Jarno Opmeer')
    expect(opmeer).toHaveTextContent('Named in the sources, not quoted')
    expect(opmeer).not.toHaveTextContent('Wants to race')
  })

  it('/drivers/pierre-gasly shows his teams with roles, ambitions with evidence, and each quote once', async () => {
    const { main } = await openApp('/drivers/pierre-gasly', { heading: 'Pierre Gasly' })
    expectHead(
      'Pierre Gasly · Paddock Quotes',
      '0 quotes by Pierre Gasly, 2 about; wants to race Le Mans.',
    )
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeEnabled()
    expect(
      within(main).getByRole('link', { name: 'Explore the 2 quotes by or about Pierre Gasly' }),
    ).toHaveAttribute('href', '/?driver=pierre-gasly')

    const teams = within(regionNamed('Teams')).getAllByRole('listitem')
    expect(teams.map((team) => team.textContent)).toEqual([
      'AlphaTauri · Formula 1 driver',
      'Veloce Esports · Virtual Le Mans driver',
    ])
    expect(within(regionNamed('Teams')).getByRole('link', { name: 'AlphaTauri' })).toHaveAttribute(
      'href',
      '/teams/alphatauri',
    )

    const ambitions = regionNamed('Ambitions 1')
    const leMans = itemHeaded(ambitions, 3, 'Wants to race Le Mans (2 quotes)')
    expect(within(leMans).getByRole('link', { name: 'Le Mans' })).toHaveAttribute(
      'href',
      '/races/le-mans',
    )
    expect(quotesShown(leMans)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(speakersShown(leMans)).toEqual(['Jean-Eric Vergne', 'Jean-Eric Vergne'])

    // Not quoted himself: no empty section, the line under his name says so.
    expect(screen.queryByRole('region', { name: /^Quotes by Pierre Gasly/ })).toBeNull()
    expect(within(main).getByText('0 quotes by Pierre Gasly, 2 about; wants to race Le Mans.'))
    // The two quotes about him are the ones under Ambitions: said where, not shown twice.
    const about = regionNamed('Quotes about Pierre Gasly 2')
    expect(quotesShown(about)).toEqual([])
    expect(within(about).getByText('Both are shown above, under Ambitions.')).toBeVisible()
    expect(quotesShown(main)).toHaveLength(2)
  })

  it('/drivers/jean-eric-vergne lists the quotes he said', async () => {
    await openApp('/drivers/jean-eric-vergne', { heading: 'Jean-Eric Vergne' })
    expectHead(
      'Jean-Eric Vergne · Paddock Quotes',
      '3 quotes by Jean-Eric Vergne, 0 about; wants to race Indy 500.',
    )
    expect(quotesShown(regionNamed(/^Ambitions/))).toEqual([expect.stringContaining(VERGNE_INDY)])
    const said = regionNamed('Quotes by Jean-Eric Vergne 3')
    expect(quotesShown(said)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(within(said).getByText('1 of them is shown above, under Ambitions.')).toBeVisible()
    expect(screen.queryByRole('region', { name: /^Quotes about Jean-Eric Vergne/ })).toBeNull()
  })

  it('/drivers/jarno-opmeer says he is named but not quoted, with no empty sections', async () => {
    const { main } = await openApp('/drivers/jarno-opmeer', { heading: 'Jarno Opmeer' })
    const why =
      'Jarno Opmeer is named in the sources but not quoted in them, and no quote is about Jarno Opmeer.'
    expectHead('Jarno Opmeer · Paddock Quotes', why)
    expect(within(main).getByText(why)).toBeVisible()
    expect(within(main).getByText('Dutch')).toBeVisible()
    expect(within(regionNamed('Teams')).getByRole('listitem')).toHaveTextContent(
      'Veloce Esports · Virtual Le Mans driver',
    )
    expect(
      screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby')),
    ).toEqual(['teams-title'])
    expect(within(main).queryByRole('figure')).not.toBeInTheDocument()
    // As on a team page with no quotes: no link to an empty explorer.
    expect(within(main).queryByRole('link', { name: /^Explore the/ })).not.toBeInTheDocument()
  })
})

describe('races', USER_FLOW, () => {
  it('/races shows the ambition matrix and every race with who wants it', async () => {
    const { main } = await openApp('/races', { heading: 'Races' })
    expectHead(
      'Races · Paddock Quotes',
      'The 2 races drivers dream of, and who wants to race each one.',
    )
    expect(within(main).getByRole('table')).toBeInTheDocument()
    const leMans = itemHeaded(main, 3, '24 Hours of Le Mans')
    expect(leMans).toHaveTextContent('Wanted by Charles Leclerc and Pierre Gasly')
    expect(within(leMans).getByRole('link', { name: '24 Hours of Le Mans' })).toHaveAttribute(
      'href',
      '/races/le-mans',
    )
    const indy = itemHeaded(main, 3, 'Indianapolis 500')
    expect(indy).toHaveTextContent('Wanted by Jean-Eric Vergne')
    expect(indy).toHaveTextContent('The Greatest Spectacle in Racing')
  })

  it('/races/le-mans lists who wants to race it, each with the quotes that say so', async () => {
    const { main } = await openApp('/races/le-mans', { heading: '24 Hours of Le Mans' })
    expectHead(
      '24 Hours of Le Mans · Paddock Quotes',
      'Who wants to race Le Mans: Charles Leclerc and Pierre Gasly, in their own words.',
    )
    expect(main).toHaveTextContent(/postponed because of the coronavirus/)
    expect(
      within(main).getByRole('link', {
        name: 'Explore the 4 quotes voicing an ambition to race it',
      }),
    ).toHaveAttribute('href', '/?ambition=le-mans')

    const wishers = regionNamed(/^Who wants to race it/)
    expect(
      within(wishers)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Charles Leclerc (2 quotes)', 'Pierre Gasly (2 quotes)'])
    expect(within(main).getByText('2 drivers want to race it, in 4 quotes.')).toBeVisible()

    const leclerc = itemHeaded(wishers, 3, 'Charles Leclerc (2 quotes)')
    const leclercHeading = within(leclerc).getByRole('heading', { level: 3 })
    expect(within(leclercHeading).getByRole('link', { name: 'Charles Leclerc' })).toHaveAttribute(
      'href',
      '/drivers/charles-leclerc',
    )
    expect(quotesShown(leclerc)).toEqual([
      expect.stringContaining(LECLERC_REAL),
      expect.stringContaining(LECLERC_MYTH),
    ])
    const gasly = itemHeaded(wishers, 3, 'Pierre Gasly (2 quotes)')
    expect(quotesShown(gasly)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
    ])
    expect(speakersShown(gasly)).toEqual(['Jean-Eric Vergne', 'Jean-Eric Vergne'])
    for (const figure of within(wishers).getAllByRole('figure')) {
      expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'nl')
    }
  })

  it('/races/indy-500 shows its facts and Vergne as the one who wants it', async () => {
    const { main } = await openApp('/races/indy-500', { heading: 'Indianapolis 500' })
    expectHead(
      'Indianapolis 500 · Paddock Quotes',
      'Who wants to race Indy 500: Jean-Eric Vergne, in their own words.',
    )
    expect(main).toHaveTextContent('NicknameThe Greatest Spectacle in Racing')
    expect(main).toHaveTextContent('VenueThe Brickyard')
    const wishers = regionNamed(/^Who wants to race it/)
    expect(
      within(wishers)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Jean-Eric Vergne (1 quote)'])
    const figure = figureQuoting(VERGNE_INDY, wishers)
    expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'nl')
    expect(within(figure).getByRole('link', { name: 'Jean-Eric Vergne' })).toHaveAttribute(
      'href',
      '/drivers/jean-eric-vergne',
    )
    expect(figure).toHaveTextContent(VERGNE_INDY_EN)
  })
})

describe('teams', USER_FLOW, () => {
  it('/teams lists every team, A to Z, with drivers and quotes counted', async () => {
    const { main } = await openApp('/teams', { heading: 'Teams' })
    expectHead('Teams · Paddock Quotes', 'All 4 teams in the quotes, with their drivers.')
    expect(
      within(main)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['AlphaTauri', 'Ferrari', 'Porsche', 'Veloce Esports'])
    expect(itemHeaded(main, 2, 'Veloce Esports')).toHaveTextContent('4 drivers, 3 quotes')
    expect(itemHeaded(main, 2, 'Ferrari')).toHaveTextContent('2 drivers, 2 quotes')
    expect(itemHeaded(main, 2, 'Porsche')).toHaveTextContent('0 drivers, 0 quotes')
    expect(within(main).getByRole('link', { name: 'Veloce Esports' })).toHaveAttribute(
      'href',
      '/teams/veloce-esports',
    )
  })

  it('/teams/veloce-esports lists its drivers with roles and their quotes', async () => {
    const { main } = await openApp('/teams/veloce-esports', { heading: 'Veloce Esports' })
    expectHead(
      'Veloce Esports · Paddock Quotes',
      'Veloce Esports (Esports): 4 drivers and 3 quotes by or about them.',
    )
    expect(
      within(main).getByRole('link', { name: 'Explore the 3 quotes by or about its drivers' }),
    ).toHaveAttribute('href', '/?team=veloce-esports')
    const drivers = within(regionNamed(/^Drivers/)).getAllByRole('listitem')
    expect(drivers.map((driver) => driver.textContent)).toEqual([
      'Isaac Gillissen · Virtual Le Mans driver',
      'Jarno Opmeer · Virtual Le Mans driver',
      'Jean-Eric Vergne · Virtual Le Mans driver',
      'Pierre Gasly · Virtual Le Mans driver',
    ])
    expect(
      within(regionNamed(/^Drivers/)).getByRole('link', { name: 'Isaac Gillissen' }),
    ).toHaveAttribute('href', '/drivers/isaac-gillissen')
    const quotes = regionNamed(/^Quotes by or about Veloce Esports drivers/)
    expect(quotesShown(quotes)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(VERGNE_TOGETHER),
      expect.stringContaining(VERGNE_INDY),
    ])
  })
  it('/teams/porsche, with no driver and no quote, says why instead of empty sections', async () => {
    const { main } = await openApp('/teams/porsche', { heading: 'Porsche' })
    expect(
      within(main).getByText(
        'Porsche is named in the sources, but no driver here drives for it and no quote concerns it.',
      ),
    ).toBeVisible()
    expect(screen.queryAllByRole('region')).toEqual([])
    expect(within(main).queryByRole('link', { name: /^Explore the/ })).toBeNull()
  })
})

describe('a quote', USER_FLOW, () => {
  it('/quotes/vergne-wants-the-indy-500 shows the quote, its source and a Copy link', async () => {
    const { main } = await openApp('/quotes/vergne-wants-the-indy-500', {
      heading: 'Quote by Jean-Eric Vergne',
    })
    expectHead(
      /^Jean-Eric Vergne: “Er is een race die ik nog niet heb kunnen doen.*” · Paddock Quotes$/,
      `Jean-Eric Vergne, quoted by Motorsport.com: “${VERGNE_INDY_EN}”`,
    )
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeEnabled()
    const figure = figureQuoting(VERGNE_INDY)
    expect(within(main).getAllByRole('figure')).toHaveLength(1)
    expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'nl')
    expect(within(figure).getByRole('blockquote')).toHaveTextContent(VERGNE_INDY)
    expect(within(figure).getByText(/^Our translation/)).toBeVisible()
    expect(within(figure).getByText(VERGNE_INDY_EN)).toHaveAttribute('lang', 'en')
    expect(within(figure).getByRole('link', { name: 'Jean-Eric Vergne' })).toHaveAttribute(
      'href',
      '/drivers/jean-eric-vergne',
    )
    expect(figure).toHaveTextContent('Motorsport.com, June 2020')
    expect(
      within(figure).getByRole('link', { name: 'Jean-Eric Vergne wants to race Indy 500' }),
    ).toHaveAttribute('href', '/races/indy-500')
    // Its own page: no link to itself; Cite leads to the citations under it.
    expect(within(figure).queryByRole('link', { name: /^Permalink/ })).not.toBeInTheDocument()
    expect(within(figure).getByRole('link', { name: /^Cite/ })).toHaveAttribute(
      'href',
      '#cite-this-quote',
    )
    const cite = screen.getByRole('region', { name: 'Cite this quote' })
    expect(within(cite).getAllByRole('button', { name: /^Copy the/ })).toHaveLength(4)
    expect(within(main).getByRole('link', { name: 'All about Jean-Eric Vergne' })).toHaveAttribute(
      'href',
      '/drivers/jean-eric-vergne',
    )
  })
})

describe('not found', USER_FLOW, () => {
  it.each([
    { url: '/no/such/page', message: 'There is no page at this address.' },
    { url: '/drivers/pierre-gasly/extra', message: 'There is no page at this address.' },
    { url: '/drivers/ghost', message: 'There is no driver “ghost” in these quotes.' },
    { url: '/races/monaco', message: 'There is no race “monaco” in these quotes.' },
    { url: '/teams/williams', message: 'There is no team “williams” in these quotes.' },
    { url: '/quotes/never-said', message: 'There is no quote “never-said” in these quotes.' },
  ])('$url says “$message” and offers ways back', async ({ url, message }) => {
    const { main } = await openApp(url, { heading: 'Not found' })
    expectHead('Not found · Paddock Quotes', message)
    expect(within(main).getByText(message)).toBeVisible()
    expect(within(main).queryByRole('figure')).not.toBeInTheDocument()
    const ways = [
      ['All quotes', '/'],
      ['Drivers', '/drivers'],
      ['Races', '/races'],
      ['Teams', '/teams'],
    ]
    for (const [name, href] of ways) {
      expect(within(main).getByRole('link', { name })).toHaveAttribute('href', href)
    }
  })

  it('a way back works: All quotes leads to the explorer', async () => {
    const { user, main, router } = await openApp('/drivers/ghost', { heading: 'Not found' })
    await user.click(within(main).getByRole('link', { name: 'All quotes' }))
    expect(await findPage('Quotes')).toHaveFocus()
    expect(router.state.location.pathname).toBe('/')
    expect(quotesShown()).toHaveLength(5)
    expectHead('Paddock Quotes', /^Explore 5 quotes/)
  })
})

describe('navigating by links', USER_FLOW, () => {
  it('a speaker link in the explorer opens the driver page, heading focused', async () => {
    const { user, router } = await openApp('/', { heading: 'Quotes' })
    const figure = figureQuoting(VERGNE_INDY)
    await user.click(within(figure).getByRole('link', { name: 'Jean-Eric Vergne' }))

    const heading = await findPage('Jean-Eric Vergne')
    expect(heading).toHaveFocus()
    expect(router.state.location.pathname).toBe('/drivers/jean-eric-vergne')
    expect(screen.queryByRole('heading', { level: 1, name: 'Quotes' })).not.toBeInTheDocument()
    expectHead('Jean-Eric Vergne · Paddock Quotes', /^3 quotes by Jean-Eric Vergne/)
  })

  it('keeps one title and one description while moving driver → team → race → quote', async () => {
    const { user, router } = await openApp('/drivers/pierre-gasly', { heading: 'Pierre Gasly' })

    await user.click(within(regionNamed('Teams')).getByRole('link', { name: 'Veloce Esports' }))
    await findPage('Veloce Esports')
    expectHead('Veloce Esports · Paddock Quotes', /^Veloce Esports \(Esports\)/)

    const quotes = regionNamed(/^Quotes by or about Veloce Esports drivers/)
    const indy = figureQuoting(VERGNE_INDY, quotes)
    await user.click(within(indy).getByRole('link', { name: /wants to race Indy 500/ }))
    await findPage('Indianapolis 500')
    expectHead('Indianapolis 500 · Paddock Quotes', /^Who wants to race Indy 500/)

    await user.click(screen.getByRole('link', { name: /^Permalink/ }))
    await findPage('Quote by Jean-Eric Vergne')
    expect(router.state.location.pathname).toBe('/quotes/vergne-wants-the-indy-500')
    expectHead(/^Jean-Eric Vergne: “Er is een race/, /^Jean-Eric Vergne, quoted by Motorsport\.com/)
  })
})
