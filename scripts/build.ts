/**
 * Builds the site from a dataset: validates it (any problem stops the build, every problem
 * printed by path), builds the app, and prerenders every page with its own data.
 *
 *   npm run build [-- --data file] [-- --out dir] [-- --base /paddock/]
 *   SITE_URL=https://paddock.example npm run build
 */
import path from 'node:path'
import { readCommandLine } from './lib/command-line'
import { REPO_ROOT, SHIPPED_DATASET } from './lib/repo'
import { InvalidDatasetError, buildSite } from './lib/site-build'
import { parseSiteUrl } from '../src/seo/site-url'
import { parseLanguages } from './lib/page-languages'

const USAGE = `Usage: npm run build [-- options]

Validates the dataset, builds the app and prerenders every page into the output folder.
  --data <file>   the dataset (default: public/data/quotes.json)
  --out <dir>     the output folder (default: dist)
  --base <path>   the path the site is served under (default: /), e.g. /paddock/
  --languages <tags>
                  the interface languages to build, separated by commas, the first at the
                  base and each other under its own prefix (default: en,nl: English at /,
                  Dutch under /nl/); nl alone builds a Dutch-only site (docs/i18n.md)
  --precache-budget <bytes>
                  a site whose pages and data weigh at most this is precached whole by its
                  service worker on a first visit (default: 8000000; docs/offline.md)
Environment:
  SITE_URL        the site's origin, e.g. https://paddock.example: canonical URLs, Open Graph
                  and the sitemap need it, and are left out without it.
  LANGUAGES       as --languages, which wins over it.`

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    {
      name: 'build',
      usage: USAGE,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        base: { type: 'string' },
        'precache-budget': { type: 'string' },
        languages: { type: 'string' },
      },
    },
    ({ values }) => ({
      data: values.data === undefined ? SHIPPED_DATASET : path.resolve(values.data),
      outDir: path.resolve(values.out ?? path.join(REPO_ROOT, 'dist')),
      base: normalizeBase(values.base ?? '/'),
      precacheBudget:
        values['precache-budget'] === undefined ? undefined : Number(values['precache-budget']),
      languages: parseLanguages(values.languages ?? process.env.LANGUAGES),
    }),
  )
  if (!commandLine.ok) return commandLine.exitCode
  const { data, outDir, base, precacheBudget, languages } = commandLine.options
  if (!languages.ok) {
    console.error(`build: ${languages.problem}`)
    return 1
  }
  if (precacheBudget !== undefined && !(precacheBudget >= 0)) {
    console.error('build: --precache-budget must be a number of bytes')
    return 1
  }

  const site = parseSiteUrl(process.env.SITE_URL)
  if (!site.ok) {
    console.error(`build: ${site.problem}`)
    return 1
  }
  try {
    await buildSite({
      datasetFile: data,
      outDir,
      base,
      siteUrl: site.origin,
      precacheBudget,
      languages: languages.languages,
      log: console.log,
    })
    return 0
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error
    for (const problem of error.problems) console.error(`${error.file}: ${problem}`)
    console.error('build: stopped, the dataset must be valid first (docs/data-format.md)')
    return 1
  }
}

/** `/paddock` and `paddock/` mean `/paddock/`, as Vite's --base does. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

process.exitCode = await main()
