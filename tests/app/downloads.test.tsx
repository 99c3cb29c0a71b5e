import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { server } from '../support/msw-server'
import { DATA_URL, jsonText, openApp } from '../support/open-app'
import { LOAD_TIMEOUT, USER_FLOW, quotesShown } from '../support/page-helpers'
import { readShippedJson, repeatQuotes } from '../support/shipped-dataset'

/** Opened on the explorer, whose h1 is “Quotes”. */
const EXPLORER = { heading: 'Quotes' }
const UTF8_BOM = [0xef, 0xbb, 0xbf]

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
    expect(await screen.findByText('Preparing 5 quotes…')).toHaveRole('status')
    expect(saved).toEqual([])
    release()
    const file = await savedFile()
    expect(screen.getByText('Downloaded 5 quotes as CSV')).toHaveRole('status')
    expect(screen.queryByText('Preparing 5 quotes…')).not.toBeInTheDocument()
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
