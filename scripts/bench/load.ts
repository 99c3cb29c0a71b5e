import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test'
import { waitForApp } from '../lib/harness'
import { PAGE_SCRIPT } from './page-api'
import { STEP_TIMEOUT, waitFor } from './page-steps'
import { applyProfile, type Profile } from './profiles'

/** One page load, followed until the page and the network are idle. */
export type Load = {
  /** Navigation start to the browser's paint of the first quote's text (Element Timing). */
  firstQuoteMs: number
  /** The first frame after a quote entered the DOM: after its layout and paint, and at its rAF. */
  firstQuoteFrameMs: number
  firstQuoteRafMs: number
  /** Bytes fetched before the first quote painted (Resource Timing; see bench-page.js). */
  bytesBeforeQuote: number
  /** How many responses had started arriving by then. */
  requestsBeforeQuote: number
  /** When the app took the page over: its first commit, the end of hydration. */
  hydratedMs: number
  /** The longest task and animation frame from navigation until idle after the network is. */
  longTaskMs: number
  longFrameMs: number
}

/** A page in a fresh context with the benchmark's instrumentation and the profile's throttling. */
export type BenchTab = { context: BrowserContext; page: Page; cdp: CDPSession }

export async function openTab(browser: Browser, profile: Profile): Promise<BenchTab> {
  // The sites are served with the deployed Content-Security-Policy (vite.config.ts), which has
  // no 'unsafe-eval': Playwright's waitForFunction, which the benchmark's steps poll with,
  // evaluates its predicate with one. Bypassing the policy changes nothing the app does.
  const context = await browser.newContext({ ...profile.context, bypassCSP: true })
  try {
    await context.addInitScript({ content: PAGE_SCRIPT })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await applyProfile(cdp, profile)
    return { context, page, cdp }
  } catch (error) {
    await context.close()
    throw error
  }
}

/**
 * Loads `url` until its first quote is painted and, when `hydrates`, the app has taken it over; then
 * until the network and the page are idle. Everything is measured once the page is idle, when
 * the browser has a timing entry for every response.
 */
export async function loadPage(tab: BenchTab, url: string, hydrates: boolean): Promise<Load> {
  const { page } = tab
  await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
  await waitFor(
    page,
    'the first quote',
    'window.__bench?.state.firstQuote != null && window.__bench?.state.quotePainted != null',
  )
  if (hydrates) await waitForApp(page, STEP_TIMEOUT)
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT })
  const end = (await page.evaluate(() => window.__bench?.settle())) ?? Infinity
  const seen = await page.evaluate((to) => {
    const bench = window.__bench
    const painted = bench?.state.quotePainted ?? null
    return {
      firstQuote: bench?.state.firstQuote ?? null,
      painted,
      before: painted === null ? null : (bench?.bytesBefore(painted) ?? null),
      hydrated: bench?.hydrated() ?? null,
      longTask: bench?.longestTask(0, to) ?? 0,
      longFrame: bench?.longestFrame(0, to) ?? 0,
    }
  }, end)
  if (!seen.firstQuote || seen.painted === null || !seen.before) {
    throw new Error(`${url}: the first quote was not recorded`)
  }
  return {
    firstQuoteMs: seen.painted,
    firstQuoteFrameMs: seen.firstQuote.painted,
    firstQuoteRafMs: seen.firstQuote.raf,
    bytesBeforeQuote: seen.before.bytes,
    requestsBeforeQuote: seen.before.requests,
    hydratedMs: seen.hydrated ?? 0,
    longTaskMs: seen.longTask,
    longFrameMs: seen.longFrame,
  }
}
