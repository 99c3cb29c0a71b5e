/**
 * Lighthouse (mobile preset, its default) on the production build, built as `npm run build`
 * builds it: `/`, a driver page and a quote page. `npm run lighthouse [-- --data file] [-- path ...]`.
 * Prints the four category scores and what fell short. Uses Debian's Chromium (CHROME_PATH),
 * started by Lighthouse with the flags below. `--runs N` runs each page N times;
 * `--without-worker` also runs each on a copy of the same build without the service worker's
 * registration, alternately, to show what the worker costs (docs/offline.md).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium'
import { readCommandLine, UsageError } from './lib/command-line'
import { serveSite } from './lib/harness'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'
import { buildSite } from './lib/site-build'
import { copyWithoutWorker } from './lib/without-worker'
import { paths } from '../src/urls/paths'

type Audit = { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
type Report = {
  categories: Record<string, { score: number | null }>
  audits: Record<string, Audit>
}

const USAGE = `Usage: npm run lighthouse [-- --data file] [-- --runs N] [-- --without-worker] [-- path ...]

Builds the site on the dataset (default: public/data/quotes.json), then runs Lighthouse (mobile
preset) on each path (default: /, /drivers/pierre-gasly or the first driver's page, and the first
quote's page) and prints the category scores and the audits that fell short.

  --runs N            run each path N times (default 1)
  --without-worker    also run each path on the same build without the service worker, alternately`

const commandLine = readCommandLine(
  {
    name: 'lighthouse',
    usage: USAGE,
    options: {
      data: { type: 'string' },
      runs: { type: 'string' },
      'without-worker': { type: 'boolean' },
    },
    positionals: true,
  },
  ({ values, positionals }) => {
    const runs = Number(values.runs ?? 1)
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs takes a whole number ≥ 1')
    return {
      data: values.data === undefined ? SHIPPED_DATASET : path.resolve(values.data),
      runs,
      withoutWorker: values['without-worker'] === true,
      requested: positionals,
    }
  },
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const { data, runs, withoutWorker, requested } = commandLine.options

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
/** One Lighthouse run of `url`: its report. */
function lighthouse(url: string): Report {
  const output = path.join(work, 'report.json')
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ')
  execFileSync(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'lighthouse'),
    [url, '--quiet', '--output=json', `--output-path=${output}`, `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: 'inherit' },
  )
  return JSON.parse(readFileSync(output, 'utf8'))
}

const score = (report: Report, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100)

const sites = [{ name: '', server: await serveSite(outDir) }]
if (withoutWorker) {
  const copy = path.join(work, 'without-worker')
  copyWithoutWorker(outDir, copy)
  sites.push({ name: ' (without the worker)', server: await serveSite(copy) })
}
try {
  for (const page of pages) {
    for (let run = 0; run < runs; run++) {
      for (const { name, server } of sites) {
        const report = lighthouse(`${server.origin}${page}`)
        const scores = Object.keys(report.categories)
          .map((category) => `${category} ${score(report, category)}`)
          .join(', ')
        const blocking = report.audits['total-blocking-time']?.displayValue ?? '?'
        console.log(`${page}${name}: ${scores}; total blocking time ${blocking}`)
        for (const audit of Object.values(report.audits)) {
          const scored = audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'binary'
          if (scored && audit.score !== null && audit.score < 1) {
            console.log(`  ${audit.id}: ${audit.score.toFixed(2)} ${audit.displayValue ?? ''}`)
          }
        }
      }
    }
  }
} finally {
  for (const { server } of sites) await server.stop()
  rmSync(work, { recursive: true, force: true })
}
