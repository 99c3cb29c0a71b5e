import { describe, expect, it, vi } from 'vitest'
import { HttpResponse } from 'msw'
import { DatasetError } from '../../src/dataset/dataset-error'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import {
  createExplorerClient,
  explorerClient,
} from '../../src/search/worker/create-explorer-client'
import { PAGE_SIZE, filtersFrom } from '../../src/urls/explorer-params'
import { without } from '../support/broken-datasets'
import { DATA_URL, jsonText, serveDataset, serveResponse, type Respond } from '../support/open-app'
import { LOAD_TIMEOUT } from '../support/page-helpers'
import { repeatQuotes, shippedCopy } from '../support/shipped-dataset'

const shipped = shippedCopy()

/** A fresh client over the app's data address: jsdom has no Worker, so it runs in-thread. */
function freshClient() {
  return createExplorerClient({ dataset: DATA_URL })
}

/** Answers the data address with each response in turn, and counts the requests. */
function serveInTurn(...responses: Respond[]) {
  const asked = { count: 0 }
  serveResponse(() => {
    const respond = responses[Math.min(asked.count, responses.length - 1)]
    asked.count++
    if (!respond) throw new Error('nothing to answer with')
    return respond()
  })
  return asked
}

const failures = [
  {
    name: 'HTTP 500',
    respond: () => new HttpResponse('Oops', { status: 500, statusText: 'Internal Server Error' }),
    kind: 'http',
    message: `The server answered 500 Internal Server Error for ${DATA_URL}.`,
  },
  {
    name: 'a network error',
    respond: () => HttpResponse.error(),
    kind: 'network',
    // What most often causes it, and the ways on, the page adds (ways-on.tsx, docs/offline.md).
    message: `The quotes could not be fetched from ${DATA_URL}: the network request failed.`,
  },
  {
    name: 'an HTML page',
    respond: () => HttpResponse.html('<!doctype html><title>Home</title><h1>Welcome</h1>'),
    kind: 'not-json',
    message: `Expected JSON from ${DATA_URL}, but the server sent an HTML page.`,
  },
  {
    name: 'invalid JSON',
    respond: () =>
      new HttpResponse('{"schemaVersion": 1, "quotes": [', {
        headers: { 'Content-Type': 'application/json' },
      }),
    kind: 'not-json',
    message: `The file at ${DATA_URL} is not valid JSON.`,
  },
  {
    name: 'a wrong schemaVersion',
    respond: () => HttpResponse.json({ ...shippedCopy(), schemaVersion: 2 }),
    kind: 'invalid',
    message: `The file at ${DATA_URL} is not a valid quote dataset (1 problem).`,
    problems: ['schemaVersion: found 2, but this app reads schemaVersion 1'],
  },
  {
    name: 'no quotes list',
    respond: () => jsonText(JSON.stringify(without('quotes')())),
    kind: 'invalid',
    message: `The file at ${DATA_URL} is not a valid quote dataset (1 problem).`,
    problems: ['quotes: missing'],
  },
]

describe('the explorer client, in-thread', () => {
  it('gives a page of results, with the sources they cite', async () => {
    serveDataset()
    const page = await freshClient().explore(filtersFrom({ ambition: 'le-mans' }), 1)

    expect(page.quotes.map((quote) => quote.id)).toEqual([
      'leclerc-wants-the-real-le-mans',
      'leclerc-le-mans-a-mythical-race',
      'vergne-hopes-gasly-does-le-mans',
      'vergne-gasly-really-wants-le-mans',
    ])
    expect(page).toMatchObject({ resultCount: 4, page: 1, pageCount: 1, first: 0 })
    const cited = new Set(page.quotes.map((quote) => quote.sourceId))
    expect(new Set(page.sources.map((source) => source.id))).toEqual(cited)
  })

  it('downloads once, then moves between pages', async () => {
    const asked = serveInTurn(() => HttpResponse.json(repeatQuotes(60)))
    const client = freshClient()

    const [first, third] = await Promise.all([
      client.explore(filtersFrom({ q: '' }), 1),
      client.explore(filtersFrom({ q: '' }), 3),
    ])
    const second = await client.explore(filtersFrom({ q: '' }), 2)

    expect([first.page, second.page, third.page]).toEqual([1, 2, 3])
    expect(third.quotes.map((quote) => quote.id)).toEqual(
      Array.from({ length: 60 - 2 * PAGE_SIZE }, (_, i) => `quote-${2 * PAGE_SIZE + i + 1}`),
    )
    expect(asked.count).toBe(1)
  })

  it.each(failures)(
    'rejects with what went wrong after $name',
    async ({ respond, kind, message, problems = [] }) => {
      serveResponse(respond)
      const failure = freshClient()
        .explore(filtersFrom({ q: '' }), 1)
        .catch((error: unknown) => error)

      const error = await failure
      expect(error).toBeInstanceOf(DatasetError)
      expect(error).toMatchObject({ kind, message, problems })
    },
  )

  it('tries again on the next call after a failure, and then gives the page', async () => {
    const asked = serveInTurn(
      () => new HttpResponse('Oops', { status: 500, statusText: 'Internal Server Error' }),
      () => HttpResponse.json(shipped),
    )
    const client = freshClient()

    await expect(client.explore(filtersFrom({ q: '' }), 1)).rejects.toThrow(/server answered 500/)
    const page = await client.explore(filtersFrom({ q: '' }), 1)

    expect(page.resultCount).toBe(shipped.quotes.length)
    expect(asked.count).toBe(2)
  })

  it('starts the download on warm(), without waiting, and uses it for the first page', async () => {
    const asked = serveInTurn(() => HttpResponse.json(shipped))
    const client = freshClient()

    client.warm()
    await vi.waitFor(() => expect(asked.count).toBe(1), LOAD_TIMEOUT)
    const page = await client.explore(filtersFrom({ q: 'indianapolis' }), 1)

    expect(page.quotes.map((quote) => quote.id)).toEqual(['vergne-wants-the-indy-500'])
    expect(asked.count).toBe(1)
  })

  it('keeps a failed warm() to itself, and a later call tries again', async () => {
    const asked = serveInTurn(
      () => HttpResponse.error(),
      () => HttpResponse.json(shipped),
    )
    const client = freshClient()

    client.warm()
    await vi.waitFor(() => expect(asked.count).toBe(1), LOAD_TIMEOUT)
    await vi.waitFor(async () => {
      const page = await client.explore(filtersFrom({ q: '' }), 1)
      expect(page.resultCount).toBe(shipped.quotes.length)
    }, LOAD_TIMEOUT)
    expect(asked.count).toBe(2)
  })

  it('is one client per page load', () => {
    const page = buildDatasetIndex(shipped)
    expect(explorerClient(page)).toBe(explorerClient(page))
  })
})
