import { quoteFileKey, quoteFileOf } from '../../src/page-data/quote-pages'
import { afterEach, describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../support/msw-server'
import {
  DATA_URL,
  findPage,
  openApp,
  openAppFailing,
  renderApp,
  serveDataset,
  startApp,
} from '../support/open-app'
import { LOAD_TIMEOUT, speakersShown } from '../support/page-helpers'
import { shippedCopy } from '../support/shipped-dataset'
import { expectChosen } from '../support/facet-controls'

const quoteCount = shippedCopy().quotes.length
const INDEX_DATA = 'http://localhost:3000/data/pages/index.json'

/** Every address the app fetches from, in order, from now until the test ends. */
function recordRequests(): string[] {
  const urls: string[] = []
  const listener = ({ request }: { request: Request }) => void urls.push(request.url)
  server.events.on('request:start', listener)
  stopRecording.push(() => server.events.removeListener('request:start', listener))
  return urls
}
const stopRecording: (() => void)[] = []
afterEach(() => {
  for (const stop of stopRecording.splice(0)) stop()
})

type Failure = {
  name: string
  respond: () => Response
  alert: RegExp
  /** How often the app asks before it gives up: a dropped connection gets a second try. */
  requests?: number
}

const failures: Failure[] = [
  {
    name: 'HTTP 500',
    respond: () => new HttpResponse('Oops', { status: 500, statusText: 'Internal Server Error' }),
    alert: /server answered 500 Internal Server Error for .*\/data\/pages\/index\.json/,
  },
  {
    name: 'HTTP 503',
    respond: () => new HttpResponse('Later', { status: 503, statusText: 'Service Unavailable' }),
    alert: /server answered 503 Service Unavailable for .*\/data\/pages\/index\.json/,
  },
  {
    name: 'a network error',
    respond: () => HttpResponse.error(),
    alert: /could not be fetched from .*\/data\/pages\/index\.json: the network request failed/,
    requests: 2,
  },
  {
    name: 'invalid JSON',
    respond: () =>
      new HttpResponse('{"slice": {"schemaVersion": 1, "quotes": [', {
        headers: { 'Content-Type': 'application/json' },
      }),
    alert: /The file at .*\/data\/pages\/index\.json is not valid JSON/,
  },
  {
    name: 'an HTML page served in place of the JSON',
    respond: () => HttpResponse.html('<!doctype html><title>Home</title><h1>Welcome</h1>'),
    alert: /Expected JSON from .*\/data\/pages\/index\.json, but the server sent an HTML page/,
  },
]

describe('loading a page’s data', () => {
  it.each([
    ['/', 'Quotes', quoteCount],
    ['/drivers/charles-leclerc', 'Charles Leclerc', 2],
    ['/quotes/leclerc-wants-the-real-le-mans', 'Quote by Charles Leclerc', 1],
  ])('shows the placeholder while %s loads, then the page', async (url, heading, figures) => {
    const requested = recordRequests()
    startApp(url)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Loading quotes')
    expect(screen.getByText('Loading quotes…')).toHaveRole('status')
    expect(await findPage(heading)).toBeInTheDocument()
    expect(screen.queryByText('Loading quotes…')).not.toBeInTheDocument()
    expect(screen.getAllByRole('figure')).toHaveLength(figures)
    // The page's own data, once; the explorer's engine is not needed for an unfiltered page.
    // A quote's page: its file of quote pages, then its record from the index's block.
    const quoteId = /^\/quotes\/(.+)$/.exec(url)?.[1]
    const key = url === '/' ? 'index' : quoteId ? quoteFileKey(quoteFileOf(quoteId)) : url.slice(1)
    expect(requested.slice(0, 1)).toEqual([`http://localhost:3000/data/pages/${key}.json`])
    expect(requested.slice(1)).toEqual(
      quoteId ? [expect.stringMatching(/\/data\/explorer\/\w+\/r\/\d+\.json$/)] : [],
    )
  })

  it.each(failures)(
    'names the problem after $name, and Retry recovers once the data is good',
    async ({ respond, alert, requests = 1 }) => {
      const requested = recordRequests()
      const { user, alert: alertBox } = await openAppFailing('/', { respond })
      expect(requested, 'requests for the page’s data').toEqual(Array(requests).fill(INDEX_DATA))
      expect(within(alertBox).getByRole('heading')).toHaveTextContent(
        'The quotes could not be loaded',
      )
      expect(alertBox).toHaveTextContent(alert)
      expect(document.title).toBe('Quotes unavailable · Paddock Quotes')
      expect(screen.queryByRole('figure')).not.toBeInTheDocument()

      serveDataset()
      await user.click(within(alertBox).getByRole('button', { name: 'Retry' }))

      expect(await findPage('Quotes')).toBeInTheDocument()
      expect(screen.getAllByRole('figure')).toHaveLength(quoteCount)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    },
  )

  it('shows the Not found page for a record whose data is not there (404), asking once', async () => {
    const requested = recordRequests()
    await openApp('/drivers/ghost', { heading: 'Not found' })
    expect(screen.getByText('There is no driver “ghost” in these quotes.')).toBeInTheDocument()
    expect(requested).toEqual(['http://localhost:3000/data/pages/drivers/ghost.json'])
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
  })
})

describe('loading the explorer’s engine', () => {
  it('says inside the explorer why it cannot filter, and Retry recovers', async () => {
    serveDataset()
    // After serveDataset: the pages' data is fine, the engine's data/quotes.json is not.
    server.use(
      http.get(DATA_URL, () => new HttpResponse('Oops', { status: 500, statusText: 'Nope' })),
    )
    const user = userEvent.setup()
    renderApp('/?driver=charles-leclerc')
    const alert = await screen.findByRole('alert', {}, LOAD_TIMEOUT)
    expect(alert).toHaveTextContent(
      `The quotes could not be filtered: The server answered 500 Nope for ${DATA_URL}.`,
    )
    // The page itself is there, from its own data: its heading and its filters.
    expect(screen.getByRole('heading', { level: 1, name: 'Quotes' })).toBeInTheDocument()
    expectChosen('Driver', 'Charles Leclerc')
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()

    serveDataset()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('2 quotes of 5', {}, LOAD_TIMEOUT)).toHaveRole('status')
    expect(speakersShown()).toEqual(['Charles Leclerc', 'Charles Leclerc'])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('choosing while the engine loads', () => {
  it('rules no option out before anything is counted: typing and Enter still choose', async () => {
    serveDataset()
    // The engine's data never arrives: nothing gets counted.
    server.use(http.get(DATA_URL, () => new Promise<never>(() => {})))
    const user = userEvent.setup()
    const { router } = renderApp('/?driver=charles-leclerc')
    expect(await screen.findByRole('heading', { level: 1, name: 'Quotes' }, LOAD_TIMEOUT))
    await user.click(screen.getByRole('combobox', { name: 'Ambition' }))
    const option = await screen.findByRole('option', { name: 'Le Mans' })
    expect(option).not.toHaveAttribute('aria-disabled')
    await user.keyboard('le{Enter}')
    expect(router.state.location.search).toBe('?driver=charles-leclerc&ambition=le-mans')
  })
})

describe('a deploy without the list pages’ data', () => {
  it('says the explorer’s data is missing instead of showing an empty explorer', async () => {
    const { alert } = await openAppFailing('/', {
      respond: () => new HttpResponse('Not found', { status: 404 }),
    })
    expect(alert).toHaveTextContent('The quotes could not be loaded')
    expect(alert).toHaveTextContent(
      'The server answered 404 Not Found for http://localhost:3000/data/pages/index.json.',
    )
  })
})
