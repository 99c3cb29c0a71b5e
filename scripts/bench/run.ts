import type { Browser, Page } from '@playwright/test'
import { PAGE_SCRIPT } from './page-api'
import {
  STEP_TIMEOUT,
  heapMb,
  latencyOf,
  waitFor,
  waitForStatus,
  waitForTiming,
  type Latency,
} from './page-steps'
import type { Plan, Search } from './plan'

export const VIEWPORT = { width: 1280, height: 900 }
/** Milliseconds between keystrokes: a fast typist. */
const TYPING_DELAY = 60

/** Every number one run measured; the keys are also those of the --json file. */
export type Run = {
  firstQuoteMs: number
  /** Taken at the requestAnimationFrame itself, before that frame's style, layout and paint. */
  firstQuoteRafMs: number
  searchRareMs: number
  searchCommonMs: number
  filterMs: number
  /** The same, at the rAF before the frame's layout and paint. */
  searchRareRafMs: number
  searchCommonRafMs: number
  filterRafMs: number
  longTaskLoadMs: number
  longTaskTypingMs: number
  longFrameLoadMs: number
  longFrameTypingMs: number
  quoteElements: number
  heapLoadMb: number
  heapSearchMb: number
  scripts: string[]
}

/**
 * Types the term letter by letter; once the count for all but its last letter shows, types the
 * last letter and times it. Long tasks count from the first keystroke.
 */
async function search(page: Page, search: Search): Promise<Latency> {
  const box = page.getByLabel('Search quotes')
  await box.focus()
  const start = await page.evaluate(() => performance.now())
  await page.keyboard.type(search.term.slice(0, -1), { delay: TYPING_DELAY })
  await waitForStatus(page, search.prefix)
  await page.evaluate((text) => window.__bench?.arm(text), search.final)
  await page.keyboard.type(search.term.slice(-1))
  return latencyOf(page, start, await waitForTiming(page, `"${search.term}"`))
}

async function clearSearch(page: Page, plan: Plan) {
  await page.getByLabel('Search quotes').fill('')
  await waitForStatus(page, plan.unfiltered)
}

/** One run in a fresh context: load, search twice, filter once. */
export async function runOnce(browser: Browser, origin: string, plan: Plan): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    await context.addInitScript({ content: PAGE_SCRIPT })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')

    await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: STEP_TIMEOUT })
    await waitFor(page, 'the first quote', 'window.__bench?.state.firstQuote != null')
    const loaded = await page.evaluate(() => window.__bench?.settle())
    const load = await page.evaluate(
      (end) => ({
        firstQuote: window.__bench?.state.firstQuote ?? null,
        status: window.__bench?.findStatus() ?? null,
        figures: window.__bench?.figures() ?? 0,
        longTask: window.__bench?.longestTask(0, end) ?? 0,
        longFrame: window.__bench?.longestFrame(0, end) ?? 0,
        scripts: window.__bench?.scripts() ?? [],
      }),
      loaded ?? Infinity,
    )
    if (!load.firstQuote) throw new Error('the first quote was not recorded')
    if (load.status !== plan.unfiltered) {
      throw new Error(`the result count shows ${JSON.stringify(load.status)}, not the total`)
    }
    const heapLoadMb = await heapMb(cdp)

    const [rareSearch, commonSearch] = plan.searches
    if (!rareSearch || !commonSearch) throw new Error('two searches expected')
    const rare = await search(page, rareSearch)
    await clearSearch(page, plan)
    const common = await search(page, commonSearch)
    const heapSearchMb = await heapMb(cdp)
    await clearSearch(page, plan)

    const filterStart = await page.evaluate(() => performance.now())
    await page.evaluate((text) => window.__bench?.arm(text), plan.filter.final)
    await page.getByLabel('Driver', { exact: true }).selectOption(plan.filter.driverId)
    const filter = await latencyOf(page, filterStart, await waitForTiming(page, 'the filter'))

    return {
      firstQuoteMs: load.firstQuote.painted,
      firstQuoteRafMs: load.firstQuote.raf,
      searchRareMs: rare.ms,
      searchCommonMs: common.ms,
      filterMs: filter.ms,
      searchRareRafMs: rare.rafMs,
      searchCommonRafMs: common.rafMs,
      filterRafMs: filter.rafMs,
      longTaskLoadMs: load.longTask,
      longTaskTypingMs: Math.max(rare.longTaskMs, common.longTaskMs),
      longFrameLoadMs: load.longFrame,
      longFrameTypingMs: Math.max(rare.longFrameMs, common.longFrameMs),
      quoteElements: load.figures,
      heapLoadMb,
      heapSearchMb,
      scripts: load.scripts,
    }
  } finally {
    await context.close()
  }
}
