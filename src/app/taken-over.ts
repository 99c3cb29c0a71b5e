/**
 * How the app tells whoever waits for it (the e2e tests, scripts/lib/harness.ts) that React runs
 * the page now: an attribute on #root, set in the app's first commit (hydration, or a fresh
 * render). A prerendered page's HTML never has it, and React leaves its container's own
 * attributes alone, so hydration does not see it.
 */
export const TAKEN_OVER_ATTRIBUTE = 'data-hydrated'
export const TAKEN_OVER_SELECTOR = `#root[${TAKEN_OVER_ATTRIBUTE}]`

export function markTakenOver() {
  document.getElementById('root')?.setAttribute(TAKEN_OVER_ATTRIBUTE, '')
}
