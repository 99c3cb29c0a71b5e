/**
 * How the app tells whoever waits for it (the e2e tests, scripts/lib/harness.ts) that React runs
 * the page now: an attribute on #root, set in the app's first commit (hydration, or a fresh
 * render). A prerendered page's HTML never has it, and React leaves its container's own
 * attributes alone, so hydration does not see it.
 */
export const TAKEN_OVER_ATTRIBUTE = 'data-hydrated'
export const TAKEN_OVER_SELECTOR = `#root[${TAKEN_OVER_ATTRIBUTE}]`

/**
 * Set on <html> by view-boot.js before the first paint when the document is not this address's
 * own page (a host's SPA fallback): the stylesheet hides its main content until the app has
 * rendered the address afresh.
 */
const OTHER_PAGE_ATTRIBUTE = 'data-page-other'

export function markTakenOver() {
  document.getElementById('root')?.setAttribute(TAKEN_OVER_ATTRIBUTE, '')
  document.documentElement.removeAttribute(OTHER_PAGE_ATTRIBUTE)
}
