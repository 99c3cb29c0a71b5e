import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../support/msw-server'
import { DATA_URL, openAppFailing, renderApp, serveDataset } from '../support/open-app'
import { LOAD_TIMEOUT, USER_FLOW } from '../support/page-helpers'
import { englishLeft, englishOnly } from '../support/english-words'
import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'

// A failure's words are the page's (dataset-error.ts, src/i18n/*/problems.ts): a Dutch page says
// in Dutch why its data could not be had, the explorer's too, and offline it offers the offline
// page's ways out (docs/offline.md); an English page says what it always said.

const ENGLISH = englishOnly()
const PAGE_DATA = 'http://localhost:3000/data/pages/index.json'
const serverError = () => new HttpResponse('Oops', { status: 500, statusText: 'Nope' })

/** The English words left on the page: in its texts (each element's), labels and title. */
function englishOnPage(): string[] {
  // eslint-disable-next-line testing-library/no-node-access -- the whole document is scanned
  const elements = [...document.body.querySelectorAll('*')]
  const texts = [
    document.title,
    ...elements.map((element) => element.textContent ?? ''),
    ...elements.flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    ),
  ]
  return englishLeft(ENGLISH, texts)
}

/** The explorer at `url` whose engine cannot have its data: `respond` answers for it. */
async function explorerFailing(url: string, basename: string, respond: () => Response) {
  serveDataset()
  server.use(http.get(DATA_URL, respond))
  renderApp(url, undefined, basename)
  return screen.findByRole('alert', {}, LOAD_TIMEOUT)
}

function expectWaysOut(alert: HTMLElement, home: string, saved: string, base: string) {
  expect(within(alert).getByRole('link', { name: home })).toHaveAttribute('href', base)
  expect(within(alert).getByRole('link', { name: saved })).toHaveAttribute('href', `${base}saved`)
}

afterEach(() => vi.restoreAllMocks())

describe('failures on a Dutch page', USER_FLOW, () => {
  beforeEach(() => setLanguage('nl', nl))
  afterEach(() => setLanguage('en'))

  it('has English words to look for, failures’ among them', () => {
    expect(ENGLISH).toEqual(
      expect.arrayContaining(['The server answered', 'Your saved quotes', 'Retry']),
    )
  })

  it('says in Dutch why a page’s data could not be had, with no English word', async () => {
    const { alert } = await openAppFailing('/nl/', { respond: serverError }, '/nl/')
    expect(
      within(alert).getByRole('heading', { name: 'De citaten konden niet worden geladen' }),
    ).toBeVisible()
    expect(alert).toHaveTextContent(`De server antwoordde 500 Nope voor ${PAGE_DATA}.`)
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled()
    expect(englishOnPage()).toEqual([])
  })

  it('offline, says so in Dutch, with the saved quotes, the start page and Retry', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { alert } = await openAppFailing('/nl/', { respond: () => HttpResponse.error() }, '/nl/')
    expect(alert).toHaveTextContent(
      `De citaten konden niet worden opgehaald van ${PAGE_DATA}: het netwerkverzoek mislukte.`,
    )
    expect(alert).toHaveTextContent(
      'Je bent offline: deze pagina heeft citaten nodig die niet op dit apparaat zijn bewaard.',
    )
    expectWaysOut(alert, 'Terug naar alle citaten', 'Je bewaarde citaten', '/nl/')
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled()
    expect(englishOnPage()).toEqual([])
  })

  it('says in Dutch why the explorer cannot search, offline with the ways out', async () => {
    const alert = await explorerFailing('/nl/?driver=charles-leclerc', '/nl/', () =>
      HttpResponse.error(),
    )
    expect(alert).toHaveTextContent(
      `De citaten konden niet worden gefilterd: De citaten konden niet worden opgehaald van ${DATA_URL}: het netwerkverzoek mislukte.`,
    )
    expect(alert).toHaveTextContent(
      'Je bent misschien offline: deze zoekopdracht heeft citaten nodig die niet op dit apparaat zijn bewaard.',
    )
    expectWaysOut(alert, 'Terug naar alle citaten', 'Je bewaarde citaten', '/nl/')
    expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled()
    expect(englishOnPage()).toEqual([])
  })

  it('words the explorer’s other failures in Dutch: what the server sent', async () => {
    const alert = await explorerFailing('/nl/?driver=charles-leclerc', '/nl/', () =>
      HttpResponse.html('<!doctype html><title>Home</title>'),
    )
    expect(alert).toHaveTextContent(
      `Van ${DATA_URL} werd JSON verwacht, maar de server stuurde een HTML-pagina.`,
    )
    expect(within(alert).queryByRole('link', { name: 'Je bewaarde citaten' })).toBeNull()
    expect(englishOnPage()).toEqual([])
  })
})

describe('failures on an English page: as they were', USER_FLOW, () => {
  it('offline, a move says what failed, that the reader may be offline, and the ways out', async () => {
    const { alert } = await openAppFailing('/', { respond: () => HttpResponse.error() })
    expect(alert).toHaveTextContent(
      `The quotes could not be fetched from ${PAGE_DATA}: the network request failed.`,
    )
    expect(alert).toHaveTextContent(
      'You may be offline: this page needs quotes that are not saved on this device.',
    )
    expectWaysOut(alert, 'Back to all quotes', 'Your saved quotes', '/')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
  })

  it('a search offline: the explorer says so, with the ways out and Retry', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const alert = await explorerFailing('/?driver=charles-leclerc', '/', () => HttpResponse.error())
    expect(alert).toHaveTextContent(
      `The quotes could not be filtered: The quotes could not be fetched from ${DATA_URL}: the network request failed.`,
    )
    expect(alert).toHaveTextContent(
      'You are offline: this search needs quotes that are not saved on this device.',
    )
    expectWaysOut(alert, 'Back to all quotes', 'Your saved quotes', '/')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled()
  })

  it('what the server sent, as before', async () => {
    const alert = await explorerFailing('/?driver=charles-leclerc', '/', serverError)
    expect(alert).toHaveTextContent(
      `The quotes could not be filtered: The server answered 500 Nope for ${DATA_URL}.`,
    )
    expect(within(alert).queryByRole('link', { name: 'Your saved quotes' })).toBeNull()
  })
})
