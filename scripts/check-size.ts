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
import {
  MAX_FONT_BYTES_PER_VIEW,
  MAX_RATIO_TO_FLOOR,
  buildFloorInto,
  fontsOfFirstViews,
  jsOfHome,
} from './lib/size-budget'
import { readDatasetFile } from './lib/read-dataset'
import { SHIPPED_DATASET } from './lib/repo'
import { paths } from '../src/urls/paths'

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

  // Fonts: what the first view of each page type with quotes downloads (a new visitor).
  const read = await readDatasetFile(SHIPPED_DATASET)
  if (!read.ok) throw new Error('the shipped dataset is not valid: npm run validate:data')
  const { quotes } = read.dataset
  const firstQuote = quotes[0]
  const views = await fontsOfFirstViews(
    browser,
    appDir,
    [
      paths.explorer(),
      ...(firstQuote ? [paths.driver(firstQuote.speakerId), paths.quote(firstQuote.id)] : []),
    ],
    APP_HYDRATED,
  )
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
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
