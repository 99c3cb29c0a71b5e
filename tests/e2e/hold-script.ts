import type { Page } from '@playwright/test'

/** The app's entry script: until it has run, the page is its prerendered HTML and nothing else. */
export const ENTRY_SCRIPT = /\/assets\/index-[^/]*\.js$/

/**
 * Holds the app's entry script until `release()`, so a test can look at the prerendered page as
 * it is before any of the app's JavaScript runs (src/app/view-boot.js is not held). Go to the
 * page with `{ waitUntil: 'commit' }`: its load event waits for the script.
 */
export async function holdEntryScript(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(ENTRY_SCRIPT, async (route) => {
    await released
    await route.continue()
  })
  return release
}
