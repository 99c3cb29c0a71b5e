/**
 * One download of an explorer view, timed in Chromium against a built site (docs/explorer-index.md,
 * "Downloads"): from the click to the saved file, what it fetched (files, bytes as sent), and the
 * longest main-thread task meanwhile, from a performance trace and from the page's long tasks.
 *
 *   npx tsx scripts/download-bench.ts --site /tmp/site --view '/?from=2013' [--format json]
 *     [--profile phone] [--runs 3]
 */
import { readFileSync, statSync } from 'node:fs'
import type { Browser, Request } from '@playwright/test'
import { UsageError, readCommandLine } from './lib/command-line'
import { startHarness, waitForApp } from './lib/harness'
import { openTab } from './bench/load'
import { STEP_TIMEOUT } from './bench/page-steps'
import { DESKTOP, PHONE, type Profile } from './bench/profiles'

const USAGE = `Usage: npx tsx scripts/download-bench.ts --site DIR --view PATH [options]

Serves the built site in DIR, opens PATH (an explorer address) and downloads its results,
timing it in Chromium: seconds from the click to the file, the data files fetched and their
bytes as sent (gzip), and the longest main-thread task meanwhile.
  --format csv|json      the file's format (default csv)
  --profile desktop|phone  (default desktop; phone: 4x CPU slowdown, slow 4G)
  --runs N               downloads, each in a fresh tab (default 1)`

type Options = {
  site: string
  view: string
  format: 'CSV' | 'JSON'
  profile: Profile
  runs: number
}

function readOptions() {
  return readCommandLine(
    {
      name: 'download-bench',
      usage: USAGE,
      options: {
        site: { type: 'string' },
        view: { type: 'string' },
        format: { type: 'string' },
        profile: { type: 'string' },
        runs: { type: 'string' },
      },
    },
    ({ values }): Options => {
      if (!values.site || !values.view) throw new UsageError('--site and --view are needed')
      const format = (values.format ?? 'csv').toUpperCase()
      if (format !== 'CSV' && format !== 'JSON') throw new UsageError('--format: csv or json')
      const profile = values.profile === 'phone' ? PHONE : DESKTOP
      const runs = Number(values.runs ?? 1)
      if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs: a whole number >= 1')
      return { site: values.site, view: values.view, format, profile, runs }
    },
  )
}

type Run = {
  seconds: number
  blocks: number
  otherData: string[]
  sentBytes: number
  fileBytes: number
  longestTaskMs: { wall: number; cpu: number }
  longTasks: number
}

/** dur: wall time; tdur: the thread's own time, which a busy machine's other work does not add to. */
type TraceEvent = {
  name: string
  pid: number
  tid: number
  dur: number
  tdur: number
  thread?: string
}

function traceEventsOf(json: unknown): TraceEvent[] {
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null
  const events = isRecord(json) && Array.isArray(json.traceEvents) ? json.traceEvents : []
  return events.flatMap((event: unknown): TraceEvent[] => {
    if (!isRecord(event) || typeof event.name !== 'string') return []
    if (typeof event.pid !== 'number' || typeof event.tid !== 'number') return []
    const dur = typeof event.dur === 'number' ? event.dur : 0
    const tdur = typeof event.tdur === 'number' ? event.tdur : 0
    const thread =
      isRecord(event.args) && typeof event.args.name === 'string' ? event.args.name : undefined
    return [{ name: event.name, pid: event.pid, tid: event.tid, dur, tdur, thread }]
  })
}

/** The longest task on a page's main thread in a Chromium trace, in ms: wall and thread time. */
function longestTraced(trace: Buffer): { wall: number; cpu: number } {
  const events = traceEventsOf(JSON.parse(trace.toString('utf8')))
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.thread === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const longest = { wall: 0, cpu: 0 }
  for (const event of events) {
    if (event.name !== 'RunTask' || !mains.has(`${event.pid}:${event.tid}`)) continue
    longest.wall = Math.max(longest.wall, event.dur / 1000)
    longest.cpu = Math.max(longest.cpu, event.tdur / 1000)
  }
  return longest
}

async function downloadOnce(browser: Browser, origin: string, options: Options): Promise<Run> {
  const tab = await openTab(browser, options.profile)
  const { page } = tab
  try {
    await page.goto(`${origin}${options.view}`, { timeout: STEP_TIMEOUT })
    await waitForApp(page, STEP_TIMEOUT)
    const offer = page.getByText(/^Download (these [\d,]+ quotes|this quote):/)
    await offer.waitFor({ timeout: STEP_TIMEOUT })
    await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT })

    const finished: Request[] = []
    page.on('requestfinished', (request) => void finished.push(request))
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    })
    const started = await page.evaluate(() => performance.now())
    const downloading = page.waitForEvent('download', { timeout: STEP_TIMEOUT })
    await page.getByRole('button', { name: `Download ${options.format}` }).click()
    const download = await downloading
    const ended = await page.evaluate(() => performance.now())
    const trace = await browser.stopTracing()
    const file = await download.path()

    const data = await Promise.all(
      finished
        .filter((request) => new URL(request.url()).pathname.includes('/data/'))
        .map(async (request) => ({
          path: new URL(request.url()).pathname,
          sent: (await request.sizes()).responseBodySize,
        })),
    )
    const isBlock = (path: string) => /\/data\/explorer\/[0-9a-f]+\/r\/\d+\.json$/.test(path)
    const longest = await page.evaluate(
      ([from, to]) => [
        window.__bench?.longestTask(from, to) ?? 0,
        window.__bench?.longestFrame(from, to) ?? 0,
      ],
      [started, ended] as const,
    )
    return {
      seconds: (ended - started) / 1000,
      blocks: data.filter(({ path }) => isBlock(path)).length,
      otherData: data.filter(({ path }) => !isBlock(path)).map(({ path }) => path),
      sentBytes: data.reduce((sum, { sent }) => sum + sent, 0),
      fileBytes: statSync(file).size,
      longestTaskMs: longestTraced(trace),
      longTasks: Math.max(...longest),
    }
  } finally {
    await tab.context.close()
  }
}

async function main(): Promise<number> {
  const commandLine = readOptions()
  if (!commandLine.ok) return commandLine.exitCode
  const options = commandLine.options
  readFileSync(`${options.site}/index.html`)
  const harness = await startHarness()
  try {
    const site = await harness.serve(options.site)
    console.log(`${options.view}, ${options.format}, ${options.profile.summary}`)
    for (let run = 1; run <= options.runs; run++) {
      const r = await downloadOnce(harness.browser, site.origin, options)
      const kB = (bytes: number) =>
        `${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 0 })} kB`
      console.log(
        [
          `run ${run}: ${r.seconds.toFixed(2)} s`,
          `${r.blocks.toLocaleString('en-GB')} record blocks`,
          `other data: ${r.otherData.join(' ') || 'none'}`,
          `${kB(r.sentBytes)} sent`,
          `file ${kB(r.fileBytes)}`,
          `longest main-thread task ${r.longestTaskMs.wall.toFixed(0)} ms, ${r.longestTaskMs.cpu.toFixed(1)} ms of CPU (trace)`,
          `longest long task or frame ${r.longTasks.toFixed(0)} ms (0: none over 50)`,
        ].join(', '),
      )
    }
    return 0
  } finally {
    await harness.close()
  }
}

process.exitCode = await main()
