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
import { expect, test, type APIResponse, type Page } from '@playwright/test'
import { freePort } from '../../scripts/lib/preview-server'
import { openPage, pageHeading } from './open-page'
import { REPO_ROOT } from '../../scripts/lib/repo'

/**
 * The production build served by a real nginx with deploy/nginx.conf (and its security-headers
 * snippet), as a deployment would: route fallback, real 404s for missing files, caching, gzip,
 * security headers, and a Content-Security-Policy the app runs under without a single violation.
 * Independent of the `vite preview` servers: it builds its own copy and runs its own nginx.
 */

const MIME_TYPES = '/etc/nginx/mime.types'

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
} as const

const IMMUTABLE = 'public, max-age=31536000, immutable'

/** Deep links and the h1 each must show after a fresh load. */
const DEEP_LINKS = [
  ['/drivers/pierre-gasly', 'Pierre Gasly'],
  ['/races/le-mans', '24 Hours of Le Mans'],
  ['/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne'],
  ['/teams/ferrari', 'Ferrari'],
  ['/?driver=pierre-gasly', 'Quotes'],
] as const

const MISSING_FILES = ['/assets/nope-123.js', '/favicon-missing.svg', '/data/nope.json', '/foo.js']

type CspViolation = { directive: string; blocked: string; source: string; sample: string }

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
  }
}

type Nginx = { origin: string; dir: string; stop: () => Promise<void> }

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

async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)
}

/** deploy/nginx.conf with only `listen` and `root` changed, plus its snippet where it expects it. */
function writeSiteConfig(dir: string, port: number, root: string): void {
  const site = readFileSync(join(REPO_ROOT, 'deploy/nginx.conf'), 'utf8')
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^(\s*)root \/var\/www\/paddock-quotes;$/m, `$1root ${root};`],
  ]
  const config = replacements.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer matches ${pattern}`)
    return text.replace(pattern, replacement)
  }, site)
  writeFileSync(join(dir, 'paddock-quotes.conf'), config)
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
      `  include ${join(dir, 'paddock-quotes.conf')};`,
      '}',
      '',
    ].join('\n'),
  )
}

async function waitUntilServing(origin: string, child: ChildProcess, stderr: () => string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr()}`)
    try {
      await fetch(`${origin}/index.html`, { method: 'HEAD' })
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
  const root = join(dir, 'dist')
  await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', root, '--emptyOutDir'])
  mkdirSync(join(dir, 'temp'))

  // A free port can be taken between freePort() and nginx's bind(): try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    writeSiteConfig(dir, port, root)
    const child = spawn(
      nginx,
      ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const origin = `http://127.0.0.1:${port}`
    try {
      await waitUntilServing(origin, child, () => stderr.trim())
    } catch (error) {
      await terminate(child)
      if (attempt < 3 && stderr.includes('Address already in use')) continue
      rmSync(dir, { recursive: true, force: true })
      throw error
    }
    return {
      origin,
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

/** The built entry script, a lazy chunk and the stylesheet, as served under /assets/. */
function builtAssets() {
  const html = readFileSync(join(started().dir, 'dist/index.html'), 'utf8')
  const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  const css = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1]
  const chunk = readdirSync(join(started().dir, 'dist/assets')).find((name) =>
    name.startsWith('driver-page-'),
  )
  if (!entry || !css || !chunk) throw new Error('unexpected build output in index.html/assets')
  return { entry, css, chunk: `/assets/${chunk}` }
}

test.describe('the build behind nginx with deploy/nginx.conf', () => {
  // One nginx for the file: its tests run in order in one worker.
  test.describe.configure({ mode: 'default' })

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    server = await startNginx()
  })

  test.afterAll(async () => {
    await server?.stop()
    server = undefined
  })

  test('routes and filtered addresses answer 200 with the app shell', async ({ request }) => {
    for (const path of ['/', ...DEEP_LINKS.map(([path]) => path), '/no/such/page']) {
      const response = await request.get(url(path))
      expect(response.status(), path).toBe(200)
      expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8')
      expect(await response.text(), path).toContain('<div id="root">')
    }
  })

  test('deep links load and reload into the right page', async ({ page }) => {
    for (const [path, title] of DEEP_LINKS) {
      const response = await openPage(page, url(path), title)
      expect(response?.status(), path).toBe(200)
      await page.reload()
      await expect(pageHeading(page, title)).toBeVisible()
    }
    await expect(page.getByLabel('Driver', { exact: true })).toHaveValue('pierre-gasly')
    await expect(page.getByRole('figure')).toHaveCount(2)
  })

  test('files that exist are served with their types', async ({ request }) => {
    const { entry, css, chunk } = builtAssets()
    for (const [path, type] of [
      [entry, 'application/javascript; charset=utf-8'],
      [chunk, 'application/javascript; charset=utf-8'],
      [css, 'text/css; charset=utf-8'],
      ['/data/quotes.json', 'application/json; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
    ] as const) {
      const response = await request.get(url(path))
      expect(response.status(), path).toBe(200)
      expect(header(response, 'content-type'), path).toBe(type)
    }
  })

  test('a missing file is a real 404, never the app’s HTML', async ({ request }) => {
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
    for (const path of [
      '/',
      '/drivers/pierre-gasly',
      '/?driver=pierre-gasly',
      '/no/such/page',
      '/index.html',
      entry,
      '/data/quotes.json',
      '/favicon.svg',
      ...MISSING_FILES,
    ]) {
      const response = await request.get(url(path))
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(header(response, name), `${name} on ${path}`).toBe(value)
      }
    }
  })

  test('hashed assets are immutable; the shell and the data revalidate', async ({ request }) => {
    const { entry, css, chunk } = builtAssets()
    for (const path of [entry, css, chunk]) {
      expect(header(await request.get(url(path)), 'cache-control'), path).toBe(IMMUTABLE)
    }
    for (const path of ['/', '/index.html', '/drivers/pierre-gasly', '/data/quotes.json']) {
      const response = await request.get(url(path))
      expect(header(response, 'cache-control'), path).toBe('no-cache')
      // Revalidation is cheap: the validator comes back and a match is a 304.
      const etag = header(response, 'etag')
      expect(etag, path).toBeTruthy()
      const again = await request.get(url(path), { headers: { 'If-None-Match': etag ?? '' } })
      expect(again.status(), path).toBe(304)
    }
  })

  test('text is gzipped when the client accepts it', async ({ request }) => {
    const { entry, css } = builtAssets()
    for (const path of [entry, css, '/data/quotes.json', '/drivers/pierre-gasly']) {
      const gzipped = await request.get(url(path), { headers: { 'Accept-Encoding': 'gzip' } })
      expect(header(gzipped, 'content-encoding'), path).toBe('gzip')
      expect(header(gzipped, 'vary'), path).toBe('Accept-Encoding')
      const plain = await request.get(url(path), { headers: { 'Accept-Encoding': 'identity' } })
      expect(header(plain, 'content-encoding'), path).toBeUndefined()
      expect(await gzipped.body(), path).toEqual(await plain.body())
    }
  })

  test.describe('under the Content-Security-Policy', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

    /** Records CSP violations (events and console reports) and page errors from now on. */
    async function watchCsp(page: Page) {
      const problems: string[] = []
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
          problems.push(`console: ${message.text()}`)
        }
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
        /** Everything reported so far, violations in the current document included. */
        all: async () => {
          const events = await page.evaluate(() => window.__cspViolations ?? [])
          return [...problems, ...events.map((v) => `violation: ${JSON.stringify(v)}`)]
        },
      }
    }

    test('every page type runs with zero violations', async ({ page }) => {
      const csp = await watchCsp(page)
      const visit = async (path: string, title: string) => {
        const response = await openPage(page, url(path), title)
        expect(response?.status(), path).toBe(200)
        expect(await csp.all(), path).toEqual([])
      }

      // The explorer: copy a citation, switch a filter, search.
      await visit('/', 'Quotes')
      await expect(page.getByRole('figure')).toHaveCount(5)
      await page.getByRole('button', { name: 'Copy citation' }).first().click()
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
      await page.getByLabel('Driver', { exact: true }).selectOption('charles-leclerc')
      await expect(page).toHaveURL(url('/?driver=charles-leclerc'))
      await expect(page.getByRole('figure')).toHaveCount(2)
      await page.getByRole('searchbox', { name: 'Search quotes' }).fill('mythical')
      await expect(page.getByRole('figure')).toHaveCount(1)
      expect(await csp.all(), 'explorer interactions').toEqual([])

      for (const [path, title] of [
        ['/?driver=pierre-gasly&ambition=le-mans', 'Quotes'],
        ['/drivers', 'Drivers'],
        ['/drivers/pierre-gasly', 'Pierre Gasly'],
        ['/races', 'Races'],
        ['/races/le-mans', '24 Hours of Le Mans'],
        ['/teams', 'Teams'],
        ['/teams/ferrari', 'Ferrari'],
        ['/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne'],
        ['/drivers/ghost', 'Not found'],
        ['/no/such/page', 'Not found'],
      ] as const) {
        await visit(path, title)
      }

      // The quote page's own copy button, and client-side navigation through the main nav.
      await visit('/quotes/vergne-wants-the-indy-500', 'Quote by Jean-Eric Vergne')
      await page.getByRole('button', { name: 'Copy citation' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
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
