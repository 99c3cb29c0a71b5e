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
import { startHarness } from './lib/harness'
import { SHIPPED_DATASET } from './lib/repo'
import { buildSite } from './lib/site-build'
import {
  MAX_FONT_BYTES_PER_VIEW,
  MAX_RATIO_TO_FLOOR,
  buildFloorInto,
  fontsOfFirstViews,
  jsOfHome,
  waitForFloor,
} from './lib/size-budget'
import { paths } from '../src/urls/paths'

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-size-'))
const harness = await startHarness()
try {
  const appDir = path.join(work, 'app')
  const floorDir = path.join(work, 'floor')
  const { dataset } = await buildSite({ datasetFile: SHIPPED_DATASET, outDir: appDir })
  await buildFloorInto(floorDir)
  const appSite = await harness.serve(appDir)
  const floorSite = await harness.serve(floorDir)
  const app = await jsOfHome(harness.browser, appSite.origin, appDir)
  const floor = await jsOfHome(harness.browser, floorSite.origin, floorDir, waitForFloor)
  await floorSite.stop()
  const ratio = app.gzipBytes / floor.gzipBytes
  console.log('JS requested by / until the network is idle (gzip -9):')
  console.log(`  app   ${kB(app.gzipBytes)} in ${app.files.length} files`)
  for (const file of app.files) console.log(`    ${file.file} ${kB(file.gzipBytes)}`)
  console.log(`  floor ${kB(floor.gzipBytes)} in ${floor.files.length} files`)
  const within = ratio <= MAX_RATIO_TO_FLOOR
  console.log(
    `ratio ${ratio.toFixed(3)}: ${within ? 'within' : 'OVER'} the budget of ${MAX_RATIO_TO_FLOOR}x the floor (${kB(floor.gzipBytes * MAX_RATIO_TO_FLOOR)})`,
  )

  // Fonts: what the first view of each page type with quotes downloads (a new visitor).
  const firstQuote = dataset.quotes[0]
  const views = await fontsOfFirstViews(harness.browser, appSite.origin, appDir, [
    paths.explorer(),
    ...(firstQuote ? [paths.driver(firstQuote.speakerId), paths.quote(firstQuote.id)] : []),
  ])
  console.log(`Fonts a first view downloads (budget ${kB(MAX_FONT_BYTES_PER_VIEW)} each):`)
  let fontsWithin = true
  for (const view of views) {
    const ok = view.bytes <= MAX_FONT_BYTES_PER_VIEW
    fontsWithin &&= ok
    const list = view.files.map((file) => `${file.file} ${kB(file.bytes)}`).join(', ')
    console.log(`  ${view.path}: ${kB(view.bytes)}${ok ? '' : ' OVER'} (${list || 'none'})`)
  }
  process.exitCode = within && fontsWithin ? 0 : 1
} finally {
  await harness.close()
  rmSync(work, { recursive: true, force: true })
}
