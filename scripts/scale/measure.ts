import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from '@playwright/test'
import { waitForApp } from '../lib/harness'
import type { ScalePage } from './pages'

/** The same rules as the e2e accessibility tests (tests/e2e/a11y.spec.ts). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
const WIDE = 1280
const NARROW = 320
const HEIGHT = 900
/** Longest wait for a page, its results, or one axe run: a 50,000-quote page is slow. */
const TIMEOUT = 120_000
const AXE_TIMEOUT = 90_000
/**
 * Pages with more DOM elements than this (five times the budget) fail on size alone, and axe
 * takes minutes on them: it is not run there, so that the whole check stays a few minutes long.
 */
export const AXE_ELEMENT_LIMIT = 20_000

export type AxeRun = { violations: string[] } | { failed: string }

/** What one page measured. */
export type Measurement = {
  page: ScalePage
  status: number | null
  /** Quote elements and DOM elements, the larger of the two widths. */
  quotes: number
  elements: number
  /** How far the document scrolls sideways at NARROW px, and the widest element at fault. */
  overflow: number
  overflowBy?: string
  axe: { light: AxeRun; dark: AxeRun }
  /** What went wrong on the way: a timeout, an error the page threw. */
  problems: string[]
}

/**
 * Opens `page` at WIDE px in a fresh tab, waits for the app to take it over (and for the
 * explorer's results), counts its quote and DOM elements, runs axe in light and dark; then
 * narrows the tab to NARROW px and looks for sideways overflow.
 */
export async function measurePage(
  browser: Browser,
  origin: string,
  page: ScalePage,
): Promise<Measurement> {
  const context = await browser.newContext({ viewport: { width: WIDE, height: HEIGHT } })
  const tab = await context.newPage()
  tab.setDefaultTimeout(TIMEOUT)
  const problems: string[] = []
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`))
  const result: Measurement = {
    page,
    status: null,
    quotes: 0,
    elements: 0,
    overflow: 0,
    axe: { light: { failed: 'not run' }, dark: { failed: 'not run' } },
    problems,
  }
  try {
    const response = await tab.goto(origin + page.path, { waitUntil: 'load', timeout: TIMEOUT })
    result.status = response?.status() ?? null
    await waitForApp(tab, TIMEOUT).catch(() => problems.push('the app did not take the page over'))
    await settle(tab)
    if (page.resultCount) await waitForResults(tab, page.resultCount, problems)
    const wide = await countElements(tab)
    await tab.setViewportSize({ width: NARROW, height: HEIGHT })
    await settle(tab)
    const narrow = await countElements(tab)
    result.quotes = Math.max(wide.quotes, narrow.quotes)
    result.elements = Math.max(wide.elements, narrow.elements)
    const overflow = await sidewaysOverflow(tab)
    result.overflow = overflow.by
    result.overflowBy = overflow.widest
    // Axe last: on a huge page it can outlast its timeout and leave the tab unusable.
    await tab.setViewportSize({ width: WIDE, height: HEIGHT })
    if (result.elements > AXE_ELEMENT_LIMIT) {
      const skipped = `not run, ${n(result.elements)} DOM elements is over ${n(AXE_ELEMENT_LIMIT)}`
      result.axe = { light: { failed: skipped }, dark: { failed: skipped } }
    } else {
      await tab.emulateMedia({ colorScheme: 'light' })
      result.axe.light = await runAxe(tab)
      if ('failed' in result.axe.light) result.axe.dark = { failed: 'not run after light' }
      else {
        await tab.emulateMedia({ colorScheme: 'dark' })
        result.axe.dark = await runAxe(tab)
      }
    }
  } catch (error) {
    problems.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))
  } finally {
    // Not awaited after a timed-out axe: the tab may be busy for minutes yet.
    const closing = context.close().catch(() => {})
    if (!('failed' in result.axe.light && result.axe.light.failed.startsWith('axe took'))) {
      await closing
    }
  }
  return result
}

function n(count: number): string {
  return count.toLocaleString('en-GB')
}

/** Opens `page` at `width` px and saves a screenshot (the top 4,000 px at most). */
export async function screenshot(
  browser: Browser,
  origin: string,
  page: ScalePage,
  width: number,
  file: string,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height: 844 } })
  try {
    const tab = await context.newPage()
    await tab.goto(origin + page.path, { waitUntil: 'load', timeout: TIMEOUT })
    await waitForApp(tab, TIMEOUT)
    await settle(tab)
    if (page.resultCount) await waitForResults(tab, page.resultCount, [])
    const height = await tab.evaluate(() => document.documentElement.scrollHeight)
    await tab.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, 4000) },
    })
  } finally {
    await context.close()
  }
}

/** Until the network is quiet for a moment (page data, lazy code), or 15 s have passed. */
async function settle(tab: Page) {
  await tab.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
  await tab.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
}

async function waitForResults(tab: Page, expected: string, problems: string[]) {
  try {
    await tab.waitForFunction(
      (text) => {
        const count = document.querySelector('.result-count')?.textContent ?? ''
        return count.startsWith(text) && !document.querySelector('.results--stale')
      },
      expected,
      { timeout: TIMEOUT, polling: 100 },
    )
  } catch {
    const shown = await tab
      .locator('.result-count')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null)
    problems.push(`results: waited for "${expected}…", the count shows ${JSON.stringify(shown)}`)
  }
}

/**
 * Quotes as the app marks them up, each counted once: a <figure> holding a <blockquote>, or a
 * <blockquote> outside such a figure.
 */
function countElements(tab: Page) {
  return tab.evaluate(() => {
    const figures = new Set(
      [...document.querySelectorAll('figure')].filter((f) => f.querySelector('blockquote')),
    )
    const loose = [...document.querySelectorAll('blockquote')].filter((quote) => {
      const figure = quote.closest('figure')
      return !figure || !figures.has(figure)
    })
    return {
      quotes: figures.size + loose.length,
      elements: document.getElementsByTagName('*').length,
    }
  })
}

/**
 * How many px the document scrolls sideways, and the element that reaches furthest right
 * (the deepest of equals): one inside a scrolling or clipping box is not at fault.
 */
function sidewaysOverflow(tab: Page) {
  return tab.evaluate(() => {
    const root = document.documentElement
    const by = root.scrollWidth - root.clientWidth
    if (by <= 0) return { by: 0, widest: undefined }
    let widest: { element: Element; right: number; depth: number } | undefined
    for (const element of document.body.getElementsByTagName('*')) {
      const { right, width } = element.getBoundingClientRect()
      if (width === 0 || right <= root.clientWidth + 0.5) continue
      let depth = 0
      for (let up = element.parentElement; up; up = up.parentElement) depth++
      const further = !widest || right > widest.right + 0.5
      const deeper = widest !== undefined && right > widest.right - 0.5 && depth > widest.depth
      if (!further && !deeper) continue
      // No helper function here: tsx would wrap it in a __name() the page does not have.
      let clipped = false
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') clipped = true
      }
      if (!clipped) widest = { element, right, depth }
    }
    if (!widest) return { by, widest: undefined }
    const { element } = widest
    const id = element.id ? `#${element.id}` : ''
    const classes = [...element.classList].map((name) => `.${name}`).join('')
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
    const px = Math.round(element.getBoundingClientRect().width)
    return {
      by,
      widest: `<${element.tagName.toLowerCase()}${id}${classes}> ${px} px wide "${text}"`,
    }
  })
}

async function runAxe(tab: Page): Promise<AxeRun> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<AxeRun>((resolve) => {
    timer = setTimeout(
      () => resolve({ failed: `axe took over ${AXE_TIMEOUT / 1000} s` }),
      AXE_TIMEOUT,
    )
  })
  const run = new AxeBuilder({ page: tab })
    .withTags(AXE_TAGS)
    .analyze()
    .then(
      (results): AxeRun => ({
        violations: results.violations.map(
          (v) =>
            `${v.id} [${v.impact ?? 'unknown'}] ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ') ?? ''}`,
        ),
      }),
      (error: unknown): AxeRun => ({
        failed: `axe failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      }),
    )
  try {
    return await Promise.race([run, timeout])
  } finally {
    clearTimeout(timer)
  }
}
