import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'vite'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileSite, emptyPageData } from '../../src/page-data/compile-site'
import { isListedPage } from '../../src/urls/url-table'
import type { Dataset } from '../../src/dataset/schema'
import { quoteFilesOf } from '../../src/page-data/quote-files'
import { EXPLORER_INDEX_DIR, indexFolderOf, startExplorerIndex } from './explorer-index'
import { withFontPreloads } from './page-document'
import { checkPolicy, readPageHeads } from './page-head'
import { withAppHead } from './app-manifest'
import { writeOfflineFiles } from './service-worker'
import { readDatasetFile } from './read-dataset'
import { writeSitemap } from './sitemap-files'
import { KNOWN_LANGUAGES, prefixIn, writeFeedsIn } from './page-languages'
import { renderInThreads, pageTasks, renderThreads } from './render-pool'
import { REPO_ROOT } from './repo'
import { fileWriter } from './file-writer'
import { bundleText, threadBundle } from './thread-bundle'

export type SiteBuildOptions = {
  /** The dataset file: validated first, then shipped as given as the download. */
  datasetFile: string
  outDir: string
  /** Vite's base: '/' (the default) or '/paddock/'. */
  base?: string
  /** The site's origin, e.g. https://paddock.example, for canonical URLs and the sitemap. */
  siteUrl?: string
  /** Gets what `npm run build` prints, line by line. */
  log?: (line: string) => void
  /** Bytes of pages and data a site may weigh to be precached whole (docs/offline.md). */
  precacheBudget?: number
  /** The interface languages built, the unprefixed one first (docs/i18n.md): ['en', 'nl']. */
  languages?: readonly string[]
}

/** The dataset file is not valid: nothing was built. `problems`: one line each, by path. */
export class InvalidDatasetError extends Error {
  constructor(
    /** The file, as given (relative to the working folder). */
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: not a valid dataset:\n${problems.join('\n')}`)
  }
}

const SSR_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'paddock-prerender')
let builds = 0

/**
 * The one way to build the site from a dataset file, as `npm run build` does: validates it
 * (throws InvalidDatasetError, having built nothing, if it is not valid), then builds the
 * client, prerenders every page with its data beside it (data/pages/<page>.json), the 404 page
 * and the sitemap.
 */
export async function buildSite(
  options: SiteBuildOptions,
): Promise<{ dataset: Dataset; pages: number }> {
  const { datasetFile, outDir, base = '/', siteUrl, precacheBudget, log = () => {} } = options
  const { languages = KNOWN_LANGUAGES } = options
  const label = path.relative(process.cwd(), datasetFile) || datasetFile
  const file = await readDatasetFile(datasetFile)
  if (!file.ok) throw new InvalidDatasetError(label, file.problems)
  log(`${label}: valid dataset (${file.summary})`)
  if (!siteUrl) {
    log('build: no SITE_URL: canonical URLs, Open Graph, sitemap and Atom feeds left out')
  }
  const started = performance.now()
  const pages = await buildValidSite({
    dataset: file.dataset,
    datasetText: file.text,
    outDir,
    base,
    siteUrl,
    precacheBudget,
    languages,
    log: (line) => log(`build: ${line}`),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  log(
    `build: ${pages.toLocaleString('en-GB')} pages in ${path.relative(process.cwd(), outDir) || outDir}/ in ${seconds} s`,
  )
  return { dataset: file.dataset, pages }
}

type ValidSite = {
  dataset: Dataset
  /** The dataset file's own text: shipped as the download, and the explorer's search data. */
  datasetText: string
  outDir: string
  base: string
  siteUrl: string | undefined
  precacheBudget: number | undefined
  languages: readonly string[]
  log: (line: string) => void
}

async function buildValidSite(options: ValidSite): Promise<number> {
  const { outDir, base, log, languages } = options
  // The checked SITE_URL, whatever the environment holds (vite.config.ts reads it otherwise).
  const define = {
    'import.meta.env.SITE_URL': JSON.stringify(options.siteUrl ?? ''),
    'import.meta.env.LANGUAGES': JSON.stringify(languages.join(',')),
  }
  const started = performance.now()
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`

  await build({
    root: REPO_ROOT,
    base,
    define,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  log(`client built (${since()})`)
  // A folder of its own per build: Node caches a module by its address, and another build in
  // the same process (the tests) may have another base or SITE_URL.
  const ssrDir = path.join(SSR_DIR, `${process.pid}-${++builds}`)
  // The page writers' threads run render-worker.js: render-page.tsx and the build's own
  // page-making code, one bundle of plain JavaScript. The index's compiler is bundled alone: the
  // index's folder is named from its code.
  const threadCode = { root: REPO_ROOT, base, define, logLevel: 'warn' } as const
  await build(threadBundle(threadCode, 'render-worker', ssrDir))
  const indexDir = path.join(ssrDir, 'index')
  await build(threadBundle(threadCode, 'index-worker', indexDir))
  log(`prerenderer built (${since()})`)

  // The dataset as given, not the copy of public/: `--data` may name another file.
  await writeFile(path.join(outDir, 'data', 'quotes.json'), options.datasetText)

  const heads = await readPageHeads(
    outDir,
    await readFile(path.join(outDir, 'index.html'), 'utf8'),
    base,
  )
  const allTemplate = withAppHead(
    withFontPreloads(heads.template, await readdir(path.join(outDir, 'assets')), base),
    base,
  )
  await checkPolicy(heads.csp, log)
  // The index compiles in a thread of its own while the pages render: they carry its folder's
  // name, known from the compiler and the dataset before a file of it is written.
  const folder = indexFolderOf(await bundleText(indexDir), options.datasetText)
  const explorerIndex = startExplorerIndex(path.join(indexDir, 'index-worker.js'), {
    outDir,
    folder,
    dataset: options.dataset,
  })
  const indexWritten = explorerIndex.written.then(({ files, bytes }) =>
    log(
      `explorer index: ${files.toLocaleString('en-GB')} files, ${(bytes / 1e6).toFixed(1)} MB, in ${EXPLORER_INDEX_DIR}/${folder}/ (${since()})`,
    ),
  )
  const index = buildDatasetIndex(options.dataset)
  const write = fileWriter(outDir)
  const pages = compileSite(index, folder)

  const threads = renderThreads()
  try {
    await Promise.all([
      indexWritten,
      renderInThreads(
        path.join(ssrDir, 'render-worker.js'),
        {
          heads: heads.parts,
          template: allTemplate,
          languages,
          siteUrl: options.siteUrl,
          base,
          outDir,
        },
        pageTasks(pages, languages, emptyPageData(index)),
        threads,
      ).then(() =>
        log(
          `${(pages.length * languages.length).toLocaleString('en-GB')} pages prerendered in ${languages.join(', ')}, by ${threads} threads (${since()})`,
        ),
      ),
    ])
  } finally {
    await explorerIndex.stop()
  }
  for (const [key, file] of quoteFilesOf(pages)) {
    await write(`data/pages/${key}.json`, JSON.stringify(file))
  }
  await rm(ssrDir, { recursive: true, force: true })

  const sitemap = await writeSitemap(
    languages.flatMap((lang) =>
      pages
        .map(({ path: pagePath }) => pagePath)
        .filter(isListedPage)
        .map((pagePath) => `/${prefixIn(languages, lang)}${pagePath.slice(1)}`),
    ),
    { siteUrl: options.siteUrl, base, write },
  )
  log(sitemap ? `sitemap.xml: ${sitemap}` : 'no SITE_URL: no sitemap.xml, no canonical URLs')
  const feedsStarted = performance.now()
  const feeds = await writeFeedsIn(languages, index, { siteUrl: options.siteUrl, base, write })
  const feedSeconds = ((performance.now() - feedsStarted) / 1000).toFixed(1)
  log(
    feeds
      ? `Atom feeds: ${feeds.files.toLocaleString('en-GB')} in feeds/, ${(feeds.bytes / 1e6).toFixed(1)} MB, in ${feedSeconds} s`
      : 'no SITE_URL: no Atom feeds (they need absolute addresses)',
  )
  const { quotes } = options.dataset
  const sw = await writeOfflineFiles({
    outDir,
    base,
    quotes: quotes.length,
    explorerFolder: folder,
    languages,
    budget: options.precacheBudget,
  })
  log(
    `sw.js: ${sw.entries} files precached (${sw.whole ? 'the whole site' : 'the app shell'}), ${(sw.bytes / 1e6).toFixed(2)} MB; sw.js ${sw.workerBytes} bytes, its list ${sw.listBytes}`,
  )
  return pages.length
}
