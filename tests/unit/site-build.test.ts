import { deployedPolicy, hashSource, sourcesOf } from '../../scripts/lib/page-head'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { buildSite } from '../../scripts/lib/site-build'
import { TAKEN_OVER_SELECTOR } from '../../src/app/taken-over'
import { quoteFileKey, quoteFileOf } from '../../src/page-data/quote-pages'
import type { Dataset } from '../../src/dataset/schema'
import { at, changedCopy, shippedCopy } from '../support/shipped-dataset'

// Builds run Vite twice and prerender every page: seconds each, on a busy machine more.
const TIMEOUT = 120_000
const SITE = 'https://paddock.example'

const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-site-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

async function build(name: string, dataset: Dataset, options: { base?: string; siteUrl?: string }) {
  const outDir = path.join(tempDir, name)
  const datasetFile = path.join(tempDir, `${name}.json`)
  writeFileSync(datasetFile, JSON.stringify(dataset))
  await buildSite({ datasetFile, outDir, base: options.base, siteUrl: options.siteUrl })
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8')
  const page = (file: string) => new JSDOM(read(file)).window.document
  return { outDir, read, page }
}

type Built = Awaited<ReturnType<typeof build>>

function jsonLdOf(document: Document): Record<string, unknown> {
  const block = document.querySelector('script[type="application/ld+json"]')
  expect(block, 'a JSON-LD block').not.toBeNull()
  const json: unknown = JSON.parse(block?.textContent ?? '')
  expect(json).toBeTypeOf('object')
  return typeof json === 'object' && json !== null ? { ...json } : {}
}

function meta(document: Document, key: string): string | null | undefined {
  return document
    .querySelector(`meta[name="${key}"], meta[property="${key}"]`)
    ?.getAttribute('content')
}

describe('npm run build: every page a document', { timeout: TIMEOUT }, () => {
  let site: Built
  beforeAll(async () => {
    site = await build('shipped', shippedCopy(), { siteUrl: SITE })
  }, TIMEOUT)

  it('writes a file for every page, the 404 page, the sitemap and the download', () => {
    const dataset = shippedCopy()
    const files = [
      'index.html',
      'drivers.html',
      'races.html',
      'teams.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
      'data/quotes.json',
      'data/pages/index.json',
      ...dataset.drivers.map((d) => `drivers/${d.id}.html`),
      ...dataset.races.map((r) => `races/${r.id}.html`),
      ...dataset.teams.map((t) => `teams/${t.id}.html`),
      ...dataset.quotes.map((q) => `quotes/${q.id}.html`),
      // A quote page's data: in a file of many, its record in the index (quote-pages.ts).
      ...dataset.quotes.map((q) => `data/pages/${quoteFileKey(quoteFileOf(q.id))}.json`),
    ]
    expect(files.filter((file) => !existsSync(path.join(site.outDir, file)))).toEqual([])
    expect(
      dataset.quotes.filter((q) =>
        existsSync(path.join(site.outDir, `data/pages/quotes/${q.id}.json`)),
      ),
    ).toEqual([])
  })

  it('stores each quote once, in the index’s record blocks: not in its page’s data', () => {
    const dataset = shippedCopy()
    const index = readdirSync(path.join(site.outDir, 'data/explorer'))
    expect(index).toHaveLength(1)
    const blocksDir = path.join(site.outDir, 'data/explorer', index[0] ?? '', 'r')
    const blocks = readdirSync(blocksDir).map((file) =>
      readFileSync(path.join(blocksDir, file), 'utf8'),
    )
    const quoteFiles = [...new Set(dataset.quotes.map((q) => quoteFileKey(quoteFileOf(q.id))))]
    for (const quote of dataset.quotes) {
      const text = JSON.stringify(quote.text)
      const times = (where: readonly string[]) => where.join('').split(text).length - 1
      expect(times(blocks), quote.id).toBe(1)
      expect(times(quoteFiles.map((key) => site.read(`data/pages/${key}.json`))), quote.id).toBe(0)
      const block = site.page(`quotes/${quote.id}.html`).getElementById('page-data')?.textContent
      expect(times([block ?? text]), quote.id).toBe(0)
    }
  })

  it('leaves the mark that the app has taken a page over to the app', () => {
    for (const file of ['index.html', 'drivers/pierre-gasly.html', '404.html']) {
      const document = site.page(file)
      expect(document.getElementById('root'), file).not.toBeNull()
      expect(document.querySelector(TAKEN_OVER_SELECTOR), file).toBeNull()
    }
  })

  it('a driver page: its content, head tags and a Person in JSON-LD', () => {
    const document = site.page('drivers/pierre-gasly.html')
    expect(document.querySelector('h1')?.textContent).toBe('Pierre Gasly')
    expect(document.title).toBe('Pierre Gasly · Paddock Quotes')
    expect(meta(document, 'description')).toMatch(/Pierre Gasly.*wants to race Le Mans/)
    const canonical = `${SITE}/drivers/pierre-gasly`
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical)
    expect(meta(document, 'og:url')).toBe(canonical)
    expect(meta(document, 'og:type')).toBe('profile')
    expect(meta(document, 'og:image')).toBe(`${SITE}/og-image.png`)
    expect(meta(document, 'twitter:card')).toBe('summary_large_image')
    expect(jsonLdOf(document)).toMatchObject({ '@type': 'Person', name: 'Pierre Gasly' })
    // Its quotes are in the HTML, as figures with real links.
    expect(document.querySelectorAll('figure blockquote').length).toBeGreaterThan(0)
    expect(document.querySelector('a[href="/teams/alphatauri"]')).not.toBeNull()
  })

  it('race, team and quote pages: each its own description and schema.org type', () => {
    const race = site.page('races/le-mans.html')
    expect(race.querySelector('h1')?.textContent).toBe('24 Hours of Le Mans')
    expect(meta(race, 'description')).toMatch(/^Who wants to race Le Mans: /)
    expect(jsonLdOf(race)).toMatchObject({ '@type': 'SportsEvent' })

    const team = site.page('teams/ferrari.html')
    expect(meta(team, 'description')).toMatch(/^Ferrari/)
    expect(jsonLdOf(team)).toMatchObject({ '@type': 'SportsTeam', name: 'Ferrari' })

    const quote = at(shippedCopy().quotes, 0)
    const page = site.page(`quotes/${quote.id}.html`)
    expect(page.querySelector('blockquote')?.textContent).toBe(quote.text)
    expect(meta(page, 'og:type')).toBe('article')
    expect(jsonLdOf(page)).toMatchObject({ '@type': 'Quotation', text: quote.text })
    const descriptions = new Set(
      ['drivers/pierre-gasly.html', 'races/le-mans.html', 'teams/ferrari.html', 'index.html'].map(
        (file) => meta(site.page(file), 'description'),
      ),
    )
    expect(descriptions.size).toBe(4)
  })

  it('the explorer: the first quotes, a WebSite in JSON-LD, and a word for readers without JavaScript', () => {
    const document = site.page('index.html')
    expect(document.querySelectorAll('ol.quote-list > li')).toHaveLength(
      shippedCopy().quotes.length,
    )
    expect(jsonLdOf(document)).toMatchObject({ '@type': 'WebSite', url: `${SITE}/` })
    expect(document.querySelector('noscript')?.textContent).toMatch(/need JavaScript/)
    // The head script that hides the prerendered list for a filtered address.
    expect(viewParamsOf(document)).toBe('driver team ambition q sort from to page')
  })

  it('/saved: its prerendered shell, nothing saved in it, and a word for readers without JavaScript', () => {
    const saved = site.page('saved.html')
    expect(saved.querySelector('h1')?.textContent).toBe('Saved quotes')
    expect(saved.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    expect(saved.querySelectorAll('main figure')).toHaveLength(0)
    expect(saved.querySelector('noscript')?.textContent).toMatch(
      /kept by this browser, and showing them needs JavaScript/,
    )
  })

  it('the list pages: the first drivers by name, a head script for their other views', () => {
    const drivers = site.page('drivers.html')
    expect(
      [...drivers.querySelectorAll('h2')].map((heading) => heading.textContent).slice(0, 2),
    ).toEqual(['Antonio Giovinazzi', 'Charles Leclerc'])
    expect(drivers.querySelector('noscript')?.textContent).toMatch(/need JavaScript/)
    for (const file of ['drivers.html', 'races.html', 'teams.html']) {
      expect(viewParamsOf(site.page(file)), file).toBe('q sort page')
    }
    // A record's page has no other view: its boot script only checks the page is this address's.
    const boot = bootScriptOf(site.page('drivers/pierre-gasly.html'))
    expect(boot?.getAttribute('data-page')).toBe('/drivers/pierre-gasly')
    expect(boot?.hasAttribute('data-view-params')).toBe(false)
  })

  it('each page carries its own data, the same as its data file', () => {
    const block = site.page('drivers/pierre-gasly.html').getElementById('page-data')
    const boot: unknown = JSON.parse(block?.textContent ?? '')
    expect(boot).toEqual({
      key: 'drivers/pierre-gasly',
      data: JSON.parse(site.read('data/pages/drivers/pierre-gasly.json')),
      notFound: false,
    })
  })

  it('paints from the HTML alone: the stylesheet inline, first, allowed by the deployed policy', async () => {
    for (const file of ['index.html', 'drivers/pierre-gasly.html', '404.html']) {
      const document = site.page(file)
      expect(document.querySelectorAll('link[rel="stylesheet"]'), file).toHaveLength(0)
      const style = document.head.querySelector('style')
      expect(style?.textContent, file).toContain('.site-header')
      // Nothing before it that the browser must fetch or run.
      const head = [...document.head.children]
      const before = style ? head.slice(0, head.indexOf(style)) : head
      expect(
        before.map((element) => element.tagName),
        file,
      ).toEqual(['META', 'META'])
      expect(await allowedByPolicy(style, 'style-src'), file).toBe(true)
    }
    expect(await allowedByPolicy(bootScriptOf(site.page('index.html')), 'script-src')).toBe(true)
  })

  it('the 404 page says so and is kept out of search engines', () => {
    const document = site.page('404.html')
    expect(document.querySelector('h1')?.textContent).toBe('Not found')
    expect(meta(document, 'robots')).toBe('noindex')
    expect(document.querySelector('link[rel="canonical"]')).toBeNull()
  })

  it('the sitemap lists every page, in both languages, at its absolute address, and robots.txt points to it', () => {
    const dataset = shippedCopy()
    const locs = [...site.read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    const pages =
      4 +
      dataset.drivers.length +
      dataset.races.length +
      dataset.teams.length +
      dataset.quotes.length
    expect(locs).toHaveLength(2 * pages)
    expect(locs).toContain(`${SITE}/`)
    expect(locs).toContain(`${SITE}/nl/`)
    expect(locs).toContain(`${SITE}/quotes/${at(dataset.quotes, 0).id}`)
    expect(locs).toContain(`${SITE}/nl/quotes/${at(dataset.quotes, 0).id}`)
    expect(site.read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`)
  })
})

describe('npm run build without SITE_URL, under a sub-path', { timeout: TIMEOUT }, () => {
  it('leaves out what needs an absolute address, and links under the base', async () => {
    const site = await build('paddock', shippedCopy(), { base: '/paddock/' })
    const document = site.page('drivers/pierre-gasly.html')
    expect(document.querySelector('link[rel="canonical"]')).toBeNull()
    expect(meta(document, 'og:url')).toBeUndefined()
    expect(meta(document, 'og:image')).toBeUndefined()
    expect(meta(document, 'og:title')).toBe('Pierre Gasly')
    expect(document.querySelector('a.brand')?.getAttribute('href')).toBe('/paddock/')
    expect(document.querySelector('a[href="/paddock/teams/alphatauri"]')).not.toBeNull()
    expect(existsSync(path.join(site.outDir, 'sitemap.xml'))).toBe(false)
    // A feed needs absolute addresses: none is written, and no page links to one.
    expect(existsSync(path.join(site.outDir, 'feeds'))).toBe(false)
    expect(document.querySelector('link[type="application/atom+xml"]')).toBeNull()
    expect(document.querySelector('a[type="application/atom+xml"]')).toBeNull()
    expect(existsSync(path.join(site.outDir, 'data/pages/drivers/pierre-gasly.json'))).toBe(true)
    // Its stylesheet names its fonts under the base: a hash of its own, which the policy has.
    expect(await allowedByPolicy(document.head.querySelector('style'), 'style-src')).toBe(true)
  })
})

const SCRIPT = '</script><script>window.__pwned=1</script>'
const HOSTILE_NAME = `${SCRIPT}<!--<img src=x onerror=alert(1)>\u2028"' &amp;`
const HOSTILE_TEAM = '"><svg onload=alert(1)>'

describe('a hostile dataset through the build', { timeout: TIMEOUT }, () => {
  let site: Built
  beforeAll(async () => {
    const dataset = changedCopy((d) => {
      at(d.drivers, 0).name = HOSTILE_NAME
      at(d.teams, 0).name = HOSTILE_TEAM
      at(d.quotes, 0).text = `${SCRIPT} \u2028 <!-- -->`
      at(d.quotes, 0).speakerId = at(d.drivers, 0).id
    })
    site = await build('hostile', dataset, { siteUrl: SITE })
  }, TIMEOUT)

  it('creates no element, attribute or script from its data, on any page type', () => {
    const dataset = shippedCopy()
    const driver = at(dataset.drivers, 0).id
    for (const file of [
      'index.html',
      'drivers.html',
      'teams.html',
      `drivers/${driver}.html`,
      `quotes/${at(dataset.quotes, 0).id}.html`,
    ]) {
      const document = site.page(file)
      expect(document.querySelectorAll('img, svg, iframe, object, embed'), file).toHaveLength(0)
      const scripts = [...document.querySelectorAll('script')].map(
        (s) => s.getAttribute('type') ?? 'classic',
      )
      // The page's data block, its JSON-LD, its inline boot script (src/app/view-boot.js,
      // always the same text: the policy allows it by its hash; it starts the entry module, which
      // the page preloads) and the service worker's registration (register-sw.js): no more.
      expect(
        scripts.filter((type) => type === 'module'),
        file,
      ).toHaveLength(0)
      expect(
        document.querySelector(
          `link[rel="modulepreload"][href="${bootScriptOf(document)?.getAttribute('data-entry') ?? 'none'}"]`,
        ),
        file,
      ).not.toBeNull()
      expect(
        scripts.filter((type) => type === 'application/json'),
        file,
      ).toHaveLength(1)
      expect(
        scripts.filter((type) => type === 'application/ld+json'),
        file,
      ).toHaveLength(1)
      const classic = [...document.querySelectorAll('script:not([type])')]
      expect(
        classic.map((script) => script.getAttribute('src')),
        file,
      ).toEqual([null, '/register-sw.js'])
      expect(bootScriptOf(document)?.textContent).toBe(
        bootScriptOf(site.page('index.html'))?.textContent,
      )
      expect(document.querySelectorAll('[onload], [onerror]'), file).toHaveLength(0)
      // The data block and the JSON-LD parse, and hold the data exactly.
      const data = document.getElementById('page-data')?.textContent ?? ''
      expect(data).not.toMatch(/<\/script|<!--|\u2028/i)
      expect(JSON.stringify(JSON.parse(data))).toContain(JSON.stringify(HOSTILE_TEAM).slice(1, -1))
    }
  })

  it('shows the hostile name as that very text in the title, the meta tags, the page and the JSON-LD', () => {
    const document = site.page(`drivers/${at(shippedCopy().drivers, 0).id}.html`)
    expect(document.title).toBe(`${HOSTILE_NAME} · Paddock Quotes`)
    expect(meta(document, 'og:title')).toBe(HOSTILE_NAME)
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE_NAME)
    expect(jsonLdOf(document)).toMatchObject({ name: HOSTILE_NAME })
  })
})

// After the builds above (a file's blocks run in order): the shipped dataset twice, under two
// bases, and the hostile dataset. The index is written while the pages render, so its folder is
// named from what makes it (the dataset and the compiler's code), not from its files: one name
// must still always hold the same files.
describe("the explorer's index, named before it is written", () => {
  const indexOf = (name: string) => {
    const root = path.join(tempDir, name, 'data/explorer')
    expect(readdirSync(root), name).toHaveLength(1)
    const folder = readdirSync(root)[0] ?? ''
    const dir = path.join(root, folder)
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .sort()
    return { folder, files, read: (file: string) => readFileSync(path.join(dir, file), 'utf8') }
  }

  it('the same dataset is the same folder with the same files, another dataset another folder', () => {
    const shipped = indexOf('shipped')
    const again = indexOf('paddock')
    expect(again.folder).toBe(shipped.folder)
    expect(again.files).toEqual(shipped.files)
    expect(shipped.files.length).toBeGreaterThan(10)
    for (const file of shipped.files) expect(again.read(file), file).toBe(shipped.read(file))
    expect(indexOf('hostile').folder).not.toBe(shipped.folder)
    // The pages that read it name it.
    const startPage = readFileSync(path.join(tempDir, 'shipped', 'data/pages/index.json'), 'utf8')
    expect(JSON.parse(startPage)).toMatchObject({ explorerIndex: shipped.folder })
  })
})

describe('npm run build with a broken dataset', { timeout: TIMEOUT }, () => {
  it('stops before building and prints every problem by path', () => {
    const broken = changedCopy((d) => {
      at(d.quotes, 0).speakerId = 'ghost'
      at(d.quotes, 1).sourceId = 'nowhere'
    })
    const file = path.join(tempDir, 'broken.json')
    writeFileSync(file, JSON.stringify(broken))
    const outDir = path.join(tempDir, 'broken-out')
    const { status, stderr } = spawnSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
      ['scripts/build.ts', '--data', file, '--out', outDir],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: TIMEOUT },
    )
    expect(status).toBe(1)
    expect(stderr).toContain('quotes[0].speakerId: no driver "ghost"')
    expect(stderr).toContain('quotes[1].sourceId: no source "nowhere"')
    expect(stderr).toContain('not a valid dataset (2 problems)')
    expect(existsSync(outDir)).toBe(false)
  })
})

/** Whether deploy/security-headers.conf's policy allows an inline element by its hash. */
async function allowedByPolicy(element: Element | null, directive: string): Promise<boolean> {
  const policy = await deployedPolicy()
  return sourcesOf(policy, directive).includes(hashSource(element?.textContent ?? ''))
}

/** A page's inline boot script (src/app/view-boot.js), the one classic script in its head. */
function bootScriptOf(document: Document): Element | null {
  return document.querySelector('head script:not([src]):not([type])')
}

/** The params the boot script is told ask for another view, if the page has any. */
function viewParamsOf(document: Document): string | undefined {
  return bootScriptOf(document)?.getAttribute('data-view-params') ?? undefined
}
