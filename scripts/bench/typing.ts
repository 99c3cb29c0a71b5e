/**
 * Typing in the explorer, alone (issue 22, "typing stays instant on a phone"): on a built site,
 * on the phone profile (or desktop), types each planted search term as a reader does and times
 *
 * - its first letter, from the keystroke to the frame with that letter's right count and page
 *   (the engine started, as after a first look at the page, nothing of the search read yet);
 * - its last letter, warm after the first ones: the bench's own step (explorer-steps.ts);
 * - the longest main-thread task and animation frame from the first keystroke to the last frame.
 *
 *   npx tsx scripts/bench/typing.ts --site DIR --data FILE [--runs 5] [--profile phone|phone-cpu|desktop]
 *
 * DIR is a build of FILE (npm run build -- --data FILE --out DIR); FILE has the generator's
 * planted terms (npm run generate), which the counts to expect are computed from.
 */
import { readFileSync } from 'node:fs'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { validateDataset } from '../../src/dataset/validate-dataset'
import { exploreIndex } from '../../src/search/explore'
import { filtersFrom } from '../../src/urls/explorer-params'
import { plural } from '../../src/format/labels'
import { SEARCH_TERMS } from '../generate/search-terms'
import { startHarness } from '../lib/harness'
import { readCommandLine, UsageError } from '../lib/command-line'
import { clearSearch, typeSearch } from './explorer-steps'
import { loadPage, openTab } from './load'
import { latencyOf, waitForTiming } from './page-steps'
import { DESKTOP, PHONE } from './profiles'
import { format } from './numbers'

const USAGE = `Usage: npx tsx scripts/bench/typing.ts --site DIR --data FILE [--runs N] [--profile phone|phone-cpu|desktop]`

const commandLine = readCommandLine(
  {
    name: 'typing',
    usage: USAGE,
    options: {
      site: { type: 'string' },
      data: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'string' },
    },
  },
  ({ values }) => {
    if (!values.site || !values.data) throw new UsageError('--site and --data are needed')
    const runs = Number(values.runs ?? 5)
    if (!(runs >= 1)) throw new UsageError('--runs: a number, 1 or more')
    // `phone-cpu`: the phone with its 4x slower CPU but no network throttling, to tell the
    // main thread's part of a keystroke from the round trips' (the files are local).
    const profiles = {
      phone: PHONE,
      desktop: DESKTOP,
      'phone-cpu': { ...PHONE, network: undefined, summary: `${PHONE.summary}, network not` },
    }
    const profile =
      profiles[
        values.profile === 'desktop' || values.profile === 'phone-cpu' ? values.profile : 'phone'
      ]
    return { site: values.site, data: values.data, runs, profile }
  },
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const { site, data, runs, profile } = commandLine.options

const checked = validateDataset(JSON.parse(readFileSync(data, 'utf8')))
if (!checked.ok) throw new Error(`${data}: ${checked.problems[0]}`)
const index = buildDatasetIndex(checked.dataset)
const total = index.quotes.length
const countText = (q: string) =>
  `${plural(exploreIndex(index, filtersFrom({ q })).results.length, 'quote')} of ${total.toLocaleString('en-GB')}`
const unfiltered = plural(total, 'quote')
const terms = Object.values(SEARCH_TERMS).map(({ term }) => ({
  term,
  letter: countText(term.slice(0, 1)),
  prefix: countText(term.slice(0, -1)),
  final: countText(term),
}))

type Sample = { firstMs: number; lastMs: number; longTaskMs: number; longFrameMs: number }
const samples = new Map<string, Sample[]>(terms.map(({ term }) => [term, []]))

const harness = await startHarness()
try {
  const app = await harness.serve(site)
  for (let run = 0; run <= runs; run++) {
    const tab = await openTab(harness.browser, profile)
    try {
      const { page } = tab
      await loadPage(tab, `${app.origin}/`, true)
      await page.evaluate(() => window.__bench?.findStatus())
      for (const search of terms) {
        const box = page.getByLabel('Search quotes')
        await box.focus()
        const start = await page.evaluate(() => performance.now())
        await page.evaluate((text) => window.__bench?.arm(text), search.letter)
        await page.keyboard.type(search.term.slice(0, 1))
        const first = await latencyOf(page, start, await waitForTiming(page, search.letter))
        const last = await typeSearch(page, { ...search, kind: 'rare' }, 1)
        // Run 0 warms the server and the browser's caches, as the bench's warm-up run does.
        if (run > 0) {
          samples.get(search.term)?.push({
            firstMs: first.ms,
            lastMs: last.ms,
            longTaskMs: Math.max(first.longTaskMs, last.longTaskMs),
            longFrameMs: Math.max(first.longFrameMs, last.longFrameMs),
          })
        }
        await clearSearch(page, unfiltered)
      }
    } finally {
      await tab.context.close()
    }
  }
} finally {
  await harness.close()
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
console.log(`typing on ${profile.name} (${profile.summary}), ${total} quotes, ${runs} runs`)
for (const [term, runsOf] of samples) {
  const row = (key: keyof Sample) =>
    `${format(median(runsOf.map((s) => s[key])))} (${runsOf.map((s) => format(s[key])).join('/')})`
  console.log(`  "${term}": first letter ${row('firstMs')} ms, last letter ${row('lastMs')} ms`)
  console.log(`    longest task ${row('longTaskMs')} ms, longest frame ${row('longFrameMs')} ms`)
}
