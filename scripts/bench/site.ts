import { spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { REPO_ROOT } from '../lib/repo'

/** What building one dataset's site cost, and what it made. */
export type SiteBuild = {
  /** Wall time of `npm run build -- --data <file> --out <dir>`, validation included. */
  seconds: number
  /** Its own account of its stages: "client built (1.5 s)", "50,256 pages prerendered (135 s)". */
  stages: string[]
  dist: DistSize
}

/** The output folder: every file's bytes, what they take on disk (in blocks), how many. */
export type DistSize = { bytes: number; diskBytes: number; files: number }

const TSX = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/**
 * Builds the site on `dataFile` into `outDir` as a data author does, with scripts/build.ts in
 * a process of its own, and times it; `log` gets its output line by line.
 */
export async function buildSiteOf(
  dataFile: string,
  outDir: string,
  log: (line: string) => void,
): Promise<SiteBuild> {
  const started = performance.now()
  const stages: string[] = []
  const args = [TSX, path.join('scripts', 'build.ts'), '--data', dataFile, '--out', outDir]
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No SITE_URL from the caller's shell: every dataset is built the same way.
    env: { ...process.env, SITE_URL: '' },
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let pending = ''
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      log(line)
      const stage = /^build: (.+ \([\d.]+ s\))$/.exec(line)?.[1]
      if (stage) stages.push(stage)
    }
  })
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  })
  if (code !== 0) throw new Error(`scripts/build.ts exited with ${code}:\n${stderr.trim()}`)
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
