import { quoteFileKey, quoteFileOf } from '../../src/page-data/quote-pages'
import { describe, expect, it } from 'vitest'
import { act, screen, within } from '@testing-library/react'
import { HttpResponse } from 'msw'
import fc from 'fast-check'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileSite } from '../../src/page-data/compile-site'
import type { Dataset } from '../../src/dataset/schema'
import { server } from '../support/msw-server'
import { findPage, jsonText, openApp, openAppFailing, serveDataset } from '../support/open-app'
import { figureQuoting, LOAD_TIMEOUT, quotesShown, speakersShown } from '../support/page-helpers'
import { at, changedCopy as changed, repeatQuotes, shippedCopy } from '../support/shipped-dataset'
import { codePointArbitrary } from '../support/arbitrary-dataset'
import { expectChosen, facetOptions, type FacetName } from '../support/facet-controls'

const PWNED = 'window.__pwned=1'

/** The four classic payloads: an event handler, a script, an attribute break-out, a template. */
const PAYLOADS = [
  `<img src=x onerror="${PWNED}">`,
  `<script>${PWNED}</script>`,
  `"><svg onload="${PWNED}">`,
  "{{constructor.constructor('x')()}}",
] as const

/** Every string in a JSON value, at any depth. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn)
  return []
}

type Injection = {
  /** The page's JSON-LD data blocks: one on every page, none on an error page. */
  jsonLd?: 0 | 1
  /** Strings of the data the JSON-LD must hold, each as a string of its own: data, not markup. */
  holding?: readonly string[]
}

/**
 * Nothing from the data became markup: no element that runs or loads anything but the page's
 * JSON-LD (a data block, escaped so nothing in it can end it, that parses as JSON), no inline
 * event handler, no link anywhere but in the app or to an https: address, and no payload ran.
 */
function expectNothingInjected({ jsonLd = 1, holding = [] }: Injection = {}) {
  // eslint-disable-next-line testing-library/no-node-access -- proves no such element exists anywhere
  const active = document.querySelectorAll(
    'img, script:not([type="application/ld+json"]), svg, iframe, object, embed, math, style',
  )
  expect(active, 'elements made from data').toHaveLength(0)
  // eslint-disable-next-line testing-library/no-node-access -- a data block has no role to query
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')]
  expect(blocks, 'JSON-LD data blocks').toHaveLength(jsonLd)
  for (const block of blocks) {
    const text = block.textContent ?? ''
    expect(text, 'JSON-LD with no raw <, > or &').not.toMatch(/[<>&]/)
    const strings = stringsIn(JSON.parse(text))
    for (const value of holding) expect(strings, 'JSON-LD strings').toContain(value)
  }
  // eslint-disable-next-line testing-library/no-node-access -- every element, to check attributes
  const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => name.startsWith('on')),
  )
  expect(handlers, 'inline event handlers').toEqual([])
  const hrefs = screen.queryAllByRole('link').map((link) => link.getAttribute('href') ?? '')
  expect(hrefs.filter((href) => !/^(\/|#|https:\/\/)/.test(href))).toEqual([])
  expect(Reflect.get(window, '__pwned')).toBeUndefined()
}

/** The address of a page's data file under jsdom's origin. */
const pageDataAt = (key: string) => `http://localhost:3000/data/pages/${key}.json`

/** The explorer's data as the build writes it: the right body, for a response whose type is wrong. */
const explorerData = JSON.stringify(
  compileSite(buildDatasetIndex(shippedCopy())).find((page) => page.path === '/')?.data,
)

type BrokenResponse = {
  name: string
  respond: () => Response
  /** The alert's message about the page's data file at `url`. */
  message: (url: string) => string
}

const notJson = (url: string) => `The file at ${url} is not valid JSON.`

/** Page data broken on the way, not by the data author: the build refuses a dataset with any problem. */
const hostileFiles: BrokenResponse[] = [
  {
    name: 'broken JSON (cut off mid-list)',
    respond: () => jsonText('{"slice": {"schemaVersion": 1, "quotes": ['),
    message: notJson,
  },
  { name: 'an empty body (0 bytes)', respond: () => jsonText(''), message: notJson },
  {
    name: 'JSON with a trailing comma',
    respond: () => jsonText('{"slice": {},}'),
    message: notJson,
  },
  { name: 'NaN', respond: () => jsonText('NaN'), message: notJson },
  {
    name: 'an HTML page instead of JSON (a host’s fallback page)',
    respond: () =>
      HttpResponse.html(`<!doctype html><title>Home</title><h1>Welcome</h1>${PAYLOADS[1]}`),
    message: (url) => `Expected JSON from ${url}, but the server sent an HTML page.`,
  },
  {
    name: 'the right JSON served as text/plain',
    respond: () => HttpResponse.text(explorerData),
    message: (url) => `Expected JSON from ${url}, but the server sent "text/plain".`,
  },
  {
    name: 'the right JSON with no Content-Type',
    respond: () => new HttpResponse(new TextEncoder().encode(explorerData)),
    message: (url) => `Expected JSON from ${url}, but the server sent a file with no type.`,
  },
  {
    name: 'HTTP 500',
    respond: () => new HttpResponse('Oops', { status: 500, statusText: 'Internal Server Error' }),
    message: (url) => `The server answered 500 Internal Server Error for ${url}.`,
  },
  {
    name: 'HTTP 403 with a body of markup',
    respond: () => new HttpResponse(PAYLOADS[0], { status: 403, statusText: 'Forbidden' }),
    message: (url) => `The server answered 403 Forbidden for ${url}.`,
  },
  {
    name: 'a network error',
    respond: () => HttpResponse.error(),
    message: (url) => `The quotes could not be fetched from ${url}: the network request failed.`,
  },
]

/** Pages whose own data is broken: the explorer, and a record's page. */
const brokenPages = [
  { url: '/', key: 'index', heading: 'Quotes' },
  {
    url: '/quotes/leclerc-wants-the-real-le-mans',
    // A quote page's data is in a file of many (src/page-data/quote-pages.ts).
    key: quoteFileKey(quoteFileOf('leclerc-wants-the-real-le-mans')),
    heading: 'Quote by Charles Leclerc',
  },
] as const

describe.each(brokenPages)(
  'page data broken at the HTTP level says what is wrong at $url, and Retry recovers',
  ({ url, key, heading }) => {
    it.each(hostileFiles)('$name', async ({ respond, message }) => {
      const { user, alert } = await openAppFailing(url, { respond })
      expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
        'The quotes could not be loaded',
      )
      expect(within(alert).getByText(message(pageDataAt(key)))).toBeInTheDocument()
      expect(alert.textContent?.length ?? 0, 'a short alert, not the body').toBeLessThan(400)
      expect(document.title).toBe('Quotes unavailable · Paddock Quotes')
      expect(screen.queryByRole('figure')).not.toBeInTheDocument()
      expect(screen.queryByText('Welcome')).not.toBeInTheDocument()
      expectNothingInjected({ jsonLd: 0 })

      serveDataset()
      await user.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(await findPage(heading)).toBeInTheDocument()
      expect(screen.getAllByRole('figure').length).toBeGreaterThan(0)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      expect(document.title).not.toBe('Quotes unavailable · Paddock Quotes')
    })
  },
)

describe('a valid but unusual dataset renders exactly, and safely', () => {
  it('with zero quotes: a friendly empty explorer, and the drivers are still listed', async () => {
    const empty = changed((d) => (d.quotes = []))
    const { router } = await openApp('/', { dataset: empty, heading: 'Quotes' })
    expect(screen.getByText('0 quotes')).toHaveRole('status')
    expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
    expect(screen.getByText('This dataset has no quotes yet.')).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument()
    expectChosen('Driver', 'All drivers')

    await act(() => router.navigate('/races'))
    await findPage('Races')
    expect(
      screen.getByText('No quote in this dataset voices an ambition to race.'),
    ).toBeInTheDocument()

    await act(() => router.navigate('/drivers'))
    await findPage('Drivers')
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(names).toHaveLength(6)
    expect(names).toContain('Charles Leclerc')
    expect(screen.getAllByText('Named in the sources, not quoted')).toHaveLength(6)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('ignores unknown extra fields, everywhere, and shows none of them', async () => {
    const extra = {
      ...changed((d) => {
        Object.assign(at(d.quotes, 0), { html: `<b>${PAYLOADS[0]}</b>`, score: 99 })
        Object.assign(at(d.drivers, 0), {
          photo: 'javascript:alert(1)',
          nickname: 'Il Predestinato',
        })
        Object.assign(at(d.sources, 0), { logo: PAYLOADS[1] })
      }),
      generator: { name: 'hand-made', html: PAYLOADS[2] },
    }
    // The build ships the dataset file as given, as the engine's data/quotes.json: a "__proto__"
    // key as JSON.parse sees it, an own property, must pollute nothing. The page data keeps the
    // extra fields too, though the build's validator drops them: they must not show either way.
    const body = JSON.stringify(extra).replace(/^\{/, '{"__proto__":{"polluted":true},')
    const { router } = await openApp('/', { dataset: extra, datasetText: body, heading: 'Quotes' })
    const expectNoneShown = () => {
      for (const unseen of ['Il Predestinato', 'hand-made', '<b>', 'javascript:', '99']) {
        expect(screen.getByRole('main')).not.toHaveTextContent(unseen)
      }
      expect(Reflect.get({}, 'polluted')).toBeUndefined()
      expectNothingInjected()
    }
    expect(screen.getAllByRole('figure')).toHaveLength(5)
    expectNoneShown()

    // A filtered view: the engine's answer, from data/quotes.json.
    await act(() => router.navigate('/?driver=charles-leclerc'))
    expect(await screen.findByText('2 quotes of 5', {}, LOAD_TIMEOUT)).toHaveRole('status')
    expect(screen.getAllByRole('figure')).toHaveLength(2)
    expectNoneShown()
  })

  it('filters a data/quotes.json that starts with a byte-order mark', async () => {
    // The build reads such a file (scripts/lib/read-dataset.ts) and ships it as given.
    await openApp('/?driver=charles-leclerc', {
      datasetText: `\uFEFF${JSON.stringify(shippedCopy())}`,
      heading: 'Quotes',
    })
    expect(screen.getByText('2 quotes of 5')).toHaveRole('status')
    expect(speakersShown()).toEqual(['Charles Leclerc', 'Charles Leclerc'])
  })

  it('shows a 2,000-character quote whole', async () => {
    const long = `${'Le Mans '.repeat(249)}Le Mans!`
    expect(long).toHaveLength(2000)
    await openApp('/quotes/leclerc-wants-the-real-le-mans', {
      dataset: changed((d) => (at(d.quotes, 0).text = long)),
      heading: 'Quote by Charles Leclerc',
    })
    expect(quotesShown()).toEqual([long])
  })

  it('links a valid https source with exactly that address, at the passage, rel noopener', async () => {
    const url = 'https://www.motorsport.com/nl/news/le-mans-leclerc/4798245/?utm=x#quote'
    await openApp('/quotes/leclerc-wants-the-real-le-mans', {
      dataset: changed((d) => (at(d.sources, 0).url = url)),
      heading: 'Quote by Charles Leclerc',
    })
    const link = screen.getByRole('link', { name: 'Read the source' })
    // The quote is in its source's language: the address, then its words' text fragment.
    expect(link).toHaveAttribute(
      'href',
      `${url}:~:text=Ik%20wil%20absoluut%20de,ik%20deze%20simrace%20probeerde`,
    )
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener')
    expect(screen.getByRole('blockquote')).toHaveAttribute('cite', url)
  })

  it('accepts "constructor" as an id in every collection, and every page works', async () => {
    const renamed: unknown = JSON.parse(
      JSON.stringify(shippedCopy())
        .replaceAll('"charles-leclerc"', '"constructor"')
        .replaceAll('"ferrari"', '"constructor"')
        .replaceAll('"le-mans"', '"constructor"')
        .replaceAll('"leclerc-wants-the-real-le-mans"', '"constructor"')
        .replaceAll('"motorsport-nl-2020-06-virtual-le-mans"', '"constructor"'),
    )
    const { router } = await openApp('/drivers/constructor', {
      dataset: renamed,
      heading: 'Charles Leclerc',
    })
    expect(speakersShown()).toEqual(Array(2).fill('Charles Leclerc'))
    expect(screen.getByRole('link', { name: 'Ferrari' })).toHaveAttribute(
      'href',
      '/teams/constructor',
    )

    const pages = [
      ['/teams/constructor', 'Ferrari'],
      ['/races/constructor', '24 Hours of Le Mans'],
      ['/quotes/constructor', 'Quote by Charles Leclerc'],
      ['/?driver=constructor', 'Quotes'],
    ] as const
    for (const [url, heading] of pages) {
      await act(() => router.navigate(url))
      expect(await findPage(heading)).toBeInTheDocument()
    }
    expect(screen.getByText('2 quotes of 5')).toHaveRole('status')
    expectChosen('Driver', 'Charles Leclerc')
  })

  // A thousand times the shipped quotes to fetch, validate, index and count: a longer wait.
  const bigLoad = 3 * LOAD_TIMEOUT.timeout
  const bigTest = { timeout: 2 * bigLoad }
  it('renders 5,000 quotes one page at a time: 25 figures, "Page 1 of 200"', bigTest, async () => {
    await openApp('/', { dataset: repeatQuotes(5000), heading: 'Quotes', timeout: bigLoad })
    expect(screen.getAllByRole('figure')).toHaveLength(25)
    expect(screen.getByText('5,000 quotes · showing 1–25')).toHaveRole('status')
    const pager = screen.getByRole('navigation', { name: 'Pages of results' })
    expect(within(pager).getByText('Page 1 of 200')).toBeInTheDocument()
    expect(within(pager).getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/?page=2')
  })
})

describe('invisible, reversed and decomposed characters', () => {
  const VERGNE = 'Jean-E\u0301ric Vergne' // E + combining acute: decomposed
  const LECLERC = 'Charles Lec\u202Elerc' // a right-to-left override mid-word, never popped
  const GASLY = 'Pierre\u200B Gasly\u200D' // zero-width space and joiner
  const ZALGO = 'Z\u0337a\u0337l\u0337g\u0337o\u0337 wants Pit\u200BLane'

  const unicodeDataset = () =>
    changed((d) => {
      at(d.drivers, 3).name = VERGNE
      at(d.drivers, 0).name = LECLERC
      at(d.drivers, 2).name = GASLY
      at(d.quotes, 4).context = ZALGO
    })

  it('renders names and text exactly as given', async () => {
    const { router } = await openApp('/drivers', { dataset: unicodeDataset(), heading: 'Drivers' })
    for (const name of [VERGNE, LECLERC, GASLY]) {
      expect(screen.getByRole('link', { name }).textContent).toBe(name)
    }

    await act(() => router.navigate('/quotes/vergne-wants-the-indy-500'))
    await findPage(`Quote by ${VERGNE}`)
    expect(screen.getByText(ZALGO).textContent).toBe(ZALGO)

    await act(() => router.navigate('/drivers/charles-leclerc'))
    expect(await findPage(LECLERC)).toBeInTheDocument()
    expect(document.title).toBe(`${LECLERC} · Paddock Quotes`)
  })

  it.each([
    ['jean-eric', VERGNE, 3],
    ['JEAN-ÉRIC', VERGNE, 3],
    ['charles leclerc', LECLERC, 2],
    ['zalgo', VERGNE, 1],
    ['pitlane', VERGNE, 1],
  ])('a search for %j finds what %j said (%i)', async (query, speaker, count) => {
    await openApp(`/?q=${encodeURIComponent(query)}`, {
      dataset: unicodeDataset(),
      heading: 'Quotes',
    })
    const counted = `${count} ${count === 1 ? 'quote' : 'quotes'} of 5`
    expect(screen.getByText(counted)).toHaveRole('status')
    expect(new Set(speakersShown())).toEqual(new Set([speaker]))
  })

  it('highlights the decomposed name as written, accent included', async () => {
    await openApp('/?q=jean-eric', { dataset: unicodeDataset(), heading: 'Quotes' })
    const [first] = screen.getAllByRole('figure')
    if (!first) throw new Error('no figure')
    const speaker = within(first).getAllByRole('link')[0]
    expect(speaker?.textContent).toBe(VERGNE)
    const marks = within(first)
      .getAllByRole('mark')
      .map((mark) => mark.textContent)
    expect(marks).toContain('E\u0301ric')
  })
})

type HostileFields = Record<
  | 'publisher'
  | 'title'
  | 'teamName'
  | 'category'
  | 'raceName'
  | 'shortName'
  | 'nickname'
  | 'venue'
  | 'raceDescription'
  | 'driverName'
  | 'nationality'
  | 'driverDescription'
  | 'role'
  | 'text'
  | 'translation'
  | 'context',
  string
>

/** Every text field of the contract, each holding the payload after its own label. */
function hostileFields(payload: string): HostileFields {
  const value = (label: string) => `${label} ${payload}`
  return {
    publisher: value('publisher'),
    title: value('title'),
    teamName: value('team'),
    category: value('category'),
    raceName: value('race'),
    shortName: value('short'),
    nickname: value('nickname'),
    venue: value('venue'),
    raceDescription: value('race story'),
    driverName: value('driver'),
    nationality: value('nationality'),
    driverDescription: value('driver story'),
    role: value('role'),
    text: value('text'),
    translation: value('translation'),
    context: value('context'),
  }
}

function withFields(f: HostileFields): Dataset {
  return changed((d) => {
    Object.assign(at(d.sources, 0), { publisher: f.publisher, title: f.title })
    Object.assign(at(d.teams, 0), { name: f.teamName, category: f.category })
    Object.assign(at(d.races, 0), {
      name: f.raceName,
      shortName: f.shortName,
      nickname: f.nickname,
      venue: f.venue,
      description: f.raceDescription,
    })
    const leclerc = at(d.drivers, 0)
    Object.assign(leclerc, { name: f.driverName, nationality: f.nationality })
    leclerc.description = f.driverDescription
    at(leclerc.affiliations, 0).role = f.role
    Object.assign(at(d.quotes, 0), {
      text: f.text,
      translations: { en: f.translation },
      context: f.context,
    })
  })
}

describe.each(PAYLOADS)('markup in every text field: %s', (payload) => {
  it('is shown as exactly that text on every page, and never runs', async () => {
    const f = hostileFields(payload)
    const { router, user } = await openApp('/quotes/leclerc-wants-the-real-le-mans', {
      dataset: withFields(f),
      heading: `Quote by ${f.driverName}`,
    })
    expect(within(screen.getByRole('blockquote')).getByText(f.text)).toBeInTheDocument()
    expect(screen.getByText(f.translation)).toHaveAttribute('lang', 'en')
    expect(screen.getByText(f.context)).toBeInTheDocument()
    expect(within(screen.getByRole('figure')).getByText(f.title)).toBeInTheDocument()
    expect(screen.getByRole('figure')).toHaveTextContent(`${f.publisher}, ${f.title}, June 2020`)
    // The citations name them as text too, in the source's language, the APA title in italics.
    const cite = screen.getByRole('region', { name: 'Cite this quote' })
    const titles = within(cite).getAllByText(f.title)
    expect(titles).toHaveLength(4)
    for (const title of titles) expect(title).toHaveAttribute('lang', 'nl')
    expect(within(cite).getAllByText(f.title, { selector: 'i > span' })).toHaveLength(1)
    const citations = within(cite).getAllByRole('listitem')
    expect(citations).toHaveLength(4)
    for (const citation of citations) expect(citation).toHaveTextContent(f.driverName)
    expect(screen.getByRole('link', { name: f.driverName })).toHaveAttribute(
      'href',
      '/drivers/charles-leclerc',
    )
    expect(
      screen.getByRole('link', { name: `${f.driverName} wants to race ${f.shortName}` }),
    ).toHaveAttribute('href', '/races/le-mans')
    expect(document.title).toBe(`${f.driverName}: “${f.text}” · Paddock Quotes`)
    // The quote's JSON-LD holds the same strings, as data.
    expectNothingInjected({
      holding: [f.text, f.translation, f.context, f.driverName, f.title, f.publisher],
    })

    await act(() => router.navigate('/drivers/charles-leclerc'))
    await findPage(f.driverName)
    expect(screen.getByText(f.nationality)).toBeInTheDocument()
    expect(screen.getByText(f.driverDescription)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: f.teamName })).toHaveAttribute('href', '/teams/ferrari')
    expect(screen.getByText(`· ${f.role}`)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: f.shortName })).toHaveAttribute(
      'href',
      '/races/le-mans',
    )
    expect(document.title).toBe(`${f.driverName} · Paddock Quotes`)
    expectNothingInjected({
      holding: [f.driverName, f.nationality, f.driverDescription, f.teamName],
    })

    await act(() => router.navigate('/races/le-mans'))
    await findPage(f.raceName)
    for (const fact of [f.shortName, f.nickname, f.venue]) {
      expect(screen.getByText(fact)).toHaveRole('definition')
    }
    expect(screen.getByText(f.raceDescription)).toBeInTheDocument()
    const driverLinks = screen.getAllByRole('link', { name: f.driverName })
    expect(driverLinks.map((link) => link.getAttribute('href'))).toEqual(
      Array(3).fill('/drivers/charles-leclerc'),
    )
    expectNothingInjected({
      holding: [f.raceName, f.shortName, f.nickname, f.venue, f.raceDescription],
    })

    await act(() => router.navigate('/teams'))
    await findPage('Teams')
    expect(screen.getByRole('link', { name: f.teamName })).toHaveAttribute('href', '/teams/ferrari')
    expect(screen.getByText(f.category)).toBeInTheDocument()
    expectNothingInjected()

    await act(() => router.navigate('/'))
    await findPage('Quotes')
    const listed = async (name: FacetName) =>
      (await facetOptions(user, name)).map((option) => option.label)
    expect(await listed('Driver')).toContain(`${f.driverName} 2 quotes`)
    expect(await listed('Team')).toContain(`${f.teamName} 2 quotes`)
    expect(await listed('Ambition')).toContain(`${f.shortName} 4 quotes`)
    expect(within(figureQuoting(f.text)).getByText(f.text)).toBeVisible()
    expectNothingInjected()
  })
})

/** Strings from all of Unicode (lone surrogates too), laced with markup and template fragments. */
const hostileUnit = fc.oneof(
  { arbitrary: codePointArbitrary, weight: 4 },
  {
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(
      ...PAYLOADS,
      '<',
      '>',
      '&',
      '&amp;',
      '&lt;b&gt;',
      '"',
      "'",
      '`',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '</p>',
      '<b>',
      '${x}',
      '%s',
      'javascript:alert(1)',
      '\u202E',
      '\u200B',
      '\u0301',
      '\uFEFF',
      '\r\n',
      '\t',
      '\0',
    ),
    weight: 3,
  },
)
const hostileString = fc
  .string({ unit: hostileUnit, minLength: 1, maxLength: 40 })
  // Valid names and texts hold something visible (not only spaces or invisible marks).
  .filter((s) =>
    // eslint-disable-next-line no-control-regex -- control characters are what it rules out
    /[^\s\0-\x1F\x7F-\x9F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.test(s),
  )
  .filter((s) => s.length <= 200)

type Field = 'text' | 'translation' | 'context' | 'driverName' | 'teamName' | 'raceName'
const FIELD_PAGES: Record<Field, string> = {
  text: '/quotes/leclerc-wants-the-real-le-mans',
  translation: '/quotes/leclerc-wants-the-real-le-mans',
  context: '/quotes/leclerc-wants-the-real-le-mans',
  driverName: '/drivers/charles-leclerc',
  teamName: '/teams/ferrari',
  raceName: '/races/le-mans',
}

function withOneField(field: Field, value: string): Dataset {
  return changed((d) => {
    const quote = at(d.quotes, 0)
    if (field === 'text') quote.text = value
    if (field === 'translation') quote.translations = { en: value }
    if (field === 'context') quote.context = value
    if (field === 'driverName') at(d.drivers, 0).name = value
    if (field === 'teamName') at(d.teams, 0).name = value
    if (field === 'raceName') at(d.races, 0).name = value
  })
}

/** How many elements a page has: the same for any valid string in the same field. */
function elementCount() {
  return document.querySelectorAll('main *').length
}

/** One page per run: the handlers of earlier runs go, and a failed open leaves no page behind. */
async function renderPage(dataset: Dataset, url: string) {
  server.resetHandlers()
  return openApp(url, { dataset })
}

/** Each run opens a page, which may take as long as any page to open. */
const STRING_RUNS = 25

describe('any string in a text field', () => {
  const timeout = STRING_RUNS * LOAD_TIMEOUT.timeout
  it(
    'renders as exactly that text, with no extra element, and as data in the JSON-LD',
    { timeout },
    async () => {
      const baseline = new Map<string, number>()
      for (const url of new Set(Object.values(FIELD_PAGES))) {
        const { unmount } = await renderPage(shippedCopy(), url)
        baseline.set(url, elementCount())
        unmount()
      }

      const identity = { normalizer: (text: string) => text }
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Field>(...Object.keys(FIELD_PAGES).filter(isField)),
          hostileString,
          async (field, value) => {
            const url = FIELD_PAGES[field]
            const { heading, unmount } = await renderPage(withOneField(field, value), url)
            try {
              if (field === 'text') {
                expect(quotesShown()).toEqual([value])
              } else if (field === 'translation' || field === 'context') {
                const figure = screen.getByRole('figure')
                const found = within(figure).getAllByText(value, identity)
                expect(found.map((element) => element.textContent)).toEqual([value])
              } else {
                expect(heading.textContent).toBe(value)
                // Two quotes by him, two excerpts as evidence of his ambition.
                if (field === 'driverName') expect(speakersShown()).toEqual(Array(2).fill(value))
              }
              expect(elementCount()).toBe(baseline.get(url))
              // Every one of these fields is in the page's JSON-LD too: exactly that string.
              expectNothingInjected({ holding: [value] })
            } finally {
              unmount()
            }
          },
        ),
        { numRuns: STRING_RUNS },
      )
    },
  )
})

function isField(key: string): key is Field {
  return key in FIELD_PAGES
}
