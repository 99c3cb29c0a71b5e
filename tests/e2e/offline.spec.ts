import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium'
import { REPO_ROOT, SHIPPED_DATASET } from '../../scripts/lib/repo'
import { startNginxSite, type NginxSite } from './nginx-site'
import { expectHydrated, openPage, pageHeading } from './open-page'

/**
 * Offline and installable (docs/offline.md), in Chromium against the production build behind
 * deploy/nginx.conf, with its strict Content-Security-Policy: the manifest and its icons, the
 * service worker in charge after the first load, the pages read (and the whole shipped site)
 * there with the server gone, the site's own offline page for an address not saved, and a new
 * deploy announced, then shown. "Offline" is the server stopped: the browser's requests are
 * refused, as with no network.
 *
 * Two builds: the e2e build of the shipped site (.e2e-dist, small: precached whole), and a newer
 * one with a quote more, built with a precache budget of 0 bytes, so it behaves as a large site
 * does (the app shell precached, pages kept as they are read).
 */

let shipped = ''
const NEW_QUOTE = 'A quote the newer build brings, for the reader who comes back.'

async function build(args: string[]): Promise<void> {
  const child = spawn('npx', ['tsx', 'scripts/build.ts', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`build ${args.join(' ')} failed (${code}): ${stderr}`)
}

declare global {
  interface Window {
    __offlineCsp?: string[]
  }
}

let site: NginxSite | undefined
let work = ''
let newer = ''
const served = () => {
  if (!site) throw new Error('nginx is not running (see the beforeAll error)')
  return site
}
const url = (path: string) => `${served().origin}${path}`

test.describe.configure({ mode: 'default' })

/** The large-site build served, the CSP watched, `path` opened and the worker in charge of it. */
async function landOnLargeSite(page: Page, path: string, heading: string) {
  served().serve(newer)
  const violations = await watchCsp(page)
  await openPage(page, url(path), heading)
  await controlled(page)
  return violations
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  work = mkdtempSync(join(tmpdir(), 'paddock-offline-builds-'))
  chmodSync(work, 0o755)
  const dataset = JSON.parse(readFileSync(SHIPPED_DATASET, 'utf8'))
  const [first] = dataset.quotes
  dataset.quotes.push({
    ...first,
    id: 'leclerc-comes-back',
    text: NEW_QUOTE,
    language: 'en',
    translations: undefined,
  })
  writeFileSync(join(work, 'newer.json'), JSON.stringify(dataset))
  // A copy nginx's workers (not root) can read, wherever the repository is.
  shipped = join(work, 'shipped')
  cpSync(join(REPO_ROOT, '.e2e-dist'), shipped, { recursive: true })
  newer = join(work, 'newer')
  await build(['--data', join(work, 'newer.json'), '--out', newer, '--precache-budget', '0'])
  site = await startNginxSite(shipped)
})

test.afterAll(async () => {
  await site?.stop()
  site = undefined
  if (work) rmSync(work, { recursive: true, force: true })
})

test.afterEach(async () => {
  // Each test starts on the shipped site, online.
  await site?.goOnline()
  if (shipped) site?.serve(shipped)
})

/** CSP violations (events, console reports, the workers' too) and page errors. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    const seen: string[] = []
    window.__offlineCsp = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}`)
    })
  })
  return async () => [...problems, ...(await page.evaluate(() => window.__offlineCsp ?? []))]
}

/** Waits until a service worker has installed (its precache done) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done))
  })
}

/** Waits until the service worker has kept the page at `path` (it fetches it after being told). */
async function kept(page: Page, path: string): Promise<void> {
  const address = url(path)
  await expect
    .poll(() => page.evaluate(async (key) => (await caches.match(key)) !== undefined, address), {
      message: `the worker keeps ${path}`,
      timeout: 10_000,
    })
    .toBe(true)
}

/** PNG width and height, from its header. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

test('installable: the manifest every page links, its icons at their sizes, Chromium’s criteria met', async ({
  request,
}) => {
  for (const path of ['/', '/drivers/charles-leclerc', '/quotes/vergne-wants-the-indy-500']) {
    const html = await (await request.get(url(path))).text()
    expect(html, path).toContain('<link rel="manifest" href="/manifest.json">')
  }
  const response = await request.get(url('/manifest.json'))
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8')
  expect(response.headers()['cache-control']).toBe('no-cache')
  const manifest = await response.json()
  expect(manifest).toMatchObject({
    name: 'Paddock Quotes',
    short_name: 'Paddock Quotes',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#ffffff',
    background_color: '#f7f6f2',
    user_preferences: { color_scheme_dark: { theme_color: '#1b1d21' } },
  })
  expect(manifest.description).toMatch(/races they dream of/)
  const purposes = []
  for (const icon of manifest.icons) {
    const file = await request.get(url(icon.src))
    expect(file.headers()['content-type'], icon.src).toBe('image/png')
    const [width, height] = pngSize(await file.body())
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes)
    purposes.push(`${icon.sizes} ${icon.purpose}`)
  }
  expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])

  // Chromium offers no install in an incognito context, which a test's own context is: a
  // profile of its own, as a reader's browser has.
  const profile = mkdtempSync(join(tmpdir(), 'paddock-profile-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  })
  try {
    const reader = browser.pages()[0] ?? (await browser.newPage())
    await openPage(reader, url('/'), 'Quotes')
    await controlled(reader)
    const cdp = await browser.newCDPSession(reader)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
  } finally {
    await browser.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test('the shipped site: controlled after the first load, then read whole offline, a search too', async ({
  page,
}) => {
  const violations = await watchCsp(page)
  await openPage(page, url('/'), 'Quotes')
  await controlled(page)
  await page.getByRole('link', { name: 'Drivers', exact: true }).first().click()
  await expect(pageHeading(page, 'Drivers')).toBeVisible()

  await served().goOffline()
  // A page read reloads with its content.
  await page.reload()
  await expectHydrated(page)
  await expect(pageHeading(page, 'Drivers')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Charles Leclerc' }).first()).toBeVisible()
  // In-app moves: to a page never opened (the small site is precached whole), and back.
  await page.getByRole('link', { name: 'Charles Leclerc' }).first().click()
  await expect(pageHeading(page, 'Charles Leclerc')).toBeVisible()
  await page.getByRole('link', { name: 'Quotes', exact: true }).first().click()
  await expect(pageHeading(page, 'Quotes')).toBeVisible()
  // A search: the explorer's worker reads the index offline.
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('mythical')
  await expect(page.getByRole('figure')).toHaveCount(1)
  await expect(page.getByRole('alert')).toHaveCount(0)
  // An address never opened, loaded as a document.
  await openPage(page, url('/teams/ferrari'), 'Ferrari')
  await openPage(page, url('/quotes/vergne-wants-the-indy-500'), 'Quote by Jean-Eric Vergne')
  await expect(page.getByRole('figure')).toContainText('Indy')
  expect(await violations()).toEqual([])
})

test('a large site: pages kept as read; an unvisited one offline is the site’s offline page', async ({
  page,
}) => {
  const violations = await landOnLargeSite(page, '/drivers/jean-eric-vergne', 'Jean-Eric Vergne')
  // Read after the worker took over: kept as it is read.
  await openPage(page, url('/quotes/vergne-wants-the-indy-500'), 'Quote by Jean-Eric Vergne')

  await served().goOffline()
  await page.reload()
  await expect(pageHeading(page, 'Quote by Jean-Eric Vergne')).toBeVisible()
  await expectHydrated(page)

  await page.goto(url('/drivers/charles-leclerc'))
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('You are offline')
  await expect(alert).toContainText('This page is not saved on this device')
  await expect(page).toHaveURL(url('/drivers/charles-leclerc'))
  // The way out: the home page, precached with the app.
  await alert.getByRole('link', { name: 'Go to the home page' }).click()
  await expectHydrated(page)
  await expect(pageHeading(page, 'Quotes')).toBeVisible()
  // A search whose index files were never read: said to be offline, with Retry.
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('brilliant')
  await expect(page.getByRole('alert')).toContainText(
    /You may be offline: this search needs quotes that are not saved on this device/,
  )
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible()
  // Online again, Retry answers it.
  await served().goOnline()
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('figure')).toHaveCount(1)
  expect(await violations()).toEqual([])
})

test('a large site, a first visit: the page the reader landed on reloads offline', async ({
  page,
}) => {
  // Loaded before any worker ran: the worker keeps it once it is active, told by the app.
  const violations = await landOnLargeSite(page, '/drivers/jean-eric-vergne', 'Jean-Eric Vergne')
  await kept(page, '/drivers/jean-eric-vergne')

  await served().goOffline()
  const response = await page.reload()
  expect(response?.status()).toBe(200)
  await expectHydrated(page)
  await expect(pageHeading(page, 'Jean-Eric Vergne')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Pierre Gasly' }).first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(await violations()).toEqual([])
})

test('a large site: a quote page landed on reloads offline with its record', async ({ page }) => {
  // Its record block (data/explorer/…/r/<n>.json) is preloaded by its head, before any worker.
  const violations = await landOnLargeSite(
    page,
    '/quotes/vergne-wants-the-indy-500',
    'Quote by Jean-Eric Vergne',
  )
  await kept(page, '/quotes/vergne-wants-the-indy-500')
  // The block is immutable for a year in the HTTP cache too, which a browser may evict: only
  // what the worker kept counts.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.clearBrowserCache')

  await served().goOffline()
  await page.reload()
  await expectHydrated(page)
  await expect(pageHeading(page, 'Quote by Jean-Eric Vergne')).toBeVisible()
  await expect(page.getByRole('figure')).toContainText('Indy')
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(await violations()).toEqual([])
})

test('a large site in Dutch: a page reached by an in-app link opens offline, reloaded or in a new tab', async ({
  page,
}) => {
  const violations = await landOnLargeSite(page, '/nl/drivers/jean-eric-vergne', 'Jean-Eric Vergne')
  // Only the page's data comes through the worker on an in-app move; the app tells its address.
  await page.getByRole('link', { name: 'Pierre Gasly' }).first().click()
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  await expect(page).toHaveURL(url('/nl/drivers/pierre-gasly'))
  await kept(page, '/nl/drivers/pierre-gasly')

  await served().goOffline()
  const response = await page.reload()
  expect(response?.status()).toBe(200)
  await expectHydrated(page)
  await expect(pageHeading(page, 'Pierre Gasly')).toBeVisible()
  expect(await page.locator('html').getAttribute('lang')).toBe('nl')
  await expect(page.getByRole('alert')).toHaveCount(0)
  const tab = await page.context().newPage()
  await openPage(tab, url('/nl/drivers/pierre-gasly'), 'Pierre Gasly')
  await expect(tab.getByRole('alert')).toHaveCount(0)
  await tab.close()
  expect(await violations()).toEqual([])
})

test('a large site read in Dutch: the offline page in Dutch, leading to the Dutch start page and saved quotes', async ({
  page,
}) => {
  const violations = await landOnLargeSite(page, '/nl/drivers/jean-eric-vergne', 'Jean-Eric Vergne')

  await served().goOffline()
  const response = await page.goto(url('/nl/drivers/charles-leclerc'))
  expect(response?.status()).toBe(503)
  expect(await page.locator('html').getAttribute('lang')).toBe('nl')
  await expect(page).toHaveTitle('Geen verbinding · Paddock Quotes')
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Je bent offline')
  await expect(alert).toContainText('Deze pagina is niet op dit apparaat bewaard')
  await expect(alert).not.toContainText('offline page')
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible()
  // The ways out, both precached with the app: the saved quotes, and the start page, in Dutch.
  await alert.getByRole('link', { name: 'je bewaarde citaten' }).click()
  await expect(page).toHaveURL(url('/nl/saved'))
  await expectHydrated(page)
  expect(await page.locator('html').getAttribute('lang')).toBe('nl')
  await page.goBack()
  await page.getByRole('alert').getByRole('link', { name: 'Ga naar de startpagina' }).click()
  await expect(page).toHaveURL(url('/nl/'))
  await expectHydrated(page)
  await expect(pageHeading(page, 'Citaten')).toBeVisible()
  // An English address not saved: the English offline page.
  await page.goto(url('/drivers/charles-leclerc'))
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  await expect(page.getByRole('alert')).toContainText('You are offline')
  expect(await violations()).toEqual([])
})

test('a new build: within one page load the reader is told, and Reload shows it', async ({
  page,
}) => {
  const violations = await watchCsp(page)
  await openPage(page, url('/'), 'Quotes')
  await controlled(page)
  await expect(page.getByRole('figure')).toHaveCount(5)

  served().serve(newer)
  await page.reload()
  await expectHydrated(page)
  const prompt = page.getByRole('status').filter({ hasText: 'New quotes are available' })
  await expect(prompt).toBeVisible({ timeout: 15_000 })
  // Until the reader says so, the page is the build it was.
  await expect(page.getByRole('figure')).toHaveCount(5)
  await prompt.getByRole('button', { name: 'Reload' }).click()
  await expect(page.getByText(NEW_QUOTE)).toBeVisible({ timeout: 15_000 })
  await expectHydrated(page)
  await expect(page.getByRole('figure')).toHaveCount(6)
  await expect(prompt).toHaveCount(0)
  expect(await violations()).toEqual([])
})
