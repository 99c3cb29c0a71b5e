/**
 * Saves screenshots of the production build in dist/, light and dark, phone and desktop:
 * `npm run screenshots [-- --out dir] [-- path ...]`. The npm script builds it first with
 * scripts/build.ts (the shipped dataset, as `npm run build`).
 */
import { mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readCommandLine } from './lib/command-line'
import { startHarness, waitForApp } from './lib/harness'
import { REPO_ROOT } from './lib/repo'

const USAGE = `Usage: npm run screenshots [-- --out DIR] [-- path ...]

Builds the site (scripts/build.ts), then saves light and dark, phone and desktop screenshots of each path
(default: the explorer, a driver, a race, the matrix and a quote) to DIR (default: docs/screenshots).`

const commandLine = readCommandLine(
  {
    name: 'screenshots',
    usage: USAGE,
    options: { out: { type: 'string' } },
    positionals: true,
  },
  ({ values, positionals }) => ({
    outDir: values.out ?? relative(process.cwd(), join(REPO_ROOT, 'docs', 'screenshots')),
    requested: positionals,
  }),
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const { outDir, requested } = commandLine.options

const pages: { name: string; path: string }[] = requested.length
  ? requested.map((path) => ({
      name: path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home',
      path,
    }))
  : [
      { name: 'explorer', path: '/' },
      { name: 'driver', path: '/drivers/pierre-gasly' },
      { name: 'race', path: '/races/le-mans' },
      { name: 'matrix', path: '/races' },
      { name: 'quote', path: '/quotes/vergne-hopes-gasly-does-le-mans' },
    ]
const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]
const schemes = ['light', 'dark'] as const

mkdirSync(outDir, { recursive: true })
const harness = await startHarness()
try {
  const server = await harness.serve()
  for (const page of pages) {
    for (const viewport of viewports) {
      for (const colorScheme of schemes) {
        const context = await harness.browser.newContext({
          viewport,
          colorScheme,
          reducedMotion: 'reduce',
        })
        const tab = await context.newPage()
        await tab.goto(`${server.origin}${page.path}`)
        // The prerendered page, once the app has taken it over.
        await waitForApp(tab)
        const file = join(outDir, `${page.name}-${viewport.name}-${colorScheme}.png`)
        await tab.screenshot({ path: file, fullPage: true })
        console.log(file)
        await context.close()
      }
    }
  }
} finally {
  await harness.close()
}
