import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { PageType } from '../../src/urls/url-table'

// What a page's HTML asks for before its entry script has run (site-build.ts): its own route
// chunk, and on the explorer the code and the worker a filtered address needs (view-boot.js).

/** One chunk of Vite's build manifest (build.manifest), as far as the build reads it. */
type ManifestChunk = {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

/**
 * The modules a filtered or searched explorer address loads before it can show its answer
 * (features/explorer/use-explorer-state.ts): the client that starts the worker, the code that
 * shows an answer, and the islands the view renders whole (src/components/page/island.tsx). The
 * facet popup waits for a reader's click.
 */
const FILTERED_VIEW_MODULES = [
  'src/search/worker/create-explorer-client.ts',
  'src/features/explorer/results/search-outcome.tsx',
  'src/components/quote/quote-actions.tsx',
  'src/features/explorer/matrix-details.tsx',
  'src/features/explorer/download-results.tsx',
  'src/features/explorer/active-filters.tsx',
  'src/features/explorer/result-options.tsx',
]

/** The explorer's worker: an asset of the build (new URL(…, import.meta.url)), not a chunk. */
const EXPLORER_WORKER = /^explorer\.worker-[\w-]+\.js$/

export type PagePreloads = {
  /** `<link rel="modulepreload">` tags for a page type's route chunk and what it imports. */
  routeLinks: (type: PageType) => string
  /** `<link rel="modulepreload">` tags for a module the entry imports on demand, and its own. */
  chunkLinks: (key: string) => string
  /** For the explorer's view-boot.js: the modules and worker a filtered address loads. */
  filteredView: { modules: string[]; worker: string }
}

/**
 * What the pages preload, as plain data (a worker thread of the build gets a copy): the modules
 * of each route chunk by page type, and of each module the entry imports on demand, by key.
 */
export type PreloadData = {
  routes: Record<string, string[]>
  chunks: Record<string, string[]>
  filteredView: { modules: string[]; worker: string }
}

/**
 * Reads the client build's manifest in `outDir` (then removes it: the site does not serve it)
 * and what the pages preload from it. A page type's route chunk is the entry's dynamic import
 * named `<type>-page.tsx` (src/app/routes.tsx); anything missing stops the build.
 */
export async function readPagePreloads(outDir: string, base: string): Promise<PreloadData> {
  const manifestDir = path.join(outDir, '.vite')
  const text = await readFile(path.join(manifestDir, 'manifest.json'), 'utf8')
  await rm(manifestDir, { recursive: true, force: true })
  // Vite's own file, in the shape above.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  const manifest = JSON.parse(text) as Manifest
  const entries = Object.values(manifest).filter((chunk) => chunk.isEntry)
  const entry = entries[0]
  if (!entry || entries.length !== 1) {
    throw new Error(`build: expected one entry chunk, found ${entries.length}`)
  }
  // What the entry already asks for (index.html's own modulepreloads), never asked twice.
  const loaded = new Set(closure(manifest, entry.imports ?? []))
  const url = (key: string) => `${base}${chunkOf(manifest, key).file}`
  const modulesOf = (keys: readonly string[]) =>
    closure(manifest, keys)
      .filter((key) => !loaded.has(key))
      .map(url)

  const routes: Record<string, string[]> = {}
  const chunks: Record<string, string[]> = {}
  for (const key of entry.dynamicImports ?? []) {
    chunks[key] = modulesOf([key])
    const type = /\/([\w-]+)-page\.tsx$/.exec(key)?.[1]
    if (!type) continue
    if (routes[type]) throw new Error(`build: expected one route chunk ${type}-page.tsx, found 2`)
    routes[type] = chunks[key]
  }
  const assets = await readdir(path.join(outDir, 'assets'))
  const workers = assets.filter((name) => EXPLORER_WORKER.test(name))
  if (workers.length !== 1) {
    throw new Error(`build: expected one explorer worker in assets/, found ${workers.length}`)
  }
  const explorer = routes.explorer
  if (!explorer) throw new Error('build: expected one route chunk explorer-page.tsx, found 0')
  return {
    routes,
    chunks,
    filteredView: {
      modules: modulesOf(FILTERED_VIEW_MODULES).filter((href) => !explorer.includes(href)),
      worker: `${base}assets/${workers[0]}`,
    },
  }
}

/** The preloads' tags, from what `readPagePreloads` read. */
export function pagePreloads(data: PreloadData): PagePreloads {
  const modules = (found: string[] | undefined, what: string) => {
    if (!found) throw new Error(`build: the manifest has no ${what}`)
    return modulePreloads(found)
  }
  return {
    routeLinks: (type) => modules(data.routes[type], `route chunk ${type}-page.tsx`),
    chunkLinks: (key) => modules(data.chunks[key], `chunk ${key} the entry imports`),
    filteredView: data.filteredView,
  }
}

const modulePreloads = (hrefs: readonly string[]) =>
  hrefs.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join('')

function chunkOf(manifest: Manifest, key: string): ManifestChunk {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`build: the manifest has no chunk ${key}`)
  return chunk
}

/** `keys` and every chunk they import, statically, in the order first reached. */
function closure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of chunkOf(manifest, key).imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return [...seen]
}
