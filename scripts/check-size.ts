/**
 * The size budget `npm test` enforces: builds the app and the floor app (the same four
 * libraries, nothing else), prints the gzip size of the JS each loads first, and fails when
 * the app's is over MAX_RATIO_TO_FLOOR times the floor's.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { initialJs } from './lib/js-size'
import { MAX_RATIO_TO_FLOOR, buildAppInto, buildFloorInto } from './lib/size-budget'

const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-size-'))
try {
  await buildAppInto(path.join(work, 'app'))
  await buildFloorInto(path.join(work, 'floor'))
  const app = initialJs(path.join(work, 'app'))
  const floor = initialJs(path.join(work, 'floor'))
  const ratio = app.gzipBytes / floor.gzipBytes
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  console.log(`initial JS of /: app ${kB(app.gzipBytes)} gzip, floor ${kB(floor.gzipBytes)} gzip`)
  for (const file of app.files) console.log(`  ${file.file} ${kB(file.gzipBytes)}`)
  const verdict = ratio <= MAX_RATIO_TO_FLOOR ? 'within' : 'OVER'
  console.log(
    `ratio ${ratio.toFixed(3)}: ${verdict} the budget of ${MAX_RATIO_TO_FLOOR}x the floor`,
  )
  process.exitCode = ratio <= MAX_RATIO_TO_FLOOR ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
