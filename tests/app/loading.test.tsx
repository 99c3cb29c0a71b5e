import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { findPage, openAppFailing, serveDataset, startApp } from '../support/open-app'
import { at, shippedCopy } from '../support/shipped-dataset'

const quoteCount = shippedCopy().quotes.length

type Failure = {
  name: string
  respond: () => Response
  alert: RegExp
  problem?: RegExp
  /** How often the app asks before it gives up: a dropped connection gets a second try. */
  requests?: number
}

const failures: Failure[] = [
  {
    name: 'HTTP 404',
    respond: () => new HttpResponse('Not here', { status: 404, statusText: 'Not Found' }),
    alert: /server answered 404 Not Found for .*\/data\/quotes\.json/,
  },
  {
    name: 'HTTP 500',
    respond: () => new HttpResponse('Oops', { status: 500, statusText: 'Internal Server Error' }),
    alert: /server answered 500 Internal Server Error/,
  },
  {
    name: 'a network error',
    respond: () => HttpResponse.error(),
    alert: /could not be fetched .* network request failed/,
    requests: 2,
  },
  {
    name: 'invalid JSON',
    respond: () =>
      new HttpResponse('{"schemaVersion": 1, "quotes": [', {
        headers: { 'Content-Type': 'application/json' },
      }),
    alert: /is not valid JSON/,
  },
  {
    name: 'an HTML page served in place of the JSON',
    respond: () => HttpResponse.html('<!doctype html><title>Home</title><h1>Welcome</h1>'),
    alert: /Expected JSON .* but the server sent an HTML page/,
  },
  {
    name: 'a wrong schemaVersion',
    respond: () => HttpResponse.json({ ...shippedCopy(), schemaVersion: 2 }),
    alert: /not a valid quote dataset \(1 problem\)/,
    problem: /schemaVersion: found 2, but this app reads schemaVersion 1/,
  },
  {
    name: 'a dangling reference',
    respond: () => {
      const dataset = shippedCopy()
      at(dataset.quotes, 0).speakerId = 'ghost'
      return HttpResponse.json(dataset)
    },
    alert: /not a valid quote dataset \(1 problem\)/,
    problem: /quotes\[0\]\.speakerId: no driver "ghost"/,
  },
]

describe('loading the dataset', () => {
  it('shows a placeholder while loading, then every quote', async () => {
    startApp('/')
    expect(screen.getByRole('status')).toHaveTextContent('Loading quotes…')
    expect(await findPage('Quotes')).toBeInTheDocument()
    expect(screen.getAllByRole('figure')).toHaveLength(quoteCount)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it.each(failures)(
    'names the problem after $name, and Retry recovers once the data is good',
    async ({ respond, alert, problem, requests = 1 }) => {
      let asked = 0
      const { user, alert: alertBox } = await openAppFailing('/', {
        respond: () => {
          asked += 1
          return respond()
        },
      })
      expect(asked, 'requests for the data').toBe(requests)
      expect(within(alertBox).getByRole('heading')).toHaveTextContent(
        'The quotes could not be loaded',
      )
      expect(alertBox).toHaveTextContent(alert)
      if (problem) expect(alertBox).toHaveTextContent(problem)
      expect(document.title).toBe('Quotes unavailable · Paddock Quotes')
      expect(screen.queryByRole('figure')).not.toBeInTheDocument()

      serveDataset()
      await user.click(within(alertBox).getByRole('button', { name: 'Retry' }))

      expect(await findPage('Quotes')).toBeInTheDocument()
      expect(screen.getAllByRole('figure')).toHaveLength(quoteCount)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    },
  )

  it('lists the first problems of a badly broken dataset and says how many more', async () => {
    const dataset = shippedCopy()
    dataset.quotes = dataset.quotes.map((quote) => ({
      ...quote,
      speakerId: 'ghost',
      sourceId: 'nowhere',
    }))
    const { alert: alertBox } = await openAppFailing('/', { dataset })
    const problems = within(alertBox).getAllByRole('listitem')
    expect(problems).toHaveLength(9)
    expect(problems[0]).toHaveTextContent('quotes[0].speakerId: no driver "ghost"')
    expect(problems[1]).toHaveTextContent('quotes[0].sourceId: no source "nowhere"')
    expect(problems[8]).toHaveTextContent(`…and ${quoteCount * 2 - 8} more.`)
  })
})
