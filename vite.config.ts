/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
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
