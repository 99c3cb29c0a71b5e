import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { startNginxSite, type NginxSite } from './nginx-site'
import { expectHydrated, openPage, pageHeading } from './open-page'
import { watchConsole } from './watch-console'

/**
 * The saved quotes offline (docs/offline.md), behind deploy/nginx.conf with its policy: a build
 * that behaves as a large site does (a precache budget of 0 bytes: the app shell only), where
 * /saved is in the shell, so a reader who has only ever opened `/` has their saved quotes with
 * the server gone, and the offline page of a page never read leads to them.
 */

let site: NginxSite | undefined
let work = ''
const served = () => {
  if (!site) throw new Error('nginx is not running (see the beforeAll error)')
  return site
}
const url = (path: string) => `${served().origin}${path}`

test.beforeAll(async () => {
  test.setTimeout(180_000)
  work = mkdtempSync(join(tmpdir(), 'paddock-saved-offline-'))
  chmodSync(work, 0o755)
  const out = join(work, 'large')
  const child = spawn('npx', ['tsx', 'scripts/build.ts', '--out', out, '--precache-budget', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`build failed (${code}): ${stderr}`)
  site = await startNginxSite(out)
})

test.afterAll(async () => {
  await site?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Waits until a service worker has installed (its precache done) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done))
  })
}

const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'

test('offline, /saved opens with the saved quotes, and the offline page leads to them', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await openPage(page, url('/'), 'Quotes')
  await controlled(page)
  await page
    .getByRole('figure')
    .filter({ hasText: LECLERC_REAL })
    .getByRole('button', { name: 'Save this quote by Charles Leclerc' })
    .click()
  await expect(page.getByRole('link', { name: 'Saved (1)' })).toBeVisible()
  const online = [...problems]

  await served().goOffline()
  try {
    // Never opened before: the app shell holds it.
    await openPage(page, url('/saved'), 'Saved quotes')
    const items = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('figure') })
    await expect(items).toHaveCount(1)
    await expect(items.getByRole('blockquote')).toContainText(LECLERC_REAL)
    // Whether the dataset still has it cannot be asked offline: it is not said to be gone.
    await expect(page.getByText(/No longer in the dataset/)).toHaveCount(0)

    await page.goto(url('/drivers/charles-leclerc'))
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('You are offline')
    await alert.getByRole('link', { name: 'your saved quotes' }).click()
    await expectHydrated(page)
    await expect(pageHeading(page, 'Saved quotes')).toBeVisible()
    await expect(items).toHaveCount(1)
  } finally {
    await served().goOnline()
  }
  expect(online).toEqual([])
  // Offline, the failed requests are reported (the quote file, the offline page's 503); nothing
  // the policy refused, no hydration warning, no uncaught error.
  expect(problems.filter((p) => /Content[- ]Security|hydrat|page error/i.test(p))).toEqual([])
})
