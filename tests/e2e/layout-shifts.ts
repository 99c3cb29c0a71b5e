import type { Page } from '@playwright/test'

/** Sums the page's layout shifts not caused by input, from its first paint (Layout Instability API). */
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { __layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // A LayoutShift entry (not in TypeScript's DOM types): its value, and whether input caused it.
        const value: unknown = Reflect.get(entry, 'value')
        if (typeof value === 'number' && Reflect.get(entry, 'hadRecentInput') !== true) {
          shifts.push(value)
        }
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The layout shifts watchLayoutShifts has summed so far. */
export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, '__layoutShifts')
    if (!Array.isArray(shifts)) throw new Error('the layout shifts were not watched')
    return shifts.reduce((sum: number, value: number) => sum + value, 0)
  })
}
