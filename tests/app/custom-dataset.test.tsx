import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import type { UserEvent } from '@testing-library/user-event'
import { chooseFacet, facetOptions, type FacetName } from '../support/facet-controls'
import {
  expectHead,
  figureQuoting,
  USER_FLOW,
  quotesShown,
  speakersShown,
} from '../support/page-helpers'

/** A small, obviously invented dataset: nothing in it comes from the first one. */
const SOURCE = 'example-gazette-2031'
const syntheticDataset = {
  schemaVersion: 1,
  sources: [
    {
      id: SOURCE,
      publisher: 'Example Gazette',
      title: 'A Synthetic Interview',
      language: 'de',
      published: '2031-03-14',
      url: 'https://example.org/synthetic-interview',
    },
  ],
  teams: [
    { id: 'testbench-racing', name: 'Testbench Racing', category: 'Fixture Series' },
    { id: 'mock-motors', name: 'Mock Motors' },
  ],
  races: [
    { id: 'nowhere-grand-prix', name: 'Grand Prix of Nowhere', shortName: 'Nowhere GP' },
    { id: 'fixture-500', name: 'Fixture 500', venue: 'Placeholder Park' },
  ],
  drivers: [
    {
      id: 'zoe-placeholder',
      name: 'Zoë Placeholder',
      affiliations: [{ teamId: 'testbench-racing', role: 'Reserve tester' }],
    },
    {
      id: 'quinn-stub',
      name: 'Quinn Stub',
      nationality: 'Imaginary',
      affiliations: [
        { teamId: 'testbench-racing', role: 'Lead fixture' },
        { teamId: 'mock-motors' },
      ],
    },
    { id: 'rex-dummy', name: 'Rex Dummy', affiliations: [] },
  ],
  quotes: [
    {
      id: 'zoe-dreams-of-nowhere',
      speakerId: 'zoe-placeholder',
      text: 'Eines Tages will ich in Nirgendwo fahren.',
      language: 'de',
      sourceId: SOURCE,
      aboutDriverIds: [],
      ambitions: [{ driverId: 'zoe-placeholder', raceId: 'nowhere-grand-prix' }],
      translations: { en: 'One day I want to race in Nowhere.' },
    },
    {
      id: 'zoe-on-quinn',
      speakerId: 'zoe-placeholder',
      text: 'Quinn will das Fixture 500 unbedingt fahren.',
      language: 'de',
      sourceId: SOURCE,
      aboutDriverIds: ['quinn-stub'],
      ambitions: [{ driverId: 'quinn-stub', raceId: 'fixture-500' }],
      translations: { en: 'Quinn really wants to race the Fixture 500.' },
      context: 'About her teammate, in a made-up interview',
    },
    {
      id: 'quinn-says-hello',
      speakerId: 'quinn-stub',
      text: 'Hallo, Testwelt.',
      language: 'de',
      sourceId: SOURCE,
      aboutDriverIds: [],
      ambitions: [],
    },
  ],
}

const FIRST_DATASET = /Le Mans|Indy|Indianapolis|Gasly|Vergne|Leclerc|Opmeer|Motorsport\.com|2020/

async function optionLabels(user: UserEvent, name: FacetName) {
  const options = await facetOptions(user, name)
  return options.map(({ label, disabled }) => `${label}${disabled ? ' [disabled]' : ''}`)
}

describe('another dataset: nothing about the first one is built in', USER_FLOW, () => {
  it('the explorer shows its quotes, names, counts and source', async () => {
    const { main, user } = await openApp('/', { dataset: syntheticDataset, heading: 'Quotes' })
    expectHead(
      'Paddock Quotes',
      'Explore 3 quotes by 3 drivers: filter by driver, team or the race they want to drive.',
    )
    expect(screen.getByText('3 quotes')).toHaveRole('status')
    expect(speakersShown()).toEqual(['Zoë Placeholder', 'Zoë Placeholder', 'Quinn Stub'])
    expect(await optionLabels(user, 'Driver')).toEqual([
      'Quinn Stub 2 quotes',
      'Rex Dummy 0 quotes [disabled]',
      'Zoë Placeholder 2 quotes',
    ])
    expect(await optionLabels(user, 'Team')).toEqual([
      'Mock Motors 2 quotes',
      'Testbench Racing 3 quotes',
    ])
    expect(await optionLabels(user, 'Ambition')).toEqual([
      'Fixture 500 1 quote',
      'Nowhere GP 1 quote',
    ])

    const figure = figureQuoting('Quinn will das Fixture 500 unbedingt fahren.')
    expect(within(figure).getByRole('blockquote')).toHaveAttribute('lang', 'de')
    expect(within(figure).getByText(/^Our translation/)).toHaveTextContent(
      'Our translation from German',
    )
    expect(figure).toHaveTextContent(
      'Zoë Placeholder (Testbench Racing) about Quinn Stub (Testbench Racing, Mock Motors)',
    )
    expect(figure).toHaveTextContent('Example Gazette, A Synthetic Interview, 14 March 2031')
    // In its source's language: the link opens the article at the quote's words.
    expect(within(figure).getByRole('link', { name: 'Read the source' })).toHaveAttribute(
      'href',
      'https://example.org/synthetic-interview#:~:text=Quinn%20will%20das%20Fixture%20500%20unbedingt%20fahren',
    )
    expect(
      within(figure).getByRole('link', { name: 'Quinn Stub wants to race Fixture 500' }),
    ).toHaveAttribute('href', '/races/fixture-500')

    const matrix = within(main).getByRole('table')
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Driver', 'Nowhere GP', 'Fixture 500'])
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Quinn Stub', 'Zoë Placeholder'])

    expect(main).not.toHaveTextContent(FIRST_DATASET)
  })

  it('filters and searches it: a driver, then a name without its accent', async () => {
    const { user, params } = await openApp('/', { dataset: syntheticDataset, heading: 'Quotes' })
    await chooseFacet(user, 'Driver', 'quinn')
    expect(params()).toEqual({ driver: 'quinn-stub' })
    expect(screen.getByText('2 quotes of 3')).toHaveRole('status')
    expect(quotesShown()).toEqual([
      'Quinn will das Fixture 500 unbedingt fahren.',
      'Hallo, Testwelt.',
    ])

    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'zoe')
    expect(screen.getByText('2 quotes of 3')).toHaveRole('status')
    for (const figure of screen.getAllByRole('figure')) {
      // Her name, wherever the card shows it (speaker, about, an ambition), each as written.
      const marks = within(figure)
        .getAllByRole('mark')
        .map((mark) => mark.textContent)
      expect(new Set(marks)).toEqual(new Set(['Zoë']))
    }
  })

  it('a driver page shows that driver’s teams, ambition, quotes by and about', async () => {
    const { main } = await openApp('/drivers/quinn-stub', {
      dataset: syntheticDataset,
      heading: 'Quinn Stub',
    })
    expectHead(
      'Quinn Stub · Paddock Quotes',
      '1 quote by Quinn Stub, 1 about; wants to race Fixture 500.',
    )
    expect(within(main).getByText('Imaginary')).toBeVisible()
    expect(
      within(screen.getByRole('region', { name: 'Teams' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Testbench Racing · Lead fixture', 'Mock Motors'])

    const ambitions = screen.getByRole('region', { name: 'Ambitions 1' })
    expect(within(ambitions).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Wants to race Fixture 500',
    )
    expect(speakersShown(ambitions)).toEqual(['Zoë Placeholder'])

    expect(quotesShown(screen.getByRole('region', { name: /^Quotes by Quinn Stub/ }))).toEqual([
      'Hallo, Testwelt.',
    ])
    // The one quote about Quinn is the one under Ambitions: pointed to, not shown twice.
    const about = screen.getByRole('region', { name: 'Quotes about Quinn Stub 1' })
    expect(speakersShown(about)).toEqual([])
    expect(within(about).getByText('It is shown above, under Ambitions.')).toBeVisible()
    expect(
      within(main).getByRole('link', { name: 'Explore the 2 quotes by or about Quinn Stub' }),
    ).toHaveAttribute('href', '/?driver=quinn-stub')
    expect(main).not.toHaveTextContent(FIRST_DATASET)
  })

  it('works without teams or races: their controls are not offered at all', async () => {
    const bare = {
      ...syntheticDataset,
      teams: [],
      races: [],
      drivers: syntheticDataset.drivers.map((driver) => ({ ...driver, affiliations: [] })),
      quotes: syntheticDataset.quotes.map((quote) => ({ ...quote, ambitions: [] })),
    }
    const { user, params } = await openApp('/?team=mock-motors&ambition=fixture-500', {
      dataset: bare,
      heading: 'Quotes',
    })
    expect(screen.getByText('3 quotes')).toHaveRole('status')
    // The Driver filter, and the Sort select: no Team or Ambition control.
    expect(screen.getAllByRole('combobox').map((box) => box.id)).toEqual([
      'filter-driver',
      'results-sort',
    ])
    expect(screen.queryByRole('combobox', { name: 'Team' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Ambition' })).not.toBeInTheDocument()

    await chooseFacet(user, 'Driver', 'zo')
    // The ids no control reads stay in the address, ignored, as any unknown param does.
    expect(params()).toEqual({
      team: 'mock-motors',
      ambition: 'fixture-500',
      driver: 'zoe-placeholder',
    })
    expect(await screen.findByText('2 quotes of 3')).toHaveRole('status')
    expect(document.title).toBe('Quotes: Zoë Placeholder · Paddock Quotes')
  })

  it('a driver of the first dataset is not found here', async () => {
    const { main } = await openApp('/drivers/pierre-gasly', {
      dataset: syntheticDataset,
      heading: 'Not found',
    })
    expect(
      within(main).getByText('There is no driver “pierre-gasly” in these quotes.'),
    ).toBeVisible()
  })
})
