import { useLayoutEffect, useSyncExternalStore } from 'react'

/**
 * Set on <html> by src/app/view-boot.js before the first paint when the address asks for another
 * view than the one its page was prerendered with: the stylesheet then hides `.view-body` and
 * shows `.view-pending`.
 */
const PENDING_ATTRIBUTE = 'data-view-pending'
const subscribeToNothing = () => () => {}

/**
 * Whether a page shows its address's own view: false while the browser takes over a
 * prerendered page (the page must render what its HTML shows, the default view), true from the
 * render right after, and on every page opened later. Once true, the page renders that view (or
 * says it is on its way), so the pending mark goes, before that render is painted.
 */
export function useViewShown(): boolean {
  const shown = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  useLayoutEffect(() => {
    if (shown) document.documentElement.removeAttribute(PENDING_ATTRIBUTE)
  }, [shown])
  return shown
}
