import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { REPO_ROOT } from './repo'

const FLOOR_ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'floor-app')

/** The initial JS of `/` may be at most this many times the floor's. */
export const MAX_RATIO_TO_FLOOR = 1.1

/** The app, built with its own vite.config.ts. */
export async function buildAppInto(outDir: string) {
  await build({ root: REPO_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
}

/**
 * The floor: an empty app on the same four required libraries (react, react-dom, the
 * react-router-dom data router, @tanstack/react-query), built by the same Vite and target.
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
}
