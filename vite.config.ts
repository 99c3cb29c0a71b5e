/// <reference types="vitest/config" />
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * `vite preview` serving the prerendered build as deploy/nginx.conf does. Vite maps /drivers to
 * drivers.html itself, but answers every other address, and a missing /x.js or data file, with
 * index.html and 200. Here, under the base:
 *   - an address with no page (/drivers/ghost, /no/such/page, /404) gets 404.html, status 404;
 *   - a missing file (a file extension, or under assets/ or data/) gets a plain-text 404;
 *   - /drivers/ and /drivers.html redirect to /drivers, /index.html to / (the app routes by the
 *     address, and drivers.html is no address of it), and /paddock to /paddock/.
 */
function servePrerenderedBuild(): Plugin {
  return {
    name: 'paddock:serve-prerendered-build',
    configurePreviewServer({ config: { base, root, build }, middlewares }) {
      const outDir = path.resolve(root, build.outDir)
      const exists = (name: string) =>
        statSync(path.join(outDir, name), { throwIfNoEntry: false })?.isFile() === true
      middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        const url = new URL(req.url ?? '/', 'http://preview.invalid')
        const answer = (status: number, headers: Record<string, string>, body = '') =>
          res.writeHead(status, headers).end(req.method === 'HEAD' ? '' : body)
        if (`${url.pathname}/` === base) return answer(301, { Location: `${base}${url.search}` })
        if (!url.pathname.startsWith(base)) return next()
        const name = `/${url.pathname.slice(base.length)}`
        const page = name === '/index.html' ? '/' : name.replace(/(.)\/$|\.html$/, '$1')
        if (page !== name) return answer(301, { Location: `${base}${page.slice(1)}${url.search}` })
        const served = name === '/' || exists(name) || (name !== '/404' && exists(`${name}.html`))
        if (served) return next()
        if (/\.[A-Za-z0-9]+$|^\/(assets|data)\//.test(name)) {
          return answer(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n')
        }
        if (!exists('/404.html')) return next()
        const notFound = readFileSync(path.join(outDir, '404.html'), 'utf8')
        answer(
          404,
          { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
          notFound,
        )
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), servePrerenderedBuild()],
  // The site's origin for canonical URLs and share tags; `npm run build` checks and sets it
  // (scripts/lib/site-build.ts). Empty: those tags are left out.
  define: { 'import.meta.env.SITE_URL': JSON.stringify(process.env.SITE_URL ?? '') },
  build: {
    target: 'es2022',
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
})
