import type { Browser } from '@playwright/test'
import { coldLoads, type ColdRun } from './cold-loads'
import { exploreSteps, type ExplorerRun } from './explorer-steps'
import { loadPage, openTab, type Load } from './load'
import type { PageName, Plan } from './plan'
import { DESKTOP, PHONE, type Profile, type ProfileName } from './profiles'

/** Every number one run measured; the keys are also those of the --json file. */
export type Run = {
  /** The static one-quote page, per profile: the floor for the first quote. */
  floor: Record<ProfileName, Load>
  loads: Record<ProfileName, Record<PageName, Load>>
  explorer: ExplorerRun
  /** `/` and the explorer's filtered views opened cold, to their counts, per profile. */
  cold: Record<ProfileName, ColdRun>
}

/** Where a run loads its pages from: the app's site and the static one-quote page. */
export type Origins = { app: string; floor: string }

async function loadOnce(
  browser: Browser,
  profile: Profile,
  url: string,
  hydrates = true,
): Promise<Load> {
  const tab = await openTab(browser, profile)
  try {
    return await loadPage(tab, url, hydrates)
  } finally {
    await tab.context.close()
  }
}

/** `/`, with the explorer's steps after its load when `steps`. */
async function loadExplorer(browser: Browser, profile: Profile, url: string, plan: Plan | null) {
  const tab = await openTab(browser, profile)
  try {
    const load = await loadPage(tab, url, true)
    return { load, steps: plan ? await exploreSteps(tab, plan) : undefined }
  } finally {
    await tab.context.close()
  }
}

/** One profile: the floor page, the app's pages, then the cold views, each in a fresh context. */
async function runProfile(browser: Browser, profile: Profile, origins: Origins, plan: Plan) {
  // A static page: nothing to hydrate.
  const floor = await loadOnce(browser, profile, `${origins.floor}/`, false)
  const explorer = await loadExplorer(
    browser,
    profile,
    `${origins.app}${plan.pages.explorer}`,
    profile === DESKTOP ? plan : null,
  )
  const driver = await loadOnce(browser, profile, `${origins.app}${plan.pages.driver}`)
  const quote = await loadOnce(browser, profile, `${origins.app}${plan.pages.quote}`)
  const cold = await coldLoads(browser, profile, origins.app, plan)
  return { floor, pages: { explorer: explorer.load, driver, quote }, steps: explorer.steps, cold }
}

/** One run: desktop (with the explorer's steps after the load of `/`), then phone. */
export async function runOnce(browser: Browser, origins: Origins, plan: Plan): Promise<Run> {
  const desktop = await runProfile(browser, DESKTOP, origins, plan)
  const phone = await runProfile(browser, PHONE, origins, plan)
  if (!desktop.steps) throw new Error("the explorer's steps did not run")
  return {
    floor: { desktop: desktop.floor, phone: phone.floor },
    loads: { desktop: desktop.pages, phone: phone.pages },
    explorer: desktop.steps,
    cold: { desktop: desktop.cold, phone: phone.cold },
  }
}
