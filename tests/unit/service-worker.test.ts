import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createContext, runInContext } from 'node:vm'
import { JSDOM } from 'jsdom'
import { afterAll, describe, expect, it } from 'vitest'
import { appManifest } from '../../scripts/lib/app-manifest'
import { REPO_ROOT } from '../../scripts/lib/repo'
import {
  WHOLE_SITE_MAX_QUOTES,
  addressOf,
  writeOfflineFiles,
} from '../../scripts/lib/service-worker'
import { offlineDocument } from '../../scripts/lib/offline-page'
import { offline as dutch } from '../../src/i18n/nl/offline'

const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-sw-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

const NOT_FOUND = `<!doctype html><html><head><title>Not found · Paddock Quotes</title>
<script type="module" crossorigin src="/assets/index-1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/shared-1.js">
<style>.site-main{margin:0}</style></head>
<body><div id="root"><header><a href="/">Paddock Quotes</a></header><main id="main" class="site-main"><h1>Not found</h1></main></div>
<script type="application/json" id="page-data">{"notFound":true}</script></body></html>`

let builds = 0
/** A build's folder as Vite and the prerenderer leave it, before the worker is written. */
function fakeBuild(): string {
  const dir = path.join(tempDir, `build-${++builds}`)
  const files: Record<string, string> = {
    'assets/index-1.js': 'app',
    'assets/shared-1.js': 'shared',
    'index.html': '<html>start</html>',
    '404.html': NOT_FOUND,
    'drivers.html': '<html>drivers</html>',
    'drivers/ada.html': '<html>ada</html>',
    'data/pages/index.json': '{}',
    'data/pages/drivers/ada.json': '{}',
    'saved.html': '<html>saved</html>',
    'data/pages/saved.json': '{}',
    'data/explorer/abc/start.json': '{}',
    'data/quotes.json': '{"quotes":[]}',
    'og-image.png': 'png',
    'robots.txt': 'robots',
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  for (const file of ['sw.js', 'register-sw.js', 'update-prompt.js', 'favicon.svg']) {
    cpSync(path.join(REPO_ROOT, 'public', file), path.join(dir, file))
  }
  return dir
}

const write = (
  outDir: string,
  options: { quotes?: number; budget?: number; languages?: string[] } = {},
) =>
  writeOfflineFiles({
    outDir,
    base: '/',
    quotes: 5,
    explorerFolder: 'abc',
    languages: ['en'],
    ...options,
  })

describe('the service worker’s precache list', () => {
  it('holds a small site whole: every page by its address, its data and the index', async () => {
    const summary = await write(fakeBuild())
    expect(summary.whole).toBe(true)
    expect(summary.precache).toEqual(
      expect.arrayContaining(['', 'drivers', 'drivers/ada', 'data/pages/drivers/ada.json']),
    )
    expect(summary.precache).toEqual(
      expect.arrayContaining(['data/explorer/abc/start.json', 'data/quotes.json']),
    )
    expect(summary.precache).toEqual(
      expect.arrayContaining(['manifest.json', 'icons/icon-192.png']),
    )
    for (const never of ['404', '404.html', 'sw.js', 'og-image.png', 'robots.txt']) {
      expect(summary.precache).not.toContain(never)
    }
  })

  it('holds the app shell only when the site weighs more than the budget', async () => {
    const summary = await write(fakeBuild(), { budget: 100 })
    expect(summary.whole).toBe(false)
    expect(summary.precache).toEqual([
      '',
      'assets/index-1.js',
      'assets/shared-1.js',
      'data/explorer/abc/start.json',
      'data/pages/index.json',
      'data/pages/saved.json',
      'favicon.svg',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/maskable-512.png',
      'manifest.json',
      'register-sw.js',
      'saved',
      'update-prompt.js',
    ])
  })

  it(`never holds the pages of a site of ${WHOLE_SITE_MAX_QUOTES.toLocaleString('en-GB')} quotes, whatever the budget`, async () => {
    const below = await write(fakeBuild(), { quotes: WHOLE_SITE_MAX_QUOTES - 1, budget: 1e12 })
    expect(below.whole).toBe(true)
    const at = await write(fakeBuild(), { quotes: WHOLE_SITE_MAX_QUOTES, budget: 1e12 })
    expect(at.whole).toBe(false)
    expect(at.precache).not.toContain('drivers/ada')
  })

  it('is a new version, in a new worker, when the dataset changes and nothing else', async () => {
    const first = fakeBuild()
    const second = fakeBuild()
    writeFileSync(path.join(second, 'data/quotes.json'), '{"quotes":[1]}')
    const [a, b] = [await write(first, { budget: 0 }), await write(second, { budget: 0 })]
    expect(a.version).not.toBe(b.version)
    expect(readFileSync(path.join(second, 'sw.js'), 'utf8')).toContain(b.version)
    expect(readFileSync(path.join(first, 'sw.js'), 'utf8')).not.toContain(b.version)
    expect((await write(fakeBuild(), { budget: 0 })).version).toBe(a.version)
  })
})

describe('addresses and the offline page', () => {
  it('names a page by its address, a file by its path', () => {
    expect(
      [
        'index.html',
        'nl/index.html',
        'drivers.html',
        'quotes/q-1.html',
        'data/pages/index.json',
      ].map(addressOf),
    ).toEqual(['', 'nl/', 'drivers', 'quotes/q-1', 'data/pages/index.json'])
  })

  it('is the site’s frame with an alert that says what happened and links home, and no script', () => {
    const page = offlineDocument(NOT_FOUND, { base: '/paddock/', prefix: '' })
    expect(page).not.toMatch(/<script|modulepreload/)
    // The page's own stylesheet, inline as in every page: the policy allows it by its hash.
    expect(page).toContain('<style>.site-main{margin:0}</style>')
    expect(page).toContain('<title>Offline · Paddock Quotes</title>')
    expect(page).toMatch(/role="alert"><h1>You are offline<\/h1><p>This page is not saved/)
    expect(page).toContain('<a href="/paddock/">Go to the home page</a>')
    expect(page).toContain('<a href="/paddock/saved">your saved quotes</a>')
    expect(page).not.toContain('Not found')
  })

  it('is in Dutch on the Dutch frame, linking the Dutch pages, its switch the English home', () => {
    const frame = NOT_FOUND.replace('<html>', '<html lang="nl">')
      .replace('Not found · ', 'Niet gevonden · ')
      .replace(
        '</header>',
        '<a class="language-switch" href="/paddock/404" hrefLang="en" lang="en">English</a></header>',
      )
    const page = offlineDocument(
      frame,
      { base: '/paddock/', prefix: 'nl/', otherHome: '/paddock/' },
      dutch,
    )
    expect(page).toContain('<html lang="nl">')
    expect(page).toContain('<title>Geen verbinding · Paddock Quotes</title>')
    expect(page).toMatch(/role="alert"><h1>Je bent offline<\/h1><p>Deze pagina is niet/)
    expect(page).toContain(
      '<a href="/paddock/nl/">Ga naar de startpagina</a> of naar <a href="/paddock/nl/saved">je bewaarde citaten</a>',
    )
    expect(page).toContain('<a class="language-switch" href="/paddock/" hrefLang="en"')
    expect(page).not.toMatch(/offline page|You are|saved quotes|Go to/)
  })

  it('has each language’s start page and saved quotes, which its offline page links, in the shell', async () => {
    const dir = fakeBuild()
    mkdirSync(path.join(dir, 'nl'))
    for (const file of ['404.html', 'index.html', 'saved.html']) {
      writeFileSync(path.join(dir, 'nl', file), NOT_FOUND.replace('<html>', '<html lang="nl">'))
    }
    const shell = await write(dir, { languages: ['en', 'nl'], budget: 0 })
    expect(shell.whole).toBe(false)
    expect(shell.precache).toEqual(expect.arrayContaining(['', 'saved', 'nl/', 'nl/saved']))
    cpSync(path.join(REPO_ROOT, 'public/sw.js'), path.join(dir, 'sw.js'))
    const whole = await write(dir, { languages: ['en', 'nl'] })
    expect(whole.precache).toEqual(expect.arrayContaining(['', 'saved', 'nl/', 'nl/saved']))
    expect(whole.precache).not.toContain('nl/index')
  })

  it('is the page of the language the address is under, when a page is out of reach', async () => {
    const dir = fakeBuild()
    mkdirSync(path.join(dir, 'nl'))
    writeFileSync(path.join(dir, 'nl/404.html'), NOT_FOUND.replace('<html>', '<html lang="nl">'))
    await write(dir, { languages: ['en', 'nl'] })
    const answer = offlineAnswer(readFileSync(path.join(dir, 'sw.js'), 'utf8'))
    for (const [address, lang, heading] of [
      ['/nl/', 'nl', 'Je bent offline'],
      ['/nl/drivers/ghost', 'nl', 'Je bent offline'],
      ['/nl', 'nl', 'Je bent offline'],
      ['/', undefined, 'You are offline'],
      ['/drivers/ghost', undefined, 'You are offline'],
      ['/nlx/page', undefined, 'You are offline'],
    ] as const) {
      const page = await answer(address)
      expect(page.status, address).toBe(503)
      const text = await page.text()
      expect(text, address).toContain(`<h1>${heading}</h1>`)
      expect(/<html lang="(\w+)">/.exec(text)?.[1], address).toBe(lang)
      expect(text, address).toContain('<style>.site-main{margin:0}</style>')
    }
    // The pages' one stylesheet is in sw.js once, whatever the number of languages.
    expect(
      readFileSync(path.join(dir, 'sw.js'), 'utf8').split('.site-main{margin:0}'),
    ).toHaveLength(2)
  })
})

describe('the update prompt', () => {
  it('speaks the page’s language, and the first language’s on a page in none built', async () => {
    const dir = fakeBuild()
    mkdirSync(path.join(dir, 'nl'))
    writeFileSync(path.join(dir, 'nl/404.html'), NOT_FOUND.replace('<html>', '<html lang="nl">'))
    await write(dir, { languages: ['en', 'nl'] })
    const prompt = readFileSync(path.join(dir, 'update-prompt.js'), 'utf8')
    for (const [lang, words] of [
      ['nl', ['Er zijn nieuwe citaten · ', 'Opnieuw laden']],
      ['en', ['New quotes are available · ', 'Reload']],
      ['fr', ['New quotes are available · ', 'Reload']],
    ] as const) {
      const { window } = new JSDOM(`<html lang="${lang}"><body></body></html>`, {
        runScripts: 'outside-only',
      })
      Object.defineProperty(window.navigator, 'serviceWorker', {
        value: { addEventListener: () => {} },
      })
      Object.assign(window, { __paddockUpdate: { postMessage: () => {}, state: 'installed' } })
      window.eval(prompt)
      const bar = window.document.querySelector('.update-prompt[role="status"]')
      expect(bar?.firstChild?.textContent, lang).toBe(words[0])
      expect(bar?.querySelector('button')?.textContent, lang).toBe(words[1])
    }
  })
})

/**
 * sw.js as written, run with no network and nothing saved: what it answers a navigation to an
 * address with.
 */
function offlineAnswer(worker: string) {
  const listeners: Record<string, (event: unknown) => void> = {}
  const emptyCache = { match: async () => undefined, put: async () => {}, keys: async () => [] }
  const context = createContext({
    self: {
      registration: { scope: 'https://paddock.example/' },
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        (listeners[type] = listener),
    },
    caches: { open: async () => emptyCache, keys: async () => [] },
    fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    URL,
    Headers,
    Response,
  })
  runInContext(worker, context)
  return async (address: string): Promise<Response> => {
    let answered: Promise<Response> | undefined
    listeners.fetch?.({
      request: { method: 'GET', mode: 'navigate', url: `https://paddock.example${address}` },
      respondWith: (response: Promise<Response>) => (answered = response),
    })
    if (!answered) throw new Error(`sw.js did not answer ${address}`)
    return answered
  }
}

describe('the web app manifest', () => {
  it('is one app in each language: its words, starting at its home page', () => {
    const english = appManifest('/paddock/')
    const dutchManifest = appManifest('/paddock/', 'nl', 'nl/')
    expect(dutchManifest).toMatchObject({
      lang: 'nl',
      start_url: '/paddock/nl/',
      scope: '/paddock/',
    })
    expect(dutchManifest.id).toBe(english.id)
    expect(dutchManifest.description).toBe(dutch.appDescription)
    expect(english).toMatchObject({ lang: 'en', start_url: '/paddock/' })
    expect(english.description).toMatch(/races they dream of/)
  })

  it('starts and stays under the base of a sub-path build', () => {
    const manifest = appManifest('/paddock/')
    expect(manifest).toMatchObject({ start_url: '/paddock/', scope: '/paddock/', id: '/paddock/' })
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/paddock/icons/icon-192.png',
      '/paddock/icons/icon-512.png',
      '/paddock/icons/maskable-512.png',
    ])
  })
})
