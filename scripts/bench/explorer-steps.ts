import type { Page, Request } from '@playwright/test'
import type { BenchTab } from './load'
import { heapMb, latencyOf, waitForStatus, waitForTiming, type Latency } from './page-steps'
import type { Plan, Search } from './plan'

/** Milliseconds between keystrokes: a fast typist. */
const TYPING_DELAY = 60

/** What the explorer's steps measured, on `/` after its load (desktop). */
export type ExplorerRun = {
  /**
   * The first filter after the load, with nothing started yet: from its input event to the
   * frame that shows its count. It starts the engine's Web Worker, which reads the explorer's
   * index: its start-up file first (docs/explorer-index.md).
   */
  coldFilterMs: number
  /** From that input event to the worker's request for the index's start-up file, */
  coldFetchStartMs: number
  /** that request from its start to its last byte, */
  coldFetchMs: number
  /** and from then to the frame with the count: the filter's lists and records, reply, render. */
  coldAfterFetchMs: number
  coldFilterLongTaskMs: number
  /** Then, with the engine warm: the last keystroke of a search, a filter. */
  searchRareMs: number
  searchCommonMs: number
  filterMs: number
  /** The same, at the rAF before the frame's layout and paint. */
  coldFilterRafMs: number
  searchRareRafMs: number
  searchCommonRafMs: number
  filterRafMs: number
  longTaskTypingMs: number
  longFrameTypingMs: number
  quoteElements: number
  /** The page's own heap (the worker's is not in it), after a full GC. */
  heapLoadMb: number
  heapSearchMb: number
}

/**
 * Types the term letter by letter (after the `typed` first ones, already in the box); once the
 * count for all but its last letter shows, types the last letter and times it. Long tasks count
 * from the first keystroke.
 */
export async function typeSearch(page: Page, search: Search, typed = 0): Promise<Latency> {
  const box = page.getByLabel('Search quotes')
  await box.focus()
  const start = await page.evaluate(() => performance.now())
  await page.keyboard.type(search.term.slice(typed, -1), { delay: TYPING_DELAY })
  await waitForStatus(page, search.prefix)
  await page.evaluate((text) => window.__bench?.arm(text), search.final)
  await page.keyboard.type(search.term.slice(-1))
  return latencyOf(page, start, await waitForTiming(page, `"${search.term}"`))
}

/** Empties the search box; waits for the count of all quotes, `unfiltered`. */
export async function clearSearch(page: Page, unfiltered: string) {
  await page.getByLabel('Search quotes').fill('')
  await waitForStatus(page, unfiltered)
}

async function filterByDriver(page: Page, plan: Plan): Promise<Latency> {
  // Finding the option is the combobox's own work; the filter starts with Enter.
  await page.getByRole('combobox', { name: 'Driver' }).fill(plan.filter.driverName)
  const start = await page.evaluate(() => performance.now())
  await page.evaluate((text) => window.__bench?.arm(text), plan.filter.final)
  await page.keyboard.press('Enter')
  return latencyOf(page, start, await waitForTiming(page, 'the filter'))
}

async function clearFilter(page: Page, plan: Plan) {
  await page.getByRole('button', { name: 'Clear all' }).click()
  await waitForStatus(page, plan.unfiltered)
}

/** Watches for the worker's first request, the index's start-up file; `finished()` waits a little. */
function datasetRequest(page: Page) {
  let found: Request | undefined
  const onFinished = (request: Request) => {
    if (/\/data\/explorer\/[0-9a-f]+\/start\.json$/.test(new URL(request.url()).pathname)) {
      found ??= request
    }
  }
  page.on('requestfinished', onFinished)
  return {
    async finished(): Promise<Request> {
      // Its event may reach us a moment after the page has used the data.
      for (let waited = 0; !found && waited < 5_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      page.off('requestfinished', onFinished)
      if (!found) throw new Error('the first filter did not fetch the index (start.json)')
      return found
    },
  }
}

/**
 * On `/`, loaded and idle: the first filter (cold), then two searches and a filter (warm),
 * back to all quotes after each.
 */
export async function exploreSteps(tab: BenchTab, plan: Plan): Promise<ExplorerRun> {
  const { page, cdp } = tab
  const status = await page.evaluate(() => window.__bench?.findStatus() ?? null)
  if (status !== plan.unfiltered) {
    throw new Error(`the result count shows ${JSON.stringify(status)}, not ${plan.unfiltered}`)
  }
  const quoteElements = await page.evaluate(() => window.__bench?.figures() ?? 0)
  const heapLoadMb = await heapMb(cdp)

  const dataset = datasetRequest(page)
  const cold = await filterByDriver(page, plan)
  const { startTime, responseEnd } = (await dataset.finished()).timing()
  const timeOrigin = await page.evaluate(() => performance.timeOrigin)
  const fetchStart = startTime - timeOrigin - cold.inputAt
  await clearFilter(page, plan)

  const [rareSearch, commonSearch] = plan.searches
  if (!rareSearch || !commonSearch) throw new Error('two searches expected')
  const rare = await typeSearch(page, rareSearch)
  await clearSearch(page, plan.unfiltered)
  const common = await typeSearch(page, commonSearch)
  const heapSearchMb = await heapMb(cdp)
  await clearSearch(page, plan.unfiltered)
  const filter = await filterByDriver(page, plan)

  return {
    coldFilterMs: cold.ms,
    coldFetchStartMs: fetchStart,
    coldFetchMs: responseEnd,
    coldAfterFetchMs: cold.ms - fetchStart - responseEnd,
    coldFilterLongTaskMs: cold.longTaskMs,
    searchRareMs: rare.ms,
    searchCommonMs: common.ms,
    filterMs: filter.ms,
    coldFilterRafMs: cold.rafMs,
    searchRareRafMs: rare.rafMs,
    searchCommonRafMs: common.rafMs,
    filterRafMs: filter.rafMs,
    longTaskTypingMs: Math.max(rare.longTaskMs, common.longTaskMs),
    longFrameTypingMs: Math.max(rare.longFrameMs, common.longFrameMs),
    quoteElements,
    heapLoadMb,
    heapSearchMb,
  }
}
