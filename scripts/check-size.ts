/**
 * The size budget `npm test` enforces: builds the site (on the shipped dataset, as
 * `npm run build` does) and the floor app (the same four libraries, nothing else), loads `/` of
 * each in Chromium until the network is idle, and compares the gzip size (level 9) of every
 * script each requested. Fails when the app's is over MAX_RATIO_TO_FLOOR times the floor's.
 * Only which files are requested counts, never how long anything took.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { buildSiteFromFile } from './lib/dataset-site'
import { APP_HYDRATED, FLOOR_READY } from './lib/page-scripts'
import { MAX_RATIO_TO_FLOOR, buildFloorInto, jsOfHome } from './lib/size-budget'

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-size-'))
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
try {
  const appDir = path.join(work, 'app')
  const floorDir = path.join(work, 'floor')
  await buildSiteFromFile(appDir)
  await buildFloorInto(floorDir)
  const app = await jsOfHome(browser, appDir, APP_HYDRATED)
  const floor = await jsOfHome(browser, floorDir, FLOOR_READY)
  const ratio = app.gzipBytes / floor.gzipBytes
  console.log('JS requested by / until the network is idle (gzip -9):')
  console.log(`  app   ${kB(app.gzipBytes)} in ${app.files.length} files`)
  for (const file of app.files) console.log(`    ${file.file} ${kB(file.gzipBytes)}`)
  console.log(`  floor ${kB(floor.gzipBytes)} in ${floor.files.length} files`)
  const within = ratio <= MAX_RATIO_TO_FLOOR
  console.log(
    `ratio ${ratio.toFixed(3)}: ${within ? 'within' : 'OVER'} the budget of ${MAX_RATIO_TO_FLOOR}x the floor (${kB(floor.gzipBytes * MAX_RATIO_TO_FLOOR)})`,
  )
  process.exitCode = within ? 0 : 1
} finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
