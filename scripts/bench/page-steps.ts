import type { CDPSession, Page } from '@playwright/test'
import type { PageTiming } from './page-api'

/** Longest wait for any one step; a 50,000-quote page can take a while. */
export const STEP_TIMEOUT = 120_000

/** What one timed step cost: from its last input event to the frame that showed the result. */
export type Latency = {
  /** When that input event was dispatched (performance.now()). */
  inputAt: number
  /** To after that frame's style, layout and paint. */
  ms: number
  /** To that frame's requestAnimationFrame, before its style, layout and paint. */
  rafMs: number
  longTaskMs: number
  longFrameMs: number
}

export async function waitFor(page: Page, what: string, predicate: string, timeout = STEP_TIMEOUT) {
  try {
    await page.waitForFunction(predicate, undefined, { timeout, polling: 50 })
  } catch (error) {
    const status = await page.evaluate(() => window.__bench?.statusText() ?? null).catch(() => '?')
    throw new Error(`timed out waiting for ${what} (status shows ${JSON.stringify(status)})`, {
      cause: error,
    })
  }
}

/** Waits until the result count shows `text` and the page is idle. */
export async function waitForStatus(page: Page, text: string) {
  await waitFor(page, `"${text}"`, `window.__bench?.statusText() === ${JSON.stringify(text)}`)
  await page.evaluate(() => window.__bench?.settle())
}

/** Waits for the armed count change to paint; returns its timestamps. */
export async function waitForTiming(page: Page, what: string): Promise<PageTiming> {
  await waitFor(page, what, 'window.__bench?.completedTiming() != null')
  const timing = await page.evaluate(() => window.__bench?.completedTiming() ?? null)
  if (!timing || timing.input === null || timing.raf === null) {
    throw new Error(`${what}: the final count appeared with no input event before it`)
  }
  return timing
}

/** The latency of a count change, and the longest task from `from` to its frame. */
export async function latencyOf(page: Page, from: number, timing: PageTiming): Promise<Latency> {
  const input = timing.input ?? 0
  // Long-task entries are delivered some time after their task: let the page go idle first.
  await page.evaluate(() => window.__bench?.settle())
  const [longTaskMs, longFrameMs] = await page.evaluate(
    ([start, end]) => [
      window.__bench?.longestTask(start, end) ?? 0,
      window.__bench?.longestFrame(start, end) ?? 0,
    ],
    [from, timing.painted] as const,
  )
  return {
    inputAt: input,
    ms: timing.painted - input,
    rafMs: (timing.raf ?? timing.painted) - input,
    longTaskMs,
    longFrameMs,
  }
}

/** JS heap in use after a full garbage collection, in MB (10^6 bytes). */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize')
  return used / 1e6
}
