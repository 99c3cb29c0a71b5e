/**
 * Lighthouse (mobile preset, its default) on the production build, built as `npm run build`
 * builds it: `/`, a driver page and a quote page. `npm run lighthouse [-- --data file] [-- path ...]`.
 * Prints the four category scores and what fell short. Uses Debian's Chromium (CHROME_PATH),
 * started by Lighthouse with the flags below.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { readCommandLine } from './lib/command-line'
import { serveSite } from './lib/harness'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'
import { buildSite } from './lib/site-build'
import { paths } from '../src/urls/paths'

type Audit = { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
type Report = {
  categories: Record<string, { score: number | null }>
  audits: Record<string, Audit>
}

const USAGE = `Usage: npm run lighthouse [-- --data file] [-- path ...]

Builds the site on the dataset (default: public/data/quotes.json), then runs Lighthouse (mobile
preset) on each path (default: /, /drivers/pierre-gasly or the first driver's page, and the first
quote's page) and prints the category scores and the audits that fell short.`

const commandLine = readCommandLine(
  {
    name: 'lighthouse',
    usage: USAGE,
    options: { data: { type: 'string' } },
    positionals: true,
  },
  ({ values, positionals }) => ({
    data: values.data === undefined ? SHIPPED_DATASET : path.resolve(values.data),
    requested: positionals,
  }),
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const { data, requested } = commandLine.options

const work = mkdtempSync(path.join(os.tmpdir(), 'paddock-lh-'))
const outDir = path.join(work, 'dist')
const { dataset } = await buildSite({ datasetFile: data, outDir })
const driver = dataset.drivers.find((d) => d.id === 'pierre-gasly') ?? dataset.drivers[0]
const quote = dataset.quotes[0]
const pages = requested.length
  ? requested
  : ['/', driver && paths.driver(driver.id), quote && paths.quote(quote.id)].filter(
      (page): page is string => Boolean(page),
    )
const server = await serveSite(outDir)
try {
  for (const page of pages) {
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
