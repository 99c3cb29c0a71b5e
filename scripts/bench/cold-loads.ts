import type { Browser, Request } from '@playwright/test'
import { waitForApp } from '../lib/harness'
import type { ColdKind } from './cold-plan'
import { openTab } from './load'
import { STEP_TIMEOUT, waitFor } from './page-steps'
import type { Plan } from './plan'
import type { Profile } from './profiles'

/**
 * Longest wait for a cold view: on the phone profile (1.6 Mbps) the explorer's data at 50,000
 * quotes, some 10 MB gzipped, takes a minute on the wire alone.
 */
const COLD_TIMEOUT = 300_000

/** One address opened cold: when it showed its count, and what it downloaded. */
export type ColdLoad = {
  /** Navigation start to the frame after the right count first showed (after its paint). */
  countMs: number
  /** The same, at that frame's requestAnimationFrame. */
  countRafMs: number
  /** Every response until then and the network idle: headers and bodies as sent (gzip). */
  bytes: number
  requests: number
}

/** `/` showing its own count, then each filtered view, per profile. */
export type ColdRun = { home: ColdLoad; views: Record<ColdKind, ColdLoad> }

/**
 * Opens `path` in a fresh context, nothing cached, and waits until a result count shows
 * `count`, the app has taken the page over and the network is idle. Counts every request the
 * page and its worker made (the explorer's worker downloads the data).
 */
async function openCold(
  browser: Browser,
  profile: Profile,
  origin: string,
  { path, count }: { path: string; count: string },
): Promise<ColdLoad> {
  const tab = await openTab(browser, profile)
  const { page } = tab
  const requests: Request[] = []
  page.on('requestfinished', (request) => void requests.push(request))
  try {
    // After bench-page.js (openTab's), so the count is watched from the document's first node.
    const expected = JSON.stringify(count)
    await page.addInitScript({
      content: `window.__benchExpectedCount = ${expected}; window.__bench?.watchCount(${expected})`,
    })
    await page.goto(`${origin}${path}`, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
    const shows = 'window.__bench?.state.countShown != null'
    await waitFor(page, `${path}: "${count}"`, shows, COLD_TIMEOUT)
    await waitForApp(page, COLD_TIMEOUT)
    await page.waitForLoadState('networkidle', { timeout: COLD_TIMEOUT })
    const shown = await page.evaluate(() => window.__bench?.state.countShown ?? null)
    if (!shown) throw new Error(`${path}: the count was not recorded`)
    let bytes = 0
    for (const request of requests) {
      const sizes = await request.sizes()
      bytes += sizes.responseHeadersSize + sizes.responseBodySize
    }
    return { countMs: shown.painted, countRafMs: shown.raf, bytes, requests: requests.length }
  } finally {
    await tab.context.close()
  }
}

/** `/`, then the plan's cold views, each in a fresh context on `profile`, one after another. */
export async function coldLoads(
  browser: Browser,
  profile: Profile,
  origin: string,
  plan: Plan,
): Promise<ColdRun> {
  const open = (kind: ColdKind) => {
    const view = plan.cold.views.find((planned) => planned.kind === kind)
    if (!view) throw new Error(`the plan has no cold view "${kind}"`)
    return openCold(browser, profile, origin, view)
  }
  const home = await openCold(browser, profile, origin, plan.cold.home)
  return {
    home,
    views: {
      driver: await open('driver'),
      raceTeam: await open('raceTeam'),
      rare: await open('rare'),
      commonPeriod: await open('commonPeriod'),
      driverWordSort: await open('driverWordSort'),
    },
  }
}
