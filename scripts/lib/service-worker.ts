import { createHash } from 'node:crypto'
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { minifySync } from 'vite'
import { writeAppManifest } from './app-manifest'
import { offlineDocuments, updatePromptWords } from './offline-page'
import { prefixIn } from './page-languages'

/**
 * The service worker and what it keeps (docs/offline.md), written after every page: the
 * worker must know the prerendered pages, which come after Vite's own build.
 */

/**
 * A site whose pages and data weigh at most this much (bytes as served, before compression) is
 * precached whole on a first visit, the explorer's index included. The shipped site is 1.1 MB; a
 * generated archive is about 21 kB a quote, so this is a site of a few hundred quotes.
 */
export const DEFAULT_PRECACHE_BUDGET = 8_000_000

/** A site of this many quotes or more never precaches its pages, whatever the budget. */
export const WHOLE_SITE_MAX_QUOTES = 10_000

/** Files a reader never opens offline: the worker itself, share images, crawlers' files. */
const NEVER = /^(sw\.js|og-image\.png|robots\.txt|sitemap[\w-]*\.xml|(?:[a-z]{2}\/)?404\.html)$/

/** The app shell: every build precaches these (with every file of assets/). */
const SHELL = [
  ...['register-sw.js', 'update-prompt.js', 'favicon.svg', 'data/pages/index.json'],
  // The saved quotes are the reader's own: there offline on any site, large or small.
  ...['saved.html', 'data/pages/saved.json'],
]

export type OfflineOptions = {
  outDir: string
  base: string
  quotes: number
  /** The explorer's index folder of this build, under data/explorer/. */
  explorerFolder: string
  /** The interface languages built, the unprefixed one first: an offline page for each. */
  languages: readonly string[]
  budget?: number
}

export type OfflineSummary = {
  /** A digest of this build, for the worker's cache names: a new build is a new worker. */
  version: string
  /** The addresses precached, under the base ('' is the start page). */
  precache: string[]
  whole: boolean
  entries: number
  /** The precached files' bytes, as served before compression. */
  bytes: number
  /** sw.js as written (minified), and its precache list's share of it. */
  workerBytes: number
  listBytes: number
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, name)))
    else files.push(name)
  }
  return files
}

/** A file's address under the base: index.html is '', nl/index.html nl/, drivers/x.html drivers/x. */
export function addressOf(file: string): string {
  if (file === 'index.html' || file.endsWith('/index.html'))
    return file.slice(0, -'index.html'.length)
  return file.endsWith('.html') ? file.slice(0, -'.html'.length) : file
}

/**
 * Writes the manifest and icons, then sw.js (from public/sw.js, with this build's precache list
 * and version), register-sw.js and update-prompt.js, all minified.
 */
export async function writeOfflineFiles(options: OfflineOptions): Promise<OfflineSummary> {
  const { outDir, base, quotes, explorerFolder, languages } = options
  const budget = options.budget ?? DEFAULT_PRECACHE_BUDGET
  const appFiles = await writeAppManifest(
    outDir,
    base,
    languages.map((lang) => [lang, prefixIn(languages, lang)] as const),
  )
  for (const name of ['register-sw.js', 'update-prompt.js']) {
    const file = path.join(outDir, name)
    // The prompt's words, in every built language (src/i18n/<lang>/offline.ts).
    const code = (await readFile(file, 'utf8')).replace(
      'const languages = __PADDOCK_WORDS__',
      () => `const languages = ${JSON.stringify(updatePromptWords(languages))}`,
    )
    await writeFile(file, minifySync(name, code).code)
  }
  const source = await readFile(path.join(outDir, 'sw.js'), 'utf8')
  const slot = 'const BUILD = __PADDOCK_BUILD__'
  if (!source.includes(slot)) throw new Error(`public/sw.js: no "${slot}"`)
  const explorer = `data/explorer/${explorerFolder}/`
  const sizeOf = async (file: string) => (await stat(path.join(outDir, file))).size

  // A large site is never listed whole: 90,000 files at 50,000 quotes, none of them precached.
  const shell = [
    ...(await readdir(path.join(outDir, 'assets'))).map((name) => `assets/${name}`),
    'index.html',
    // The explorer's first file of this build's index (7 kB at 50,000 quotes): offline, it
    // starts and answers what the files it has read can answer.
    `${explorer}start.json`,
    ...SHELL,
    // Each other language's start page and saved quotes (nl/index.html, nl/saved.html): the
    // offline page of its addresses links to them.
    ...languages.slice(1).flatMap((lang) => [`${lang}/index.html`, `${lang}/saved.html`]),
    ...appFiles,
  ]
  let files = shell
  let whole = false
  if (quotes < WHOLE_SITE_MAX_QUOTES) {
    const all = (await filesUnder(outDir)).filter((file) => !NEVER.test(file))
    let bytes = 0
    for (const file of all) bytes += await sizeOf(file)
    whole = bytes <= budget
    if (whole) files = all
  }
  files = [...new Set(files)].sort()

  // The version: every precached file's content, the dataset's (a large site's pages) and the
  // worker's own code.
  const version = createHash('sha256').update(source)
  let bytes = 0
  for (const file of [...files, 'data/quotes.json']) {
    const content = await readFile(path.join(outDir, file))
    if (files.includes(file)) bytes += content.length
    version.update(file).update('\0').update(content)
  }
  const build = {
    version: version.digest('hex').slice(0, 16),
    precache: files.map(addressOf).sort(),
    explorer,
    offline: await offlineDocuments(outDir, base, languages),
  }
  const list = JSON.stringify(build.precache)

  const worker = minifySync(
    'sw.js',
    source.replace(slot, () => `const BUILD = ${JSON.stringify(build)}`),
  )
  await writeFile(path.join(outDir, 'sw.js'), worker.code)
  return {
    version: build.version,
    precache: build.precache,
    whole,
    entries: files.length,
    bytes,
    workerBytes: Buffer.byteLength(worker.code),
    listBytes: Buffer.byteLength(list),
  }
}
