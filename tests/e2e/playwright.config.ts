import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium'
import { REPO_ROOT } from '../../scripts/lib/repo'

/**
 * End-to-end tests against the prerendered production build (scripts/build.ts) served by `vite
 * preview` (with vite.config.ts's plugin: 404.html for unknown addresses, as nginx): one build at
 * the root, one under /paddock/ for the sub-path journeys. Chromium is Debian's (never
 * downloaded). nginx.spec.ts builds and serves its own copies.
 */
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4180)
const SUB_PORT = ROOT_PORT + 1
export const SUB_PATH = '/paddock/'

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/build.ts --out .e2e-dist > /dev/null && npx vite preview --host 127.0.0.1 --port ${ROOT_PORT} --strictPort --outDir .e2e-dist`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      cwd: REPO_ROOT,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx tsx scripts/build.ts --out .e2e-dist-paddock --base ${SUB_PATH} > /dev/null && npx vite preview --host 127.0.0.1 --port ${SUB_PORT} --strictPort --base ${SUB_PATH} --outDir .e2e-dist-paddock`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`,
      cwd: REPO_ROOT,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
