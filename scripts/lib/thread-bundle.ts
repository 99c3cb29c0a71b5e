import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { InlineConfig } from 'vite'
import { REPO_ROOT } from './repo'

// The code the build's worker threads run (site-build.ts): each a bundle of plain JavaScript for
// Node that Vite makes from a file here, the page writers' (render-worker.ts) with the app's
// modules, the index compiler's (index-worker.ts) alone, whose code names the index's folder.

/**
 * Vite's options for a worker thread's bundle of plain JavaScript for Node: scripts/lib/<name>.ts
 * and all it imports, as <dir>/<name>.js.
 */
export function threadBundle(shared: InlineConfig, name: string, dir: string): InlineConfig {
  return {
    ...shared,
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { [name]: path.join(REPO_ROOT, `scripts/lib/${name}.ts`) },
        output: { entryFileNames: '[name].js' },
        onwarn(warning, warn) {
          // Node runs the bundle whole: a module the app imports lazily and the page writer
          // at once (quote-pages.ts) lands where it may.
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning)
        },
      },
    },
  }
}

/** A bundle's code: every file Vite wrote in `dir`, in order of name. */
export async function bundleText(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.js'))
  const texts = await Promise.all(
    files.sort().map((file) => readFile(path.join(dir, file), 'utf8')),
  )
  return files.map((file, i) => `${file}\n${texts[i]}`).join('\n')
}
