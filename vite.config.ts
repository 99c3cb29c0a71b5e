/// <reference types="vitest/config" />
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, runnerImport, type Plugin, type Rolldown } from 'vite'
import react from '@vitejs/plugin-react'
import { preloadHelper } from './scripts/lib/preload-helper.ts'
import type * as UrlTable from './src/urls/url-table'

/**
 * `vite preview` serving the prerendered build as deploy/nginx.conf does. Vite maps /drivers to
 * drivers.html itself, but answers every other address, and a missing /x.js or data file, with
 * index.html and 200. Here, under the base:
 *   - an address with no page (/drivers/ghost, /no/such/page, /404) gets 404.html, status 404;
 *   - a missing file (a file extension, or under assets/ or data/: the address table's
 *     `isFileAddress`, src/urls/url-table.ts) gets a plain-text 404;
 *   - /drivers/ and /drivers.html redirect to /drivers, /index.html to / (the app routes by the
 *     address, and drivers.html is no address of it), and /paddock to /paddock/;
 *   - every answer carries deploy/security-headers.conf's Content-Security-Policy, so what runs
 *     here (the e2e suite) runs under the deployed policy.
 */
function servePrerenderedBuild(): Plugin {
  return {
    name: 'paddock:serve-prerendered-build',
    async configurePreviewServer({ config: { base, root, build }, middlewares }) {
      const outDir = path.resolve(root, build.outDir)
      // The address table through Vite, not imported by this config (as the dev server's page
      // data below): Vite's future native config loader takes no extensionless imports.
      const table = fileURLToPath(new URL('./src/urls/url-table.ts', import.meta.url))
      const { module: urls } = await runnerImport<typeof UrlTable>(table, {
        configFile: false,
        logLevel: 'silent',
      })
      const conf = readFileSync(path.resolve(root, 'deploy/security-headers.conf'), 'utf8')
      const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1]
      if (!policy) throw new Error('deploy/security-headers.conf: no Content-Security-Policy')
      const exists = (name: string) =>
        statSync(path.join(outDir, name), { throwIfNoEntry: false })?.isFile() === true
      middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', policy)
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        const url = new URL(req.url ?? '/', 'http://preview.invalid')
        const answer = (status: number, headers: Record<string, string>, body = '') =>
          res.writeHead(status, headers).end(req.method === 'HEAD' ? '' : body)
        if (`${url.pathname}/` === base) return answer(301, { Location: `${base}${url.search}` })
        if (!url.pathname.startsWith(base)) return next()
        const name = `/${url.pathname.slice(base.length)}`
        // A language's home under its prefix (/nl/, docs/i18n.md), served as the base's is.
        const home =
          /^\/[a-z]{2}\/?$/.test(name) && exists(`${name.replace(/\/?$/, '/')}index.html`)
        if (home && !name.endsWith('/'))
          return answer(301, { Location: `${base}${name.slice(1)}/${url.search}` })
        if (home) return next()
        const page = name === '/index.html' ? '/' : name.replace(/(.)\/$|\.html$/, '$1')
        if (page !== name) return answer(301, { Location: `${base}${page.slice(1)}${url.search}` })
        const served =
          name === '/' ||
          exists(name) ||
          (!name.endsWith(urls.NOT_FOUND_PATH) && exists(`${name}.html`))
        if (served) return next()
        if (urls.isFileAddress(name)) {
          return answer(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n')
        }
        // A language's own 404 page for the addresses under its prefix: /nl/drivers/ghost.
        const prefix = /^\/[a-z]{2}\//.exec(name)?.[0] ?? '/'
        const notFoundFile = exists(`${prefix}404.html`) ? `${prefix}404.html` : '/404.html'
        if (!exists(notFoundFile)) return next()
        const notFound = readFileSync(path.join(outDir, notFoundFile), 'utf8')
        answer(
          404,
          { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
          notFound,
        )
      })
    },
  }
}

/**
 * `npm run dev` serving the same compiled data as the build: each page's data/pages/<page>.json
 * and the explorer's index (data/explorer/<folder>/...), compiled from public/data/quotes.json
 * when first asked for, and again (with a reload of the page) whenever the file changes. A
 * dataset with problems answers 500 and prints every problem.
 */
function servePageDataInDev(): Plugin {
  return {
    name: 'paddock:page-data-in-dev',
    apply: 'serve',
    configureServer(server) {
      const file = path.resolve(server.config.root, 'public/data/quotes.json')
      let pages: Promise<Map<string, string>> | undefined
      const compile = async () => {
        // Through Vite, not imported by this config: the app's own modules, as the build runs them.
        const { readDatasetFile } = await server.ssrLoadModule('/scripts/lib/read-dataset.ts')
        const { compileSite } = await server.ssrLoadModule('/src/page-data/compile-site.ts')
        const { pageDataKey } = await server.ssrLoadModule('/src/page-data/page-data.ts')
        const { buildDatasetIndex } = await server.ssrLoadModule('/src/model/dataset-index.ts')
        const { explorerIndexOf, EXPLORER_INDEX_DIR } = await server.ssrLoadModule(
          '/scripts/lib/explorer-index.ts',
        )
        const read = await readDatasetFile(file)
        if (!read.ok) {
          const problems: string[] = read.problems
          server.config.logger.error(
            problems.map((p) => `public/data/quotes.json: ${p}`).join('\n'),
          )
          throw new Error('public/data/quotes.json is not a valid dataset')
        }
        // Keyed by the path under the base: data/pages/<key>.json, data/explorer/<folder>/<file>.
        const map = new Map<string, string>()
        const index = buildDatasetIndex(read.dataset)
        const explorer: { folder: string; files: Map<string, string> } = explorerIndexOf(index)
        for (const [name, text] of explorer.files) {
          map.set(`${EXPLORER_INDEX_DIR}/${explorer.folder}/${name}`, text)
        }
        const pages: { path: string; data: { quoteAt?: unknown } }[] = compileSite(
          index,
          explorer.folder,
        )
        for (const page of pages) {
          if (page.data.quoteAt) continue
          map.set(`data/pages/${pageDataKey(page.path)}.json`, JSON.stringify(page.data))
        }
        // A quote page's data: many to a file, its record in the index (quote-pages.ts).
        const { quoteFilesOf } = await server.ssrLoadModule('/src/page-data/quote-files.ts')
        const quoteFiles: Map<string, unknown> = quoteFilesOf(pages)
        for (const [key, file] of quoteFiles)
          map.set(`data/pages/${key}.json`, JSON.stringify(file))
        return map
      }
      server.watcher.add(file)
      server.watcher.on('change', (changed) => {
        if (path.resolve(changed) !== file) return
        pages = undefined
        server.ws.send({ type: 'full-reload' })
      })
      const base = server.config.base
      server.middlewares.use((req, res, next) => {
        const { pathname } = new URL(req.url ?? '/', 'http://dev.invalid')
        const ours = ['data/pages/', 'data/explorer/'].some((dir) =>
          pathname.startsWith(`${base}${dir}`),
        )
        if (!ours || !pathname.endsWith('.json')) return next()
        const key = decodeURIComponent(pathname.slice(base.length))
        const compiled = (pages ??= compile())
        compiled.then(
          (map) => {
            const data = map.get(key)
            if (data === undefined)
              res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
            else res.writeHead(200, { 'Content-Type': 'application/json' }).end(data)
          },
          (error: unknown) => {
            // Forget this compile only: the file may have changed, and a newer one started.
            if (pages === compiled) pages = undefined
            res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error))
          },
        )
      })
    },
  }
}

/** The modules `/` starts from: the app's entry and the explorer's page. */
const HOME_ROOTS = ['./src/main.tsx', './src/features/explorer/explorer-page.tsx'].map((file) =>
  fileURLToPath(new URL(file, import.meta.url)),
)

/**
 * The modules `/` needs that other chunks share, in one chunk, not one per set of pages sharing
 * them (Rolldown's own split would make a dozen small files for `/`, whose imports, exports and
 * lost compression cost more than they keep back). What only other pages need is still theirs,
 * and code loaded on demand stays out: so a module `/` reaches should hold only what `/` uses
 * (compile-site.ts apart from page-data.ts, record-json-ld.ts apart from structured-data.ts).
 */
function homeSharedChunk(): Rolldown.CodeSplittingGroup {
  // Per chunking pass: a rebuild (vite build --watch) has another graph.
  const reachedIn = new WeakMap<object, Set<string>>()
  return {
    debugName: 'home-shared',
    name: (id, context) => {
      let reached = reachedIn.get(context)
      if (!reached) {
        const found = new Set<string>()
        const visit = (module: string) => {
          if (found.has(module)) return
          found.add(module)
          for (const imported of context.getModuleInfo(module)?.importedIds ?? []) visit(imported)
        }
        HOME_ROOTS.forEach(visit)
        reachedIn.set(context, (reached = found))
      }
      return reached.has(id) ? 'shared' : null
    },
    minShareCount: 2,
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), preloadHelper(), servePrerenderedBuild(), servePageDataInDev()],
  // The site's origin for canonical URLs and share tags; `npm run build` checks and sets it
  // (scripts/lib/site-build.ts). Empty: those tags are left out.
  // The languages built, the unprefixed one first (docs/i18n.md); the build sets it too.
  define: {
    'import.meta.env.SITE_URL': JSON.stringify(process.env.SITE_URL ?? ''),
    'import.meta.env.LANGUAGES': JSON.stringify(process.env.LANGUAGES ?? 'en,nl'),
  },
  build: {
    target: 'es2022',
    // Fonts stay files: the Content-Security-Policy allows fonts from the site only (no data:),
    // and the build preloads them by name (scripts/lib/site-build.ts).
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    // No modulepreload polyfill in the entry (0.35 kB gzip on every page): every browser the
    // build targets but Safari before 17 and Firefox before 115 preloads modules itself, and
    // those two still run the app, fetching each chunk when it is imported rather than early.
    modulePreload: { polyfill: false },
    rollupOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: [homeSharedChunk()] } } },
  },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          // Pure functions, the schema, the scripts: no DOM, so no jsdom to start per file.
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['./tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Routes rendered in jsdom with the app's QueryClient; MSW answers the network.
          name: 'app',
          environment: 'jsdom',
          // Opening a page may take LOAD_TIMEOUT (tests/support/page-helpers.ts) on a busy
          // machine; the test around it needs longer than its wait, or the wait never fails.
          testTimeout: 15_000,
          include: ['tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup.ts', './tests/support/app-setup.ts'],
        },
      },
    ],
  },
}))
