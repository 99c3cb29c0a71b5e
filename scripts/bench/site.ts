import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { buildSite } from '../lib/site-build'

/** What building one dataset's site cost, and what it made. */
export type SiteBuild = {
  /** Wall time of the build, as `npm run build -- --data <file>` makes it, validation included. */
  seconds: number
  /** Its own account of its stages: "client built (1.5 s)", "50,256 pages prerendered (135 s)". */
  stages: string[]
  dist: DistSize
}

/** The output folder: every file's bytes, what they take on disk (in blocks), how many. */
export type DistSize = { bytes: number; diskBytes: number; files: number }

/**
 * Builds the site on `dataFile` into `outDir` as a data author does, with no SITE_URL (every
 * dataset built the same way), and times it; `log` gets what the build prints, line by line.
 */
export async function timedSiteBuild(
  dataFile: string,
  outDir: string,
  log: (line: string) => void,
): Promise<SiteBuild> {
  const started = performance.now()
  const stages: string[] = []
  await buildSite({
    datasetFile: dataFile,
    outDir,
    log: (line) => {
      log(line)
      const stage = /^build: (.+ \([\d.]+ s\))$/.exec(line)?.[1]
      if (stage) stages.push(stage)
    },
  })
  const seconds = (performance.now() - started) / 1000
  return { seconds, stages, dist: await distSize(outDir) }
}

export async function distSize(dir: string): Promise<DistSize> {
  const files = (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
  const total: DistSize = { bytes: 0, diskBytes: 0, files: files.length }
  for (let i = 0; i < files.length; i += 256) {
    for (const stats of await Promise.all(files.slice(i, i + 256).map((file) => stat(file)))) {
      total.bytes += stats.size
      total.diskBytes += stats.blocks * 512
    }
  }
  return total
}
