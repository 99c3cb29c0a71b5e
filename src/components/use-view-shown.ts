import { useLayoutEffect, useSyncExternalStore } from 'react'

/**
 * Set on <html> by public/view-boot.js before the first paint when the address asks for another
 * view than the one its page was prerendered with: the stylesheet then hides `.view-body` and
 * shows `.view-pending`.
 */
const PENDING_ATTRIBUTE = 'data-view-pending'
const subscribeToNothing = () => () => {}

/**
 * False while the browser takes over a prerendered page (the page must render what its HTML
 * shows: the default view), true from the render right after, and on every page opened later.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
}

/**
 * Once `shown` (the page renders the address's own view, or says it is on its way), the
 * prerendered content may show again: the mark goes before that render is painted.
 */
export function useViewShown(shown: boolean): void {
  useLayoutEffect(() => {
    if (shown) document.documentElement.removeAttribute(PENDING_ATTRIBUTE)
  }, [shown])
}
