import { readFileSync } from 'node:fs'
import { TAKEN_OVER_ATTRIBUTE } from '../../src/app/taken-over'

/**
 * bench-page.js, to inject into every page before the app's own scripts, told the attribute the
 * app marks #root with when it takes the page over.
 */
export const PAGE_SCRIPT = [
  `window.__benchTakenOverAttribute = ${JSON.stringify(TAKEN_OVER_ATTRIBUTE)}`,
  readFileSync(new URL('./bench-page.js', import.meta.url), 'utf8'),
].join('\n')

/** performance.now() at a frame's requestAnimationFrame, and after its style, layout and paint. */
export type Frame = { raf: number; painted: number }

/**
 * The timestamps the page recorded for one armed count change: the last input event before the
 * result count showed `expected`, and the frame that painted it.
 */
export type PageTiming = {
  expected: string
  input: number | null
  raf: number | null
  painted: number
}

/** bench-page.js's window.__bench, as the page sees it. */
export type BenchPage = {
  state: { firstQuote: Frame | null; quotePainted: number | null; countShown: Frame | null }
  /** Records the frame after a result count first shows `expected` (state.countShown). */
  watchCount(expected: string): void
  findStatus(): string | null
  statusText(): string | null
  arm(expected: string): void
  completedTiming(): PageTiming | null
  longestTask(from: number, to: number): number
  longestFrame(from: number, to: number): number
  figures(): number
  hydrated(): number | null
  settle(frames?: number): Promise<number>
  scripts(): string[]
  bytesBefore(time: number): { bytes: number; requests: number }
}

declare global {
  interface Window {
    __bench?: BenchPage
    __benchTakenOverAttribute?: string
    __benchExpectedCount?: string
  }
}
