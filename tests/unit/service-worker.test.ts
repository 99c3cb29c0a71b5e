import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appManifest } from '../../scripts/lib/app-manifest'
import { REPO_ROOT } from '../../scripts/lib/repo'
import {
  WHOLE_SITE_MAX_QUOTES,
  addressOf,
  offlineDocument,
  writeOfflineFiles,
} from '../../scripts/lib/service-worker'

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

const write = (outDir: string, options: { quotes?: number; budget?: number } = {}) =>
  writeOfflineFiles({ outDir, base: '/', quotes: 5, explorerFolder: 'abc', ...options })

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
      ['index.html', 'drivers.html', 'quotes/q-1.html', 'data/pages/index.json'].map(addressOf),
    ).toEqual(['', 'drivers', 'quotes/q-1', 'data/pages/index.json'])
  })

  it('is the site’s frame with an alert that says what happened and links home, and no script', () => {
    const page = offlineDocument(NOT_FOUND, '/paddock/')
    expect(page).not.toMatch(/<script|modulepreload/)
    // The page's own stylesheet, inline as in every page: the policy allows it by its hash.
    expect(page).toContain('<style>.site-main{margin:0}</style>')
    expect(page).toContain('<title>Offline · Paddock Quotes</title>')
    expect(page).toMatch(/role="alert"><h1>You are offline<\/h1><p>This page is not saved/)
    expect(page).toContain('<a href="/paddock/">Go to the home page</a>')
    expect(page).toContain('<a href="/paddock/saved">your saved quotes</a>')
    expect(page).not.toContain('Not found')
  })
})

describe('the web app manifest', () => {
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
