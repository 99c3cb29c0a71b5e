import { JSDOM } from 'jsdom'
import { hashSource } from '../../scripts/lib/page-head'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { watchConsole } from './watch-console'
import { expect, test, type APIResponse, type ConsoleMessage, type Page } from '@playwright/test'
import { freePort } from '../../scripts/lib/preview-server'
import { openPage, pageHeading } from './open-page'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { PAGE_TYPE_NAMES, pageAt } from '../../src/urls/url-table'
import { expectTableAnswers } from './table-addresses'

/**
 * The prerendered build served by a real nginx with deploy/nginx.conf (and its security-headers
 * snippet), as a deployment would: each address its own page, the 404 page with status 404 for an
 * unknown one, plain-text 404s for missing files, caching, gzip, security headers, and a
 * Content-Security-Policy the app (its explorer's worker included) runs under without a single
 * violation; and a build for /paddock/ behind deploy/nginx-subpath.conf. Independent of the
 * `vite preview` servers: it builds its own copies and runs its own nginx.
 */

const MIME_TYPES = '/etc/nginx/mime.types'

/**
 * The policy: nothing from elsewhere, nothing inline but each page's stylesheet and boot script,
 * allowed by their hashes (scripts/lib/page-head.ts): those of the two builds served here.
 */
const csp = () => {
  const inline = (selector: string) =>
    ['root', 'paddock'].map((site) => {
      const html = readFileSync(join(started().dir, site, 'index.html'), 'utf8')
      const document = new JSDOM(html).window.document
      return hashSource(document.head.querySelector(selector)?.textContent ?? '')
    })
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(inline('script:not([src]):not([type])'))].join(' ')}`,
    `style-src 'self' ${[...new Set(inline('style'))].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

const securityHeaders = () => ({
  'content-security-policy': csp(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
})

const IMMUTABLE = 'public, max-age=31536000, immutable'

const MISSING_FILES = [
  '/assets/nope-123.js',
  '/favicon-missing.svg',
  '/data/nope.json',
  '/data/pages/drivers/ghost.json',
  '/foo.js',
]

type CspViolation = { directive: string; blocked: string; source: string; sample: string }

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
  }
}

/** The two sites: the root build behind nginx.conf, the /paddock/ build behind nginx-subpath.conf. */
type Nginx = { origin: string; subOrigin: string; dir: string; stop: () => Promise<void> }

const SUB_PATH = '/paddock/'
const SITES = [
  {
    name: 'root',
    config: 'deploy/nginx.conf',
    base: '/',
    docRoot: /^(\s*)root \/var\/www\/paddock-quotes;$/m,
  },
  {
    name: 'paddock',
    config: 'deploy/nginx-subpath.conf',
    base: SUB_PATH,
    docRoot: /^(\s*)alias \/var\/www\/paddock-quotes\/;$/m,
  },
] as const

/** $NGINX_PATH if set, else nginx on $PATH or Debian's /usr/sbin/nginx (not on a user's PATH). */
function findNginx(): string | undefined {
  const fromPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'))
  const explicit = process.env.NGINX_PATH
  const candidates = explicit ? [explicit] : [...fromPath, '/usr/sbin/nginx']
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

async function run(command: string, args: string[], env = process.env): Promise<void> {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)
}

/**
 * Each site's config with only `listen` and its `root` (or `alias`) changed, plus the snippet
 * where they expect it, in one nginx.
 */
function writeConfig(dir: string, ports: readonly number[]): void {
  const sites = SITES.map((site, i) => {
    const text = readFileSync(join(REPO_ROOT, site.config), 'utf8')
    const build = join(dir, site.name)
    const replacements: [RegExp, string][] = [
      [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${ports[i]};`],
      [/^\s*listen \[::\]:80;\n/m, ''],
      [site.docRoot, site.base === '/' ? `$1root ${build};` : `$1alias ${build}/;`],
    ]
    const config = replacements.reduce((config, [pattern, replacement]) => {
      if (!pattern.test(config)) throw new Error(`${site.config} no longer matches ${pattern}`)
      return config.replace(pattern, replacement)
    }, text)
    writeFileSync(join(dir, `${site.name}.conf`), config)
    return join(dir, `${site.name}.conf`)
  })
  // Relative includes resolve against the main config's directory, as /etc/nginx/ in production.
  mkdirSync(join(dir, 'snippets'), { recursive: true })
  copyFileSync(
    join(REPO_ROOT, 'deploy/security-headers.conf'),
    join(dir, 'snippets/paddock-security-headers.conf'),
  )
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events {}',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      ...sites.map((site) => `  include ${site};`),
      '}',
      '',
    ].join('\n'),
  )
}

async function waitUntilServing(origin: string, child: ChildProcess, stderr: () => string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr()}`)
    try {
      await fetch(`${origin}/`, { method: 'HEAD' })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error(`nginx did not answer at ${origin} within 10 s: ${stderr()}`)
}

/** SIGTERM is nginx's fast shutdown: the master stops its workers, then exits. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  await exited
}

async function startNginx(): Promise<Nginx> {
  const nginx = findNginx()
  if (!nginx) {
    throw new Error(
      process.env.NGINX_PATH
        ? `NGINX_PATH=${process.env.NGINX_PATH} is not an executable file.`
        : 'nginx is not installed: run `bash scripts/ensure-nginx.sh` as root, or `sudo apt-get install -y nginx`, or set NGINX_PATH.',
    )
  }
  if (!existsSync(MIME_TYPES)) throw new Error(`${MIME_TYPES} is missing: reinstall nginx.`)
  const dir = mkdtempSync(join(tmpdir(), 'paddock-nginx-'))
  // nginx workers drop root privileges; they must be able to read the build.
  chmodSync(dir, 0o755)
  for (const site of SITES) {
    // With an origin, as in production: the Atom feeds are built only then.
    await run(
      'npx',
      ['tsx', 'scripts/build.ts', '--out', join(dir, site.name), '--base', site.base],
      { ...process.env, SITE_URL: 'https://paddock.example' },
    )
  }
  mkdirSync(join(dir, 'temp'))

  // A free port can be taken between freePort() and nginx's bind(): try a few.
  for (let attempt = 1; ; attempt++) {
    const first = await freePort()
    let second = await freePort()
    while (second === first) second = await freePort()
    const ports = [first, second]
    writeConfig(dir, ports)
    const child = spawn(
      nginx,
      ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [origin, subOrigin] = ports.map((port) => `http://127.0.0.1:${port}`)
    if (!origin || !subOrigin) throw new Error('two ports expected')
    try {
      await waitUntilServing(origin, child, () => stderr.trim())
      await waitUntilServing(subOrigin, child, () => stderr.trim())
    } catch (error) {
      await terminate(child)
      if (attempt < 3 && stderr.includes('Address already in use')) continue
      rmSync(dir, { recursive: true, force: true })
      throw error
    }
    return {
      origin,
      subOrigin,
      dir,
      stop: async () => {
        await terminate(child)
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
}

const header = (response: APIResponse, name: string) => response.headers()[name]

let server: Nginx | undefined
function started(): Nginx {
  if (!server) throw new Error('nginx is not running (see the beforeAll error)')
  return server
}
const url = (path: string) => `${started().origin}${path}`
/** An address of the /paddock/ site: `sub('drivers')` is /paddock/drivers. */
const sub = (path: string) => `${started().subOrigin}${SUB_PATH}${path}`

/** The built entry script, a lazy chunk and a preloaded font, as served under `base`assets/. */
function builtAssets(site: 'root' | 'paddock' = 'root') {
  const base = site === 'root' ? '/' : SUB_PATH
  const html = readFileSync(join(started().dir, site, 'index.html'), 'utf8')
  const at = (kind: string) => new RegExp(`${kind}="(${base}assets/[^"]+)"`)
  const entry = at('data-entry').exec(html)?.[1]
  const font = at('<link rel="preload" href').exec(html)?.[1]
  const chunk = readdirSync(join(started().dir, site, 'assets')).find((name) =>
    name.startsWith('driver-page-'),
  )
  const [index] = readdirSync(join(started().dir, site, 'data', 'explorer'))
  if (!entry || !font || !chunk || !index) throw new Error(`unexpected build output in ${site}/`)
  return {
    entry,
    font,
    chunk: `${base}assets/${chunk}`,
    /** The explorer index's start-up file, in its folder named by a digest. */
    indexStart: `${base}data/explorer/${index}/start.json`,
  }
}

/** Every page type, with the title its prerendered HTML carries. */
const PAGES = [
  ['/', 'Paddock Quotes'],
  ['/?driver=pierre-gasly', 'Paddock Quotes'],
  ['/drivers', 'Drivers · Paddock Quotes'],
  ['/drivers/pierre-gasly', 'Pierre Gasly · Paddock Quotes'],
  ['/races', 'Races · Paddock Quotes'],
  ['/races/le-mans', '24 Hours of Le Mans · Paddock Quotes'],
  ['/teams', 'Teams · Paddock Quotes'],
  ['/teams/ferrari', 'Ferrari · Paddock Quotes'],
  ['/quotes/vergne-wants-the-indy-500', 'Jean-Eric Vergne: “'],
  ['/saved', 'Saved quotes · Paddock Quotes'],
] as const

/** Addresses with no page: the ids the dataset lacks, paths the site has not, the 404's name. */
const UNKNOWN = [
  '/drivers/ghost',
  '/races/monaco',
  '/quotes/made-up',
  '/nope',
  '/no/such/page',
  '/404',
  '/404.html',
]

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
const notFoundData = (html: string) => /"notFound":true/.test(html)

/** Redirects: the file behind an address, or the address with a trailing slash, to the address. */
const REDIRECTS = [
  ['/index.html', '/'],
  ['/index.html?driver=pierre-gasly', '/?driver=pierre-gasly'],
  ['/drivers.html', '/drivers'],
  ['/drivers/', '/drivers'],
  ['/drivers/?from=bookmark', '/drivers?from=bookmark'],
  ['/drivers/pierre-gasly.html', '/drivers/pierre-gasly'],
  ['/teams/ferrari/', '/teams/ferrari'],
] as const

type CspWatch = { all: () => Promise<string[]>; workers: string[] }

/** Records CSP violations (events and console reports, the workers' too) and page errors. */
async function watchCsp(page: Page): Promise<CspWatch> {
  const problems: string[] = []
  const workers: string[] = []
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
      problems.push(`${where} console: ${message.text()}`)
    }
  }
  page.on('console', onConsole('page'))
  page.on('worker', (worker) => {
    workers.push(new URL(worker.url()).pathname)
    worker.on('console', onConsole('worker'))
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    const seen: CspViolation[] = []
    window.__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        sample: event.sample,
      })
    })
  })
  return {
    workers,
    /** Everything reported so far, violations in the current document included. */
    all: async () => {
      const events = await page.evaluate(() => window.__cspViolations ?? [])
      return [...problems, ...events.map((v) => `violation: ${JSON.stringify(v)}`)]
    },
  }
}

test.describe('the build behind nginx', () => {
  // One nginx for the file: its tests run in order in one worker.
  test.describe.configure({ mode: 'default' })

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    server = await startNginx()
  })

  test.afterAll(async () => {
    await server?.stop()
    server = undefined
  })

  test.describe('deploy/nginx.conf', () => {
    test('every page answers 200 with its own prerendered HTML', async ({ request }) => {
      for (const [path, title] of PAGES) {
        const response = await request.get(url(path))
        expect(response.status(), path).toBe(200)
        expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8')
        const html = await response.text()
        expect(titleOf(html), path).toContain(title)
        expect(notFoundData(html), path).toBe(false)
      }
    })

    test('an unknown address is the site’s 404 page, with status 404', async ({ request }) => {
      for (const path of UNKNOWN) {
        const response = await request.get(url(path))
        expect(response.status(), path).toBe(404)
        expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8')
        const html = await response.text()
        expect(titleOf(html), path).toBe('Not found · Paddock Quotes')
        expect(notFoundData(html), path).toBe(true)
      }
    })

    test('the 404 page asks search engines not to index it', async ({ request }) => {
      const html = await (await request.get(url('/drivers/ghost'))).text()
      expect(html).toMatch(/<meta name="robots" content="noindex"\s*\/?>/)
    })

    test('every page type of the address table is served, its unknown ids are not', async ({
      request,
    }) => {
      // The addresses, redirects and missing files of src/urls/url-table.ts, for every page type.
      await expectTableAnswers(request, started().origin, '/')
      // And the titles checked above are of every page type.
      const typed = PAGES.map(([path]) => pageAt(new URL(path, 'http://x.invalid').pathname)?.type)
      expect(new Set(typed)).toEqual(new Set(PAGE_TYPE_NAMES))
    })

    test('a file’s name, or a trailing slash, redirects to the address', async ({ request }) => {
      for (const [from, to] of REDIRECTS) {
        const response = await request.get(url(from), { maxRedirects: 0 })
        expect(response.status(), from).toBe(301)
        expect(header(response, 'location'), from).toBe(to)
      }
    })

    test('pages load, reload and 404 in the browser as they should', async ({ page }) => {
      for (const [path, h1, status] of [
        ['/drivers/pierre-gasly', 'Pierre Gasly', 200],
        ['/races/le-mans', '24 Hours of Le Mans', 200],
        ['/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne', 200],
        ['/teams/ferrari', 'Ferrari', 200],
        ['/?driver=pierre-gasly', 'Quotes', 200],
        ['/drivers/ghost', 'Not found', 404],
        ['/drivers.html', 'Drivers', 200],
      ] as const) {
        const response = await openPage(page, url(path), h1)
        expect(response?.status(), path).toBe(status)
        await page.reload()
        await expect(pageHeading(page, h1)).toBeVisible()
      }
      await expect(page).toHaveURL(url('/drivers'))
      await openPage(page, url('/?driver=pierre-gasly'), 'Quotes')
      await expect(page.getByRole('combobox', { name: 'Driver' })).toHaveAccessibleDescription(
        'Pierre Gasly',
      )
      await expect(page.getByRole('figure')).toHaveCount(2)
      await openPage(page, url('/drivers/ghost'), 'Not found')
      await expect(page.getByText('There is no driver “ghost” in these quotes.')).toBeVisible()
    })

    test('a driver page names its feed in its head and as a link, and a move changes it', async ({
      page,
    }) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) problems.push(message.text())
      })
      const feedLinks = () =>
        page
          .locator('head link[rel="alternate"][type="application/atom+xml"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      const feed = (path: string) => `https://paddock.example${path}`
      await openPage(page, url('/drivers/pierre-gasly'), 'Pierre Gasly')
      // Hydrated: the prerendered links taken over, none added beside them.
      expect(await feedLinks()).toEqual([
        feed('/feeds/drivers/pierre-gasly.atom'),
        feed('/feeds/all.atom'),
      ])
      const follow = page.getByRole('link', { name: 'Follow Pierre Gasly (Atom feed)' })
      await expect(follow).toHaveAttribute('href', feed('/feeds/drivers/pierre-gasly.atom'))
      // The feed it names is there, as Atom.
      const served = await page.request.get(url('/feeds/drivers/pierre-gasly.atom'))
      expect(served.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
      expect(await served.text()).toContain(
        '<title type="text">Pierre Gasly · Paddock Quotes</title>',
      )

      await page.getByRole('link', { name: 'AlphaTauri' }).first().click()
      await expect(pageHeading(page, 'AlphaTauri')).toBeVisible()
      // The team's feed in place of the driver's (React adds it at the head's end).
      await expect
        .poll(async () => (await feedLinks()).sort())
        .toEqual([feed('/feeds/all.atom'), feed('/feeds/teams/alphatauri.atom')])
      await expect(page.getByRole('link', { name: 'Follow AlphaTauri (Atom feed)' })).toBeVisible()
      expect(problems).toEqual([])
    })

    test('a Dutch page names itself in each language, and a move inside the app follows', async ({
      page,
    }) => {
      const problems = watchConsole(page)
      const site = (path: string) => `https://paddock.example${path}`
      const headLinks = () =>
        page
          .locator('head link[rel="canonical"], head link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            links.map((link) => [
              link.getAttribute('hreflang') ?? 'canonical',
              link.getAttribute('href'),
            ]),
          )
      const named = (path: string) => [
        ['canonical', site(`/nl${path}`)],
        ['en', site(path)],
        ['nl', site(`/nl${path}`)],
        ['x-default', site(path)],
      ]
      await openPage(page, url('/nl/drivers'), 'Coureurs')
      // Hydrated: the prerendered tags taken over, none added beside them.
      expect(await headLinks()).toEqual(named('/drivers'))
      // The whole site's feed, in the footer, in Dutch.
      await expect(
        page
          .getByRole('contentinfo')
          .getByRole('link', { name: 'Volg de nieuwste citaten (Atom-feed)' }),
      ).toHaveAttribute('href', site('/nl/feeds/all.atom'))

      await page.getByRole('main').getByRole('link', { name: 'Pierre Gasly' }).first().click()
      await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
      await expect.poll(headLinks).toEqual(named('/drivers/pierre-gasly'))
      expect(problems).toEqual([])
    })

    test('files that exist are served with their types', async ({ request }) => {
      const { entry, font, chunk } = builtAssets()
      for (const [path, type] of [
        [entry, 'application/javascript; charset=utf-8'],
        [chunk, 'application/javascript; charset=utf-8'],
        [font, 'font/woff2'],
        ['/data/quotes.json', 'application/json; charset=utf-8'],
        ['/data/pages/index.json', 'application/json; charset=utf-8'],
        ['/data/pages/drivers/pierre-gasly.json', 'application/json; charset=utf-8'],
        ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
        ['/robots.txt', 'text/plain; charset=utf-8'],
        ['/feeds/all.atom', 'application/atom+xml; charset=utf-8'],
        ['/feeds/drivers/pierre-gasly.atom', 'application/atom+xml; charset=utf-8'],
      ] as const) {
        const response = await request.get(url(path))
        expect(response.status(), path).toBe(200)
        expect(header(response, 'content-type'), path).toBe(type)
      }
    })

    test('a missing file is a plain-text 404, never HTML', async ({ request }) => {
      for (const path of MISSING_FILES) {
        const response = await request.get(url(path))
        expect(response.status(), path).toBe(404)
        expect(header(response, 'content-type'), path).toBe('text/plain; charset=utf-8')
        const body = await response.text()
        expect(body, path).not.toMatch(/<html|<!doctype|<div id="root">/i)
        // A 404 must never be cached as if it were a hashed asset.
        expect(header(response, 'cache-control') ?? '', path).not.toContain('immutable')
      }
    })

    test('security headers are on every kind of response', async ({ request }) => {
      const { entry } = builtAssets()
      const paths = [
        ...PAGES.map(([path]) => path),
        ...UNKNOWN,
        ...REDIRECTS.map(([path]) => path),
        entry,
        '/data/quotes.json',
        '/data/pages/index.json',
        '/favicon.svg',
        ...MISSING_FILES,
      ]
      // Asked at once: one after another, they outlast the test's time on a busy machine.
      const responses = await Promise.all(
        paths.map(async (path) => ({
          path,
          response: await request.get(url(path), { maxRedirects: 0 }),
        })),
      )
      const expected = Object.entries(securityHeaders())
      for (const { path, response } of responses) {
        for (const [name, value] of expected) {
          expect(header(response, name), `${name} on ${path}`).toBe(value)
        }
      }
    })

    test('hashed assets are immutable; pages, data and the rest revalidate', async ({
      request,
    }) => {
      const { entry, font, chunk, indexStart } = builtAssets()
      for (const path of [entry, font, chunk, indexStart]) {
        expect(header(await request.get(url(path)), 'cache-control'), path).toBe(IMMUTABLE)
      }
      for (const path of [
        ...PAGES.map(([path]) => path),
        '/data/pages/index.json',
        '/data/pages/drivers/pierre-gasly.json',
        '/data/quotes.json',
        '/favicon.svg',
        // The worker is checked on every page load: a new build's must be seen at once.
        '/sw.js',
        '/register-sw.js',
        '/update-prompt.js',
        '/manifest.json',
        '/nl/manifest.json',
      ]) {
        const response = await request.get(url(path))
        expect(header(response, 'cache-control'), path).toBe('no-cache')
        // Revalidation is cheap: the validator comes back and a match is a 304.
        const etag = header(response, 'etag')
        expect(etag, path).toBeTruthy()
        const again = await request.get(url(path), { headers: { 'If-None-Match': etag ?? '' } })
        expect(again.status(), path).toBe(304)
      }
      for (const path of ['/drivers/ghost', '/no/such/page']) {
        const response = await request.get(url(path))
        expect(header(response, 'cache-control'), path).toBe('no-cache')
      }
    })

    test('text is gzipped when the client accepts it', async ({ request }) => {
      const { entry } = builtAssets()
      for (const path of [entry, '/data/quotes.json', '/drivers/pierre-gasly', '/nope']) {
        const gzipped = await request.get(url(path), { headers: { 'Accept-Encoding': 'gzip' } })
        expect(header(gzipped, 'content-encoding'), path).toBe('gzip')
        expect(header(gzipped, 'vary'), path).toBe('Accept-Encoding')
        const plain = await request.get(url(path), { headers: { 'Accept-Encoding': 'identity' } })
        expect(header(plain, 'content-encoding'), path).toBeUndefined()
        expect(await gzipped.body(), path).toEqual(await plain.body())
      }
    })
  })

  test.describe('deploy/nginx-subpath.conf, the build for /paddock/', () => {
    test('pages answer 200, unknown addresses the 404 page with 404', async ({ request }) => {
      for (const [path, title] of PAGES) {
        const response = await request.get(sub(path.slice(1)))
        expect(response.status(), path).toBe(200)
        expect(titleOf(await response.text()), path).toContain(title)
      }
      for (const path of UNKNOWN) {
        const response = await request.get(sub(path.slice(1)))
        expect(response.status(), path).toBe(404)
        expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8')
        expect(notFoundData(await response.text()), path).toBe(true)
      }
    })

    test('every page type of the address table is served under the prefix', async ({ request }) => {
      await expectTableAnswers(request, started().subOrigin, SUB_PATH)
    })

    test('missing files are plain-text 404s; redirects keep the prefix', async ({ request }) => {
      for (const path of MISSING_FILES) {
        const response = await request.get(sub(path.slice(1)))
        expect(response.status(), path).toBe(404)
        expect(header(response, 'content-type'), path).toBe('text/plain; charset=utf-8')
      }
      for (const [from, to] of [
        ...REDIRECTS.map(([from, to]) => [
          `${SUB_PATH}${from.slice(1)}`,
          `${SUB_PATH}${to.slice(1)}`,
        ]),
        ['/paddock', SUB_PATH],
        ['/paddock?driver=pierre-gasly', `${SUB_PATH}?driver=pierre-gasly`],
      ]) {
        const response = await request.get(`${started().subOrigin}${from}`, { maxRedirects: 0 })
        expect(response.status(), from).toBe(301)
        expect(header(response, 'location'), from).toBe(to)
      }
    })

    test('headers: security on everything, immutable assets, the rest revalidated', async ({
      request,
    }) => {
      const { entry, font, indexStart } = builtAssets('paddock')
      for (const path of [entry, font, indexStart]) {
        const response = await request.get(`${started().subOrigin}${path}`)
        expect(response.status(), path).toBe(200)
        expect(header(response, 'cache-control'), path).toBe(IMMUTABLE)
      }
      for (const path of [
        '',
        'drivers/pierre-gasly',
        'data/pages/index.json',
        'data/quotes.json',
        'drivers/ghost',
        'assets/nope.js',
      ]) {
        const response = await request.get(sub(path))
        expect(header(response, 'cache-control'), path).toBe('no-cache')
        for (const [name, value] of Object.entries(securityHeaders())) {
          expect(header(response, name), `${name} on ${path}`).toBe(value)
        }
      }
    })

    test('the app under /paddock/: pages, links, data and the worker, no CSP violation', async ({
      page,
    }) => {
      const csp = await watchCsp(page)
      const data: string[] = []
      page.on('response', (response) => {
        const { pathname } = new URL(response.url())
        if (pathname.includes('/data/')) data.push(`${response.status()} ${pathname}`)
      })
      await openPage(page, sub('?driver=pierre-gasly'), 'Quotes')
      await expect(page.getByRole('figure')).toHaveCount(2)
      await page
        .getByRole('figure')
        .first()
        .getByRole('link', { name: 'Jean-Eric Vergne', exact: true })
        .click()
      await expect(pageHeading(page, 'Jean-Eric Vergne')).toBeVisible()
      await expect(page).toHaveURL(sub('drivers/jean-eric-vergne'))
      // The filtered view reads the explorer's index, never the whole dataset.
      const index = `${SUB_PATH}data/explorer/[0-9a-f]+/`
      expect(data).toEqual([
        expect.stringMatching(new RegExp(`^200 ${index}start\\.json$`)),
        expect.stringMatching(new RegExp(`^200 ${index}l/d\\d+\\.json$`)),
        expect.stringMatching(new RegExp(`^200 ${index}r/\\d+\\.json$`)),
        `200 ${SUB_PATH}data/pages/drivers/jean-eric-vergne.json`,
      ])
      expect(csp.workers).toEqual([
        expect.stringMatching(/^\/paddock\/assets\/explorer\.worker-.*\.js$/),
      ])

      const response = await openPage(page, sub('teams/ghost'), 'Not found')
      expect(response?.status()).toBe(404)
      await expect(page.getByText('There is no team “ghost” in these quotes.')).toBeVisible()
      await page.getByRole('main').getByRole('link', { name: 'Drivers', exact: true }).click()
      await expect(pageHeading(page, 'Drivers')).toBeVisible()
      await expect(page).toHaveURL(sub('drivers'))
      expect(await csp.all()).toEqual([])
    })
  })

  test.describe('under the Content-Security-Policy', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

    test('every page type runs with zero violations, the explorer’s worker too', async ({
      page,
    }) => {
      const csp = await watchCsp(page)
      const visit = async (path: string, title: string, status = 200) => {
        const response = await openPage(page, url(path), title)
        expect(response?.status(), path).toBe(status)
        expect(await csp.all(), path).toEqual([])
      }

      // The explorer: copy a citation, switch a filter (the worker starts), search.
      await visit('/', 'Quotes')
      await expect(page.getByRole('figure')).toHaveCount(5)
      await page.getByRole('button', { name: /^Cite/ }).first().click()
      await page.getByRole('button', { name: 'Copy the APA 7 citation' }).click()
      await expect(
        page.getByRole('status').filter({ hasText: 'Copied the APA 7 citation' }),
      ).toBeVisible()
      await page.getByRole('combobox', { name: 'Driver' }).fill('Charles Leclerc')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(url('/?driver=charles-leclerc'))
      await expect(page.getByRole('figure')).toHaveCount(2)
      await page.getByRole('searchbox', { name: 'Search quotes' }).fill('mythical')
      await expect(page.getByRole('figure')).toHaveCount(1)
      expect(await csp.all(), 'explorer interactions').toEqual([])

      // A filtered address from the start: its results come from the worker.
      await visit('/?driver=pierre-gasly&ambition=le-mans', 'Quotes')
      await expect(page.getByRole('figure')).toHaveCount(2)
      expect(csp.workers, 'a worker per filtered page load').toEqual([
        expect.stringMatching(/^\/assets\/explorer\.worker-.*\.js$/),
        expect.stringMatching(/^\/assets\/explorer\.worker-.*\.js$/),
      ])

      for (const [path, title] of [
        ['/drivers', 'Drivers'],
        ['/drivers/pierre-gasly', 'Pierre Gasly'],
        ['/races', 'Races'],
        ['/races/le-mans', '24 Hours of Le Mans'],
        ['/teams', 'Teams'],
        ['/teams/ferrari', 'Ferrari'],
        ['/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne'],
      ] as const) {
        await visit(path, title)
      }
      await visit('/drivers/ghost', 'Not found', 404)
      await visit('/no/such/page', 'Not found', 404)

      // The quote page's own copy button, and moves through the main nav (each page's data).
      await visit('/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
      await page
        .getByRole('region', { name: 'Cite this quote' })
        .getByRole('button', { name: 'Copy the MLA 9 citation' })
        .click()
      await expect(
        page.getByRole('status').filter({ hasText: 'Copied the MLA 9 citation' }),
      ).toBeVisible()
      const nav = page.getByRole('navigation', { name: 'Main' })
      for (const name of ['Drivers', 'Races', 'Teams', 'Quotes']) {
        await nav.getByRole('link', { name, exact: true }).click()
        await expect(pageHeading(page, name)).toBeVisible()
      }
      expect(await csp.all(), 'after copying and navigating').toEqual([])
    })

    test('the policy is enforced, and a violation would be caught', async ({ page }) => {
      const csp = await watchCsp(page)
      await openPage(page, url('/'), 'Quotes')
      const ran = await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'document.body.dataset.inlineRan = "yes"'
        document.body.append(script)
        return document.body.dataset.inlineRan ?? 'no'
      })
      expect(ran).toBe('no')
      await expect.poll(async () => (await csp.all()).join('\n')).toContain('script-src-elem')
    })
  })
})
