/**
 * The scale check: does every page type stay usable from a corpus of 2,000 quotes by 750
 * speakers with no teams or races to a newsroom's 50,000 quotes by 1,000 drivers?
 *
 *   npm run check:scale [-- --quotes 5000] [-- --only speakers] [-- --screenshots /tmp/shots]
 *
 * For each corpus (scripts/generate/shapes.ts SHAPES) it generates the dataset into a temporary
 * folder, builds the site from it as `npm run build -- --data` does, serves it, and in
 * headless Chromium opens one page of every type, the busiest of its kind (scripts/scale/pages.ts),
 * at 1280 and 320 px wide. It prints a table and exits 1 if any page shows more than 200 quotes or
 * 4,000 DOM elements, scrolls sideways at 320 px, has an axe violation in light or dark, or
 * does not answer as it should.
 */
import type { Browser } from '@playwright/test'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateDataset, serializeDataset } from './generate/dataset'
import { SHAPES, type Shape } from './generate/shapes'
import { UsageError, readCommandLine } from './lib/command-line'
import { startHarness, type Harness } from './lib/harness'
import { buildSite } from './lib/site-build'
import { measurePage, screenshot, type AxeRun, type Measurement } from './scale/measure'
import { pagesOf, type ScalePage } from './scale/pages'
import { failuresOf, formatReport } from './scale/report'

const SEED = 1
const CORPORA: readonly Shape[] = ['newsroom', 'speakers']
/** The width of the screenshots: a phone's. */
const SHOT_WIDTH = 390

const USAGE = `Usage: npm run check:scale [-- options]

Builds the site from a 50,000-quote newsroom dataset and from a 2,000-quote corpus of speakers
with no teams or races, and checks one page of every type of each in Chromium: at most 200
quotes and 4,000 DOM elements, no sideways scrolling at 320 px, no axe violations (light, dark).
Axe is not run on a page of over 20,000 DOM elements: it takes minutes there, and the page fails
on its size anyway. Prints a table per corpus; exits 1 if any page fails, and says why.
  --quotes N           quotes in the newsroom dataset (default ${SHAPES.newsroom.quotes.toLocaleString('en-GB')})
  --only SHAPE         check one corpus only: ${CORPORA.join(' or ')}
  --screenshots DIR    also save ${SHOT_WIDTH} px screenshots of /, /teams, /races and a driver page
  --keep               keep the datasets and built sites (their folder is printed)`

type Options = { quotes: number; only?: Shape; screenshots?: string; keep: boolean }

function readOptions(): { ok: true; options: Options } | { ok: false; exitCode: number } {
  return readCommandLine(
    {
      name: 'check-scale',
      usage: USAGE,
      options: {
        quotes: { type: 'string' },
        only: { type: 'string' },
        screenshots: { type: 'string' },
        keep: { type: 'boolean' },
      },
    },
    ({ values }) => {
      const quotes = Number(values.quotes ?? SHAPES.newsroom.quotes)
      if (!Number.isInteger(quotes) || quotes < 1)
        throw new UsageError('--quotes: a whole number >= 1')
      const only = CORPORA.find((shape) => shape === values.only)
      if (values.only !== undefined && !only) {
        throw new UsageError(`--only: ${CORPORA.join(' or ')}, not '${values.only}'`)
      }
      const screenshots = values.screenshots ? path.resolve(values.screenshots) : undefined
      return { quotes, only, screenshots, keep: values.keep === true }
    },
  )
}

type CorpusResult = { shape: Shape; failed: boolean }

async function checkCorpus(
  harness: Harness,
  shape: Shape,
  quotes: number,
  options: Options & { dir: string },
): Promise<CorpusResult> {
  const title = `${shape}: ${quotes.toLocaleString('en-GB')} quotes`
  const started = performance.now()
  const dataset = generateDataset({ quotes, seed: SEED, shape })
  const file = path.join(options.dir, `${shape}.json`)
  writeFileSync(file, serializeDataset(dataset))
  const { drivers, teams, races, sources } = dataset
  console.log(
    `\n${title}, ${drivers.length} drivers, ${teams.length} teams, ${races.length} races, ${sources.length} sources`,
  )
  const outDir = path.join(options.dir, `${shape}-site`)
  try {
    const buildStarted = performance.now()
    await buildSite({
      datasetFile: file,
      outDir,
      log: (line) => {
        if (/^build: .*\(([\d.]+) s\)$|^build: [\d,]+ pages/.test(line)) console.log(`  ${line}`)
      },
    })
    const buildSeconds = (performance.now() - buildStarted) / 1000
    console.log(`  ${shape}: built in ${buildSeconds.toFixed(1)} s`)
  } catch (error) {
    console.log(
      `${title}: FAIL, the build failed:\n${error instanceof Error ? error.message : String(error)}`,
    )
    return { shape, failed: true }
  }
  const pages = pagesOf(dataset)
  const { browser } = harness
  const server = await harness.serve(outDir)
  const measurements: Measurement[] = []
  try {
    for (const page of pages) {
      const pageStarted = performance.now()
      const measured = await measurePage(browser, server.origin, page)
      const took = ((performance.now() - pageStarted) / 1000).toFixed(1)
      const verdict = failuresOf(measured).length > 0 ? 'fails' : 'ok'
      const axe = (run: AxeRun) => ('failed' in run ? '?' : run.violations.length)
      console.log(
        `  measured ${page.path} in ${took} s: ${measured.quotes} quotes, ${measured.elements} elements, ${measured.overflow} px overflow, axe ${axe(measured.axe.light)}/${axe(measured.axe.dark)}: ${verdict}`,
      )
      measurements.push(measured)
    }
    if (options.screenshots)
      await screenshots(browser, server.origin, shape, pages, options.screenshots)
  } finally {
    await server.stop()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(`\n${formatReport(`${title} (checked in ${seconds} s)`, measurements)}`)
  return { shape, failed: measurements.some((m) => failuresOf(m).length > 0) }
}

async function screenshots(
  browser: Browser,
  origin: string,
  shape: Shape,
  pages: readonly ScalePage[],
  dir: string,
) {
  mkdirSync(dir, { recursive: true })
  const wanted: [string, ScalePage | undefined][] = [
    ['home', pages.find((p) => p.path === '/')],
    ['teams', pages.find((p) => p.path === '/teams')],
    ['races', pages.find((p) => p.path === '/races')],
    ['driver', pages.find((p) => p.label.startsWith('driver (busiest'))],
  ]
  for (const [name, page] of wanted) {
    if (!page) continue
    const file = path.join(dir, `${shape}-${name}.png`)
    await screenshot(browser, origin, page, SHOT_WIDTH, file)
    console.log(`  saved ${file} (${page.path})`)
  }
}

async function main(): Promise<number> {
  const commandLine = readOptions()
  if (!commandLine.ok) return commandLine.exitCode
  const options = commandLine.options
  const started = performance.now()
  const dir = mkdtempSync(path.join(tmpdir(), 'paddock-scale-'))
  const harness = await startHarness()
  const results: CorpusResult[] = []
  try {
    for (const shape of CORPORA) {
      if (options.only && options.only !== shape) continue
      const quotes = shape === 'newsroom' ? options.quotes : SHAPES[shape].quotes
      results.push(await checkCorpus(harness, shape, quotes, { ...options, dir }))
    }
  } finally {
    await harness.close()
    if (options.keep) console.log(`\nkept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const failed = results.filter((r) => r.failed).map((r) => r.shape)
  console.log(
    failed.length > 0
      ? `\ncheck:scale: FAIL (${failed.join(', ')}) in ${seconds} s`
      : `\ncheck:scale: every page within budget in ${seconds} s`,
  )
  return failed.length > 0 ? 1 : 0
}

process.exitCode = await main()
