import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/site-build'
import { atomXml, xmlText } from '../../src/seo/atom'
import { FEED_ENTRIES } from '../../src/seo/feeds'
import type { Dataset, Quote } from '../../src/dataset/schema'
import { at, changedCopy } from '../support/shipped-dataset'

// A real XML parser: jsdom's DOMParser parses application/xml with saxes, a conforming XML 1.0
// parser that refuses a stray `&` or `<`, a `]]>` in text and the characters XML forbids.
const { DOMParser } = new JSDOM('').window
const ATOM = 'http://www.w3.org/2005/Atom'
const SITE = 'https://paddock.example'
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const TIMEOUT = 180_000

function parseXml(xml: string, file = 'feed'): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml')
  const error = document.getElementsByTagName('parsererror')[0]
  expect(error?.textContent, `${file} is well-formed XML`).toBeUndefined()
  return document
}

/** The element's own children of that Atom name. */
const children = (parent: Element, name: string) =>
  [...parent.children].filter((child) => child.namespaceURI === ATOM && child.localName === name)
const one = (parent: Element, name: string, where: string) => {
  const found = children(parent, name)
  expect(found, `${where}: one atom:${name}`).toHaveLength(1)
  return found[0]?.textContent ?? ''
}
const linkOf = (parent: Element, rel: string) =>
  children(parent, 'link')
    .find((link) => link.getAttribute('rel') === rel)
    ?.getAttribute('href')

/** What RFC 4287 requires of a feed and its entries, and what ours promise besides. */
function checkedFeed(xml: string, file: string) {
  const feed = parseXml(xml, file).documentElement
  expect(feed.namespaceURI, file).toBe(ATOM)
  expect(feed.localName, file).toBe('feed')
  const updated = one(feed, 'updated', file)
  expect(updated, file).toMatch(RFC3339)
  expect(one(feed, 'id', file), file).toBe(`${SITE}/${file}`)
  expect(one(feed, 'title', file), file).not.toBe('')
  expect(linkOf(feed, 'self'), file).toBe(`${SITE}/${file}`)
  expect(linkOf(feed, 'alternate'), file).toMatch(new RegExp(`^${SITE}/`))
  expect(children(feed, 'author'), file).toHaveLength(1)
  const entries = children(feed, 'entry').map((entry) => {
    const where = `${file} entry`
    const id = one(entry, 'id', where)
    const entryUpdated = one(entry, 'updated', where)
    expect(entryUpdated, where).toMatch(RFC3339)
    expect(linkOf(entry, 'alternate'), where).toBe(id)
    const author = children(entry, 'author')[0]
    expect(author && one(author, 'name', where), where).toBeTruthy()
    return {
      id,
      title: one(entry, 'title', where),
      updated: entryUpdated,
      author: author ? one(author, 'name', where) : '',
      content: one(entry, 'content', where),
      related: linkOf(entry, 'related'),
    }
  })
  expect(entries.length, file).toBeLessThanOrEqual(FEED_ENTRIES)
  // The feed is as new as its newest entry: from the data, never the clock.
  if (entries[0]) expect(updated, file).toBe(entries[0].updated)
  return { updated, entries }
}

describe('the Atom writer', () => {
  it('keeps any text well-formed XML and reads back as that text, less what XML forbids', () => {
    const anyText = fc.array(
      fc.oneof(
        fc.constantFrom('&', '<', '>', ']]>', '"', "'", '&amp;', '\u0000', '\u0008', '\u000B'),
        fc.constantFrom('\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\t', '\r\n', '🏁'),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      { maxLength: 12 },
    )
    fc.assert(
      fc.property(anyText, anyText, (title, content) => {
        const [titleText, contentText] = [title.join(''), content.join('')]
        const xml = atomXml({
          ...{ id: `${SITE}/f.atom`, self: `${SITE}/f.atom`, page: `${SITE}/`, language: 'en' },
          ...{ title: titleText, subtitle: '', updated: '2020-06-01T00:00:00Z', author: 'A' },
          entries: [
            {
              ...{ id: `${SITE}/q`, url: `${SITE}/q`, title: titleText, content: contentText },
              ...{ updated: '2020-06-01T00:00:00Z', author: { name: titleText } },
            },
          ],
        })
        const document = parseXml(xml)
        const allowed = (text: string) =>
          // XML reads a CR LF pair as one LF.
          text
            .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
            .replace(/\r\n?/g, '\n')
        const [feedTitle, entryTitle] = [...document.getElementsByTagNameNS(ATOM, 'title')]
        expect(feedTitle?.textContent).toBe(allowed(titleText))
        expect(entryTitle?.textContent).toBe(allowed(titleText))
        expect(document.getElementsByTagNameNS(ATOM, 'content')[0]?.textContent).toBe(
          allowed(contentText),
        )
      }),
      { numRuns: 200 },
    )
    // A minute, as the other property tests have: the machine is shared.
  }, 60_000)

  it('escapes the characters markup gives a meaning to', () => {
    expect(xmlText('a & b <c> ]]> "d"\u0001')).toBe('a &amp; b &lt;c&gt; ]]&gt; &quot;d&quot;')
  })
})

// A driver with more quotes than a feed holds, from sources of several dates, and hostile text
// where a feed prints the data.
const HOSTILE_NAME = 'Ampersand & <Sons> ]]> "Racing"\u0001\u000B\uFFFE'
const HOSTILE_TEXT = ']]><![CDATA[ & <script>alert(1)</script> \u0000\u001F done'
const DATES = ['2019-03', '2021-11-05', '2020-06', '2021-11']

function feedDataset(): Dataset {
  return changedCopy((d) => {
    const driver = at(d.drivers, 0)
    driver.name = HOSTILE_NAME
    DATES.forEach((published, i) => {
      d.sources.push({
        ...{ id: `extra-${i}`, publisher: `Pub & <Co> ${i}`, title: ']]> & <b>', language: 'nl' },
        ...{ published, url: `https://news.example/${i}?a=1&b=2` },
      })
    })
    for (let i = 0; i < 70; i++) {
      d.quotes.push({
        id: `extra-quote-${i}`,
        speakerId: i % 3 === 0 ? at(d.drivers, 1).id : driver.id,
        aboutDriverIds: i % 3 === 0 ? [driver.id] : [],
        text: i === 7 ? HOSTILE_TEXT : `Quote ${i}, about Le Mans - and Indy & more.`,
        language: 'nl',
        sourceId: `extra-${i % DATES.length}`,
        ambitions: [],
        translations: { en: i === 7 ? HOSTILE_TEXT : `Translation ${i}` },
      })
    }
  })
}

/** The quotes a driver's feed must show: by or about them, newest source first, then in order. */
function expectedIds(dataset: Dataset, driverId: string): string[] {
  const date = (quote: Quote) => dataset.sources.find((s) => s.id === quote.sourceId)?.published
  return dataset.quotes
    .map((quote, position) => ({ quote, position, date: date(quote) ?? '' }))
    .filter(({ quote }) => quote.speakerId === driverId || quote.aboutDriverIds.includes(driverId))
    .sort((a, b) => (a.date === b.date ? a.position - b.position : a.date < b.date ? 1 : -1))
    .slice(0, FEED_ENTRIES)
    .map(({ quote }) => `${SITE}/quotes/${quote.id}`)
}

const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-feeds-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

async function buildInto(name: string, dataset: Dataset) {
  const outDir = path.join(tempDir, name)
  const datasetFile = path.join(tempDir, `${name}.json`)
  writeFileSync(datasetFile, JSON.stringify(dataset))
  const lines: string[] = []
  await buildSite({ datasetFile, outDir, siteUrl: SITE, log: (line) => lines.push(line) })
  const feedsIn = (folder: string) =>
    new Map(
      readdirSync(path.join(outDir, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.atom'))
        .map((file) => [
          `${folder}/${file}`,
          readFileSync(path.join(outDir, folder, file), 'utf8'),
        ]),
    )
  const feeds = feedsIn('feeds')
  const dutchFeeds = feedsIn('nl/feeds')
  const page = (file: string) =>
    new JSDOM(readFileSync(path.join(outDir, file), 'utf8')).window.document
  return { feeds, dutchFeeds, page, lines }
}

describe('the Atom feeds of a build', { timeout: TIMEOUT }, () => {
  const dataset = feedDataset()
  const driver = at(dataset.drivers, 0)
  let first: Awaited<ReturnType<typeof buildInto>>
  let second: Awaited<ReturnType<typeof buildInto>>
  beforeAll(async () => {
    first = await buildInto('first', dataset)
    second = await buildInto('second', dataset)
  }, TIMEOUT)

  it('writes the site’s feed and one per driver, race and team, and says so', () => {
    expect([...first.feeds.keys()].sort()).toEqual(
      [
        'feeds/all.atom',
        ...dataset.drivers.map((d) => `feeds/drivers/${d.id}.atom`),
        ...dataset.races.map((r) => `feeds/races/${r.id}.atom`),
        ...dataset.teams.map((t) => `feeds/teams/${t.id}.atom`),
      ].sort(),
    )
    expect(first.lines.join('\n')).toMatch(/Atom feeds: \d+ in feeds\//)
  })

  it('writes the same feeds in Dutch under nl/, in Dutch words, linking to the Dutch pages', () => {
    expect([...first.dutchFeeds.keys()].sort()).toEqual(
      [...first.feeds.keys()].map((file) => `nl/${file}`).sort(),
    )
    const file = `nl/feeds/drivers/${driver.id}.atom`
    const xml = first.dutchFeeds.get(file) ?? ''
    const { entries } = checkedFeed(xml, file)
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')
    expect(xml).toContain(`<subtitle type="text">De nieuwste citaten van of over `)
    // The same quotes, in the same order, each its Dutch page.
    expect(entries.map((entry) => entry.id)).toEqual(
      expectedIds(dataset, driver.id).map((id) => id.replace(`${SITE}/`, `${SITE}/nl/`)),
    )
    expect(xml).not.toContain('Our translation')
  })

  it('parses every feed as Atom with the elements RFC 4287 requires, dated by the data', () => {
    const dates = new Set(dataset.sources.map((s) => s.published.padEnd(10, '-01')))
    for (const [file, xml] of first.feeds) {
      const { updated, entries } = checkedFeed(xml, file)
      expect(dates, `${file} updated`).toContain(updated.slice(0, 10))
      for (const entry of entries)
        expect(entry.id, file).toMatch(/^https:\/\/paddock\.example\/quotes\//)
    }
  })

  it('holds a driver’s 50 newest quotes, by source date then dataset order', () => {
    const { entries } = checkedFeed(
      first.feeds.get(`feeds/drivers/${driver.id}.atom`) ?? '',
      `feeds/drivers/${driver.id}.atom`,
    )
    expect(entries).toHaveLength(FEED_ENTRIES)
    expect(entries.map((entry) => entry.id)).toEqual(expectedIds(dataset, driver.id))
    expect(entries[0]?.updated).toBe('2021-11-05T00:00:00Z')
  })

  it('gives the same feeds, ids and dates in two builds of the same dataset', () => {
    expect(second.feeds.size).toBe(first.feeds.size)
    for (const [file, xml] of first.feeds) expect(second.feeds.get(file), file).toBe(xml)
  })

  it('carries hostile text as that very text: quote, speaker and source', () => {
    const file = `feeds/drivers/${driver.id}.atom`
    const { entries } = checkedFeed(first.feeds.get(file) ?? '', file)
    const hostile = entries.find((entry) => entry.id === `${SITE}/quotes/extra-quote-7`)
    // What XML cannot hold is left out: the rest is there as written.
    // eslint-disable-next-line no-control-regex -- control characters are what it leaves out
    const shown = (text: string) => text.replace(/[\0\x01\x0B\x1F\uFFFE]/g, '')
    expect(hostile?.author).toBe(shown(HOSTILE_NAME))
    expect(hostile?.content).toContain(shown(HOSTILE_TEXT))
    expect(hostile?.content).toContain(
      `— ${shown(HOSTILE_NAME)}, Pub & <Co> 3, “]]> & <b>”, November 2021`,
    )
    expect(hostile?.content).toContain(`Our translation from Dutch:\n${shown(HOSTILE_TEXT)}`)
    // The source, opened at the quoted passage.
    expect(hostile?.related).toMatch(/^https:\/\/news\.example\/3\?a=1&b=2#:~:text=/)
  })

  it('advertises a driver’s feed in its page’s head and links it visibly; the site’s on / and /nl/, in the footer', () => {
    const document = first.page(`drivers/${driver.id}.html`)
    const feeds = [
      ...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]'),
    ]
    expect(feeds.map((link) => link.getAttribute('href'))).toEqual([
      `${SITE}/feeds/drivers/${driver.id}.atom`,
      `${SITE}/feeds/all.atom`,
    ])
    const visible = [...document.querySelectorAll('main a')].find(
      (a) => a.textContent === `Follow ${driver.name} (Atom feed)`,
    )
    expect(visible?.getAttribute('href')).toBe(`${SITE}/feeds/drivers/${driver.id}.atom`)
    for (const [file, prefix, follow] of [
      ['index.html', '', 'Follow the newest quotes (Atom feed)'],
      ['nl/index.html', 'nl/', 'Volg de nieuwste citaten (Atom-feed)'],
    ] as const) {
      const home = first.page(file)
      const siteFeed = `${SITE}/${prefix}feeds/all.atom`
      expect(
        home
          .querySelector('head link[rel="alternate"][type="application/atom+xml"]')
          ?.getAttribute('href'),
        file,
      ).toBe(siteFeed)
      const footerLink = [...home.querySelectorAll('footer a')].find(
        (a) => a.textContent === follow,
      )
      expect(footerLink?.getAttribute('href'), file).toBe(siteFeed)
    }
  })
})
