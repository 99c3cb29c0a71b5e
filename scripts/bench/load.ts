import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test'
import { PAGE_SCRIPT } from './page-api'
import { STEP_TIMEOUT, waitFor } from './page-steps'
import { applyProfile, type Profile } from './profiles'

/** One page load, as far as the benchmark follows it. */
export type Load = {
  /** Navigation start to the browser's paint of the first quote's text (Element Timing). */
  firstQuoteMs: number
  /** The first frame after the quote entered the DOM: after its layout and paint, and at its rAF. */
  firstQuoteFrameMs: number
  firstQuoteRafMs: number
  /** Response bytes received before then, as sent (compressed where the server compresses). */
  bytesBeforeQuote: number
  /** How many requests had received any of those bytes. */
  requestsBeforeQuote: number
  /** Only when the load is followed to the end (desktop), else 0: React's first commit, */
  hydratedMs: number
  /** and the longest task and animation frame from navigation until idle after the network is. */
  longTaskMs: number
  longFrameMs: number
}

/** A page in a fresh context with the benchmark's instrumentation and the profile's throttling. */
export type BenchTab = { context: BrowserContext; page: Page; cdp: CDPSession }

export async function openTab(browser: Browser, profile: Profile): Promise<BenchTab> {
  const context = await browser.newContext(profile.context)
  try {
    await context.addInitScript({ content: PAGE_SCRIPT })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Performance.enable')
    await applyProfile(cdp, profile)
    return { context, page, cdp }
  } catch (error) {
    await context.close()
    throw error
  }
}

type Received = { time: number; bytes: number; requestId: string }

/**
 * Loads `url` until its first quote is painted, counting the bytes that arrived before that
 * paint (CDP's network events, on the browser's clock, set against the page's). With `follow`,
 * also waits for React's first commit and then for the network and the page to go idle, and
 * takes the longest task of all that.
 */
export async function loadPage(tab: BenchTab, url: string, follow: boolean): Promise<Load> {
  const { page, cdp } = tab
  const received: Received[] = []
  /** Wall-clock seconds minus CDP's monotonic seconds, from the document's request. */
  let clockOffset: number | undefined
  const onRequest = (event: { type?: string; wallTime: number; timestamp: number }) => {
    if (clockOffset === undefined && event.type === 'Document') {
      clockOffset = event.wallTime - event.timestamp
    }
  }
  const onData = (event: { timestamp: number; encodedDataLength: number; requestId: string }) => {
    received.push({
      time: event.timestamp,
      bytes: event.encodedDataLength,
      requestId: event.requestId,
    })
  }
  cdp.on('Network.requestWillBeSent', onRequest)
  cdp.on('Network.dataReceived', onData)
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
    await waitFor(
      page,
      'the first quote',
      'window.__bench?.state.firstQuote != null && window.__bench?.state.quotePainted != null',
    )
    let end = Infinity
    if (follow) {
      await waitFor(page, "React's first commit", 'window.__bench?.hydrated() != null')
      await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT })
      end = (await page.evaluate(() => window.__bench?.settle())) ?? Infinity
    }
    const seen = await page.evaluate(
      (to) => ({
        timeOrigin: performance.timeOrigin,
        firstQuote: window.__bench?.state.firstQuote ?? null,
        quotePainted: window.__bench?.state.quotePainted ?? null,
        hydrated: window.__bench?.hydrated() ?? null,
        longTask: window.__bench?.longestTask(0, to) ?? 0,
        longFrame: window.__bench?.longestFrame(0, to) ?? 0,
      }),
      end,
    )
    if (!seen.firstQuote || seen.quotePainted === null) {
      throw new Error(`${url}: the first quote was not recorded`)
    }
    if (clockOffset === undefined) throw new Error(`${url}: no request for the document was seen`)
    // The first quote's paint on CDP's clock: epoch seconds, less the offset.
    const cutOff = (seen.timeOrigin + seen.quotePainted) / 1000 - clockOffset
    const before = received.filter((chunk) => chunk.time <= cutOff)
    return {
      firstQuoteMs: seen.quotePainted,
      firstQuoteFrameMs: seen.firstQuote.painted,
      firstQuoteRafMs: seen.firstQuote.raf,
      bytesBeforeQuote: before.reduce((sum, chunk) => sum + chunk.bytes, 0),
      requestsBeforeQuote: new Set(before.map((chunk) => chunk.requestId)).size,
      hydratedMs: follow ? (seen.hydrated ?? 0) : 0,
      longTaskMs: follow ? seen.longTask : 0,
      longFrameMs: follow ? seen.longFrame : 0,
    }
  } finally {
    cdp.off('Network.requestWillBeSent', onRequest)
    cdp.off('Network.dataReceived', onData)
  }
}
