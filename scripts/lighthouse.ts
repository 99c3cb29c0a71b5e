/**
 * Lighthouse (mobile preset, its default) on the production build: `/` and a driver page.
 * `npm run lighthouse [-- path ...]`. Prints the four category scores and what fell short.
 * Uses Debian's Chromium (CHROME_PATH), started by Lighthouse with the flags below.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { readCommandLine } from './lib/command-line'
import { startPreview } from './lib/preview-server'
import { REPO_ROOT } from './lib/repo'
import { buildAppInto } from './lib/size-budget'

type Audit = { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
type Report = {
  categories: Record<string, { score: number | null }>
  audits: Record<string, Audit>
}

const USAGE = `Usage: npm run lighthouse [-- path ...]

Builds the app, then runs Lighthouse (mobile preset) on each path (default: / and
/drivers/pierre-gasly) and prints the category scores and the audits that fell short.`

const commandLine = readCommandLine(
  { name: 'lighthouse', usage: USAGE, options: {}, positionals: true },
  ({ positionals }) => (positionals.length ? positionals : ['/', '/drivers/pierre-gasly']),
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const paths = commandLine.options

const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-lh-'))
const outDir = path.join(work, 'dist')
await buildAppInto(outDir)
const server = await startPreview({ outDir })
try {
  for (const page of paths) {
    const output = path.join(work, 'report.json')
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ')
    execFileSync(
      path.join(REPO_ROOT, 'node_modules', '.bin', 'lighthouse'),
      [
        `${server.origin}${page}`,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=${flags}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: 'inherit' },
    )
    const report: Report = JSON.parse(readFileSync(output, 'utf8'))
    const scores = Object.entries(report.categories)
      .map(([name, { score }]) => `${name} ${Math.round((score ?? 0) * 100)}`)
      .join(', ')
    console.log(`${page}: ${scores}`)
    for (const audit of Object.values(report.audits)) {
      const scored = audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'binary'
      if (scored && audit.score !== null && audit.score < 1) {
        console.log(`  ${audit.id}: ${audit.score.toFixed(2)} ${audit.displayValue ?? ''}`)
      }
    }
  }
} finally {
  await server.stop()
  rmSync(work, { recursive: true, force: true })
}
