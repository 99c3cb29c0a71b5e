import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../scripts/lib/site-build'
import { englishLeft, englishOnly } from '../support/english-words'
import { core } from '../../src/i18n/en/core'
import { pages as nlPages } from '../../src/i18n/nl/pages'
import { formatCount } from '../../src/format/labels'
import { at, shippedCopy } from '../support/shipped-dataset'

const TIMEOUT = 120_000
const SITE = 'https://paddock.example'
const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-languages-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

async function build(name: string, languages?: string[]) {
  const outDir = path.join(tempDir, name)
  const datasetFile = path.join(tempDir, `${name}.json`)
  writeFileSync(datasetFile, JSON.stringify(shippedCopy()))
  await buildSite({ datasetFile, outDir, siteUrl: SITE, languages })
  return (file: string) => new JSDOM(readFileSync(path.join(outDir, file), 'utf8')).window.document
}

/** Every page type's file, under a prefix. */
function pageFiles(prefix: string): string[] {
  const dataset = shippedCopy()
  return [
    'index.html',
    'drivers.html',
    'races.html',
    'teams.html',
    'saved.html',
    `drivers/${at(dataset.drivers, 0).id}.html`,
    `races/${at(dataset.races, 0).id}.html`,
    `teams/${at(dataset.teams, 0).id}.html`,
    `quotes/${at(dataset.quotes, 0).id}.html`,
    '404.html',
  ].map((file) => prefix + file)
}

/** What a reader sees (text, labels, placeholders), but text marked as in another language. */
function visibleText(document: Document): string[] {
  for (const other of document.querySelectorAll('[lang]:not(html):not([lang="nl"])')) {
    other.remove()
  }
  for (const hidden of document.querySelectorAll('script, style, template')) hidden.remove()
  const texts: string[] = []
  const walker = document.createTreeWalker(document.body, 4)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    if (text) texts.push(text)
  }
  for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = element.getAttribute(name)
      if (value) texts.push(value)
    }
  }
  return [...texts, document.title]
}

describe('npm run build in English and Dutch', { timeout: TIMEOUT }, () => {
  let page: Awaited<ReturnType<typeof build>>
  beforeAll(async () => {
    page = await build('both')
  }, TIMEOUT)

  it('leaves the build’s own modules in English, whatever language it built last', () => {
    // check:scale builds, then words what the pages must show with the same modules.
    expect(formatCount(50_000)).toBe('50,000')
    expect(core.saved).toBe('Saved')
  })

  it('writes every page type in Dutch under /nl/: its language, own description and alternates', () => {
    for (const [english, dutch] of pageFiles('').map((file, i) => [file, pageFiles('nl/')[i]])) {
      const en = page(english ?? '')
      const doc = page(dutch ?? '')
      expect(en.documentElement.lang, english).toBe('en')
      expect(doc.documentElement.lang, dutch).toBe('nl')
      expect(doc.title, dutch).not.toBe('')
      const description = (d: Document) =>
        d.querySelector('meta[name="description"]')?.getAttribute('content')
      expect(description(doc), dutch).not.toBe(description(en))
      // Each language's manifest: installed from a Dutch page, the app is in Dutch.
      const manifest = (d: Document) =>
        d.querySelector('link[rel="manifest"]')?.getAttribute('href')
      expect([manifest(en), manifest(doc)], dutch).toEqual(['/manifest.json', '/nl/manifest.json'])
      const link = doc.querySelector('a.language-switch')
      expect(link?.getAttribute('hreflang'), dutch).toBe('en')
      expect(link?.getAttribute('lang'), dutch).toBe('en')
      if (english === '404.html') continue
      // Share tags in the page's locale, the other language's as an alternate (a 404 has none).
      const og = (d: Document, property: string) =>
        [...d.querySelectorAll(`meta[property="${property}"]`)].map((m) =>
          m.getAttribute('content'),
        )
      expect([og(en, 'og:locale'), og(en, 'og:locale:alternate')], english).toEqual([
        ['en_GB'],
        ['nl_NL'],
      ])
      expect([og(doc, 'og:locale'), og(doc, 'og:locale:alternate')], dutch).toEqual([
        ['nl_NL'],
        ['en_GB'],
      ])
      const path = english === 'index.html' ? '' : (english ?? '').replace(/\.html$/, '')
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (alternate) => [alternate.getAttribute('hreflang'), alternate.getAttribute('href')],
      )
      expect(alternates, dutch).toEqual([
        ['en', `${SITE}/${path}`],
        ['nl', `${SITE}/nl/${path}`],
        ['x-default', `${SITE}/${path}`],
      ])
    }
  })

  it('leaves no English word of the interface on a Dutch page', () => {
    const english = englishOnly()
    expect(english.length).toBeGreaterThan(100)
    for (const file of pageFiles('nl/')) {
      const texts = visibleText(page(file))
      expect(englishLeft(english, texts), file).toEqual([])
    }
  })
})

describe('a Dutch-only build', { timeout: TIMEOUT }, () => {
  it('writes Dutch pages at the base, its 404, feeds and sitemap, with no switch and no alternates', async () => {
    const page = await build('dutch', ['nl'])
    const home = page('index.html')
    expect(home.documentElement.lang).toBe('nl')
    expect(home.querySelector('h1')?.textContent).toBe('Citaten')
    expect(home.querySelector('a.language-switch')).toBeNull()
    expect(home.querySelector('link[rel="alternate"][hreflang]')).toBeNull()
    // Every other page type, its 404 included, in Dutch, with no English word of the interface.
    const english = englishOnly()
    for (const file of pageFiles('')) {
      const document = page(file)
      expect(document.documentElement.lang, file).toBe('nl')
      expect(englishLeft(english, visibleText(document)), file).toEqual([])
    }
    expect(page('404.html').querySelector('h1')?.textContent).toBe(nlPages.notFound)
    // Its feeds and sitemap are the Dutch pages', at the base: there is no other language.
    const written = (file: string) => readFileSync(path.join(tempDir, 'dutch', file), 'utf8')
    expect(written('feeds/all.atom')).toContain('xml:lang="nl"')
    expect(written('feeds/all.atom')).toContain(`<id>${SITE}/quotes/`)
    expect(JSON.parse(written('manifest.json'))).toMatchObject({ lang: 'nl', start_url: '/' })
    const sitemap = written('sitemap.xml')
    expect(sitemap).toContain(`<loc>${SITE}/drivers</loc>`)
    expect(sitemap).not.toContain(`${SITE}/nl/`)
  })
})
