/**
 * Builds the site from a dataset: validates it (any problem stops the build, every problem
 * printed by path), builds the app, and prerenders every page with its own data.
 *
 *   npm run build [-- --data file] [-- --out dir] [-- --base /paddock/]
 *   SITE_URL=https://paddock.example npm run build
 */
import path from 'node:path'
import { readCommandLine } from './lib/command-line'
import { readDatasetFile } from './lib/read-dataset'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'
import { buildSite } from './lib/site-build'
import { parseSiteUrl } from '../src/seo/site-url'

const USAGE = `Usage: npm run build [-- options]

Validates the dataset, builds the app and prerenders every page into the output folder.
  --data <file>   the dataset (default: public/data/quotes.json)
  --out <dir>     the output folder (default: dist)
  --base <path>   the path the site is served under (default: /), e.g. /paddock/
Environment:
  SITE_URL        the site's origin, e.g. https://paddock.example: canonical URLs, Open Graph
                  and the sitemap need it, and are left out without it.`

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      name: 'build',
      usage: USAGE,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        base: { type: 'string' },
      },
    },
    ({ values }) => ({
      data: values.data === undefined ? SHIPPED_DATASET : path.resolve(values.data),
      outDir: path.resolve(values.out ?? path.join(REPO_ROOT, 'dist')),
      base: normalizeBase(values.base ?? '/'),
    }),
  )
  if (!commandLine.ok) return commandLine.exitCode
  const { data, outDir, base } = commandLine.options
  const label = path.relative(process.cwd(), data) || data

  const site = parseSiteUrl(process.env.SITE_URL)
  if (!site.ok) {
    console.error(`build: ${site.problem}`)
    return 1
  }
  const file = await readDatasetFile(data)
  if (!file.ok) {
    for (const problem of file.problems) console.error(`${label}: ${problem}`)
    console.error('build: stopped, the dataset must be valid first (docs/data-format.md)')
    return 1
  }
  console.log(`${label}: valid dataset (${file.summary})`)
  if (!site.origin)
    console.log('build: no SITE_URL: canonical URLs, Open Graph and sitemap left out')
  const started = performance.now()
  const { pages } = await buildSite({
    dataset: file.dataset,
    datasetText: file.text,
    outDir,
    base,
    siteUrl: site.origin,
    log: (line) => console.log(`build: ${line}`),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `build: ${pages.toLocaleString('en-GB')} pages in ${path.relative(process.cwd(), outDir) || outDir}/ in ${seconds} s`,
  )
  return 0
}

/** `/paddock` and `paddock/` mean `/paddock/`, as Vite's --base does. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

process.exitCode = await main()
