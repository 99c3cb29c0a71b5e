import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { server } from '../support/msw-server'
import { DATA_URL, jsonText, openApp } from '../support/open-app'
import { LOAD_TIMEOUT, USER_FLOW, quotesShown } from '../support/page-helpers'
import { readShippedJson, repeatQuotes } from '../support/shipped-dataset'
import { INDEX_URL, serveIndex } from '../support/served-index'
import { generateDataset } from '../../scripts/generate/dataset'
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import type { IndexSource } from '../../src/search/worker/explorer-protocol'
import { filtersFrom } from '../../src/urls/explorer-params'

/** Opened on the explorer, whose h1 is “Quotes”. */
const EXPLORER = { heading: 'Quotes' }
const UTF8_BOM = [0xef, 0xbb, 0xbf]
/** The download's status region, which says what the bar shows, more seldom. */
const AT_STATUS = '[role="status"]'

type Saved = { blob: Blob; filename: string; revoked: boolean }

/**
 * What the browser was handed to save: jsdom has no object URLs and saves nothing, so the
 * blob is kept from URL.createObjectURL, the file name from the link clicked (whose navigation
 * jsdom does not implement, so it is cancelled, as a download leaves the page where it is).
 */
let saved: Saved[] = []
let urls = new Map<string, Saved>()
const withoutNavigation = (event: MouseEvent) => {
  if (event.target instanceof HTMLAnchorElement && event.target.download) {
    const file = urls.get(event.target.href)
    if (file) file.filename = event.target.download
    event.preventDefault()
  }
}

beforeEach(() => {
  saved = []
  urls = new Map()
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:http://localhost:3000/${urls.size + 1}`
    const file = { blob, filename: '', revoked: false }
    urls.set(url, file)
    saved.push(file)
    return url
  }
  URL.revokeObjectURL = (url: string) => {
    const file = urls.get(url)
    if (file) file.revoked = true
  }
  document.addEventListener('click', withoutNavigation)
})

afterEach(() => {
  document.removeEventListener('click', withoutNavigation)
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})

const downloadButton = (format: 'CSV' | 'JSON') =>
  screen.findByRole('button', { name: `Download ${format}` }, LOAD_TIMEOUT)

/** The one file saved, once it has been. */
async function savedFile(): Promise<Saved> {
  await screen.findByText(/^Downloaded /, {}, LOAD_TIMEOUT)
  expect(saved).toHaveLength(1)
  const [file] = saved
  if (!file) throw new Error('nothing saved')
  return file
}

describe('downloading the results', USER_FLOW, () => {
  it('saves every result of a filtered view as CSV, not only the page, and says so', async () => {
    // 60 quotes, of which 48 voice a Le Mans ambition: two pages of results.
    const { user } = await openApp('/?ambition=le-mans', {
      ...EXPLORER,
      dataset: repeatQuotes(60),
    })
    expect(quotesShown()).toHaveLength(25)
    expect(screen.getByText('Download these 48 quotes:')).toBeVisible()
    await user.click(await downloadButton('CSV'))
    const file = await savedFile()
    expect(screen.getByText('Downloaded 48 quotes as CSV')).toHaveRole('status')
    expect(file.filename).toBe('paddock-quotes-le-mans-48.csv')
    expect(file.blob.type).toBe('text/csv;charset=utf-8')
    // The UTF-8 byte order mark first (which blob.text() would drop), so Excel reads accents.
    const bytes = new Uint8Array(await file.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual(UTF8_BOM)
    const text = await file.blob.text()
    expect(text.startsWith('quoteId,speaker,speakerId,text,')).toBe(true)
    const lines = text.split('\r\n')
    expect(lines).toHaveLength(1 + 48 + 1)
    expect(lines.at(-1)).toBe('')
    expect(lines[1]).toMatch(/,http:\/\/localhost:3000\/quotes\/quote-1$/)
    await expect.poll(() => file.revoked, LOAD_TIMEOUT).toBe(true)
  })

  it('saves JSON with the address and filters of the view', async () => {
    const { user } = await openApp('/?driver=pierre-gasly&page=1', EXPLORER)
    await user.click(await downloadButton('JSON'))
    const file = await savedFile()
    expect(screen.getByText('Downloaded 2 quotes as JSON')).toHaveRole('status')
    expect(file.filename).toBe('paddock-quotes-pierre-gasly-2.json')
    expect(file.blob.type).toBe('application/json')
    expect(JSON.parse(await file.blob.text())).toMatchObject({
      site: 'Paddock Quotes',
      url: 'http://localhost:3000/?driver=pierre-gasly',
      filters: { driver: ['pierre-gasly'] },
      count: 2,
      quotes: [
        { speaker: 'Jean-Eric Vergne', about: 'Pierre Gasly' },
        { speaker: 'Jean-Eric Vergne', about: 'Pierre Gasly' },
      ],
    })
  })

  it('says it is preparing the file while the engine gets its data, then that it is saved', async () => {
    // All quotes, page 1: the page came with them, and the engine has not been needed yet.
    const { user } = await openApp('/', EXPLORER)
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(DATA_URL, async () => {
        await held
        return jsonText(JSON.stringify(readShippedJson()))
      }),
    )
    await user.click(await downloadButton('CSV'))
    // A bar (its length not known yet) with what it is for, said once in the status region.
    expect(await screen.findByRole('progressbar', { name: 'Preparing CSV' })).toBeVisible()
    expect(screen.getByText('Preparing CSV… 5 quotes', { selector: AT_STATUS })).toHaveRole(
      'status',
    )
    expect(saved).toEqual([])
    release()
    const file = await savedFile()
    expect(screen.getByText('Downloaded 5 quotes as CSV')).toHaveRole('status')
    expect(screen.queryByText(/^Preparing CSV…/)).not.toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(file.filename).toBe('paddock-quotes-all.csv')
  })

  it('offers nothing to download when nothing matches', async () => {
    await openApp('/?q=zzzz', EXPLORER)
    expect(await screen.findByRole('heading', { name: 'No quotes match' })).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Download/ })).not.toBeInTheDocument()
  })

  it('says what went wrong when the engine cannot make the file', async () => {
    // The first page of all quotes comes with the page; the engine's data does not come at all.
    const { user } = await openApp('/', EXPLORER)
    server.use(http.get(DATA_URL, () => new HttpResponse('Oops', { status: 500 })))
    await user.click(await downloadButton('CSV'))
    expect(await screen.findByRole('alert', {}, LOAD_TIMEOUT)).toHaveTextContent(
      `The quotes could not be downloaded: The server answered 500 Internal Server Error for ${DATA_URL}.`,
    )
    expect(saved).toEqual([])
  })
})

describe('a large download, streamed from the index’s record blocks', USER_FLOW, () => {
  // 400 quotes over 22 years; 2013 to 2019 hold 140 of them, in 18 of the 50 record blocks.
  const dataset = generateDataset({
    quotes: 400,
    seed: 4,
    shape: 'archive',
    drivers: 20,
    teams: 4,
    races: 4,
    sources: 60,
  })
  const VIEW = '/?from=2013&to=2019'
  const filters = filtersFrom({ from: 2013, to: 2019 })
  const TOTAL = 140
  /** The file the whole dataset's engine makes of the view, byte for byte. */
  const expectedCsv = createExplorerEngine(dataset).download(
    filters,
    'csv',
    'http://localhost:3000/',
    `http://localhost:3000${VIEW}`,
  ).text

  /**
   * Serves the index, its download's third record block answered by `third` (the page's own
   * blocks, fetched before, are not counted): the first two are the view's edges, the third
   * holds 8 of its quotes.
   */
  function serveWithThirdBlock(third: (path: string) => Promise<Response | undefined>) {
    let blocks = 0
    const counting = { on: false }
    const served = serveIndex(dataset, (path) => {
      if (!counting.on || !path.startsWith('r/')) return undefined
      return ++blocks === 3 ? third(path) : undefined
    })
    return { ...served, counting }
  }

  const open = (index: IndexSource) =>
    openApp(VIEW, { ...EXPLORER, dataset, index, timeout: 10_000 })

  /** Every address the app fetches from now on. */
  function watchRequests() {
    const asked: string[] = []
    const listener = ({ request }: { request: Request }) => void asked.push(request.url)
    server.events.on('request:start', listener)
    onTestFinished(() => void server.events.removeListener('request:start', listener))
    return asked
  }

  it('shows how far it got, says so once a quarter, and saves the same file as before', async () => {
    let release = () => {}
    const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)))
    const { index, counting } = serveWithThirdBlock(() => held)
    const { user } = await open(index)
    expect(screen.getByText(`Download these ${TOTAL} quotes:`)).toBeVisible()
    const asked = watchRequests()
    counting.on = true
    await user.click(await downloadButton('CSV'))

    // Every block in but the one held back: the bar and its words say exactly how far.
    expect(
      await screen.findByText(`Preparing CSV… ${TOTAL - 8} of ${TOTAL} quotes`, {}, LOAD_TIMEOUT),
    ).toBeVisible()
    expect(screen.getByRole('progressbar', { name: 'Preparing CSV' })).toHaveAttribute(
      'value',
      String(TOTAL - 8),
    )
    // The status region, read out, moves a quarter at a time: 3 quarters of 140 are 105.
    expect(screen.getByText(/^Preparing CSV…/, { selector: AT_STATUS })).toHaveTextContent(
      `Preparing CSV… 105 of ${TOTAL} quotes`,
    )
    expect(saved).toEqual([])
    release()

    const file = await savedFile()
    expect(screen.getByText(`Downloaded ${TOTAL} quotes as CSV`)).toHaveRole('status')
    expect(file.filename).toBe(`paddock-quotes-2013-2019-${TOTAL}.csv`)
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
    expect(decoder.decode(await file.blob.arrayBuffer())).toBe(expectedCsv)
    // From the record blocks, 18 of them, each once; never the whole dataset.
    const blocks = asked.filter((url) => url.startsWith(`${INDEX_URL}r/`))
    expect(new Set(blocks).size).toBe(blocks.length)
    expect(blocks).toHaveLength(18)
    expect(asked).not.toContain(DATA_URL)
  })

  it('stops at Cancel, saves nothing, and gives the focus back to the format’s button', async () => {
    let release = () => {}
    const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)))
    const { index, counting } = serveWithThirdBlock(() => held)
    const { user } = await open(index)
    counting.on = true
    await user.click(await downloadButton('CSV'))
    await screen.findByText(`Preparing CSV… ${TOTAL - 8} of ${TOTAL} quotes`, {}, LOAD_TIMEOUT)

    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByText('Cancelled the CSV download')).toHaveRole('status')
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveFocus()
    release()

    // The next download is the only file saved: the cancelled one never comes.
    await user.click(screen.getByRole('button', { name: 'Download JSON' }))
    const file = await savedFile()
    expect(file.filename).toBe(`paddock-quotes-2013-2019-${TOTAL}.json`)
  })

  it('says which block failed, and Retry makes the whole file', async () => {
    let broken = true
    const { index, counting } = serveWithThirdBlock(async () =>
      broken
        ? new Response('Oops', { status: 500, statusText: 'Internal Server Error' })
        : undefined,
    )
    const { user } = await open(index)
    counting.on = true
    await user.click(await downloadButton('CSV'))

    const alert = await screen.findByRole('alert', {}, LOAD_TIMEOUT)
    expect(alert).toHaveTextContent(
      new RegExp(
        `^The quotes could not be downloaded: The server answered 500 Internal Server Error for ${INDEX_URL}r/\\d+\\.json\\. Retry$`,
      ),
    )
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    expect(saved).toEqual([])

    broken = false
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const file = await savedFile()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
    expect(decoder.decode(await file.blob.arrayBuffer())).toBe(expectedCsv)
  })
})
