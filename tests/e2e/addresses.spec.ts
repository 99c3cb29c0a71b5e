import { test } from '@playwright/test'
import { expectTableAnswers } from './table-addresses'

// `vite preview` serves the build as nginx does (vite.config.ts): every address of the address
// table answered as deploy/nginx.conf answers it (tests/e2e/nginx.spec.ts walks the same list).
test('vite preview answers every address of the address table as nginx does', async ({
  request,
  baseURL,
}) => {
  if (!baseURL) throw new Error('the root project sets a baseURL')
  await expectTableAnswers(request, new URL(baseURL).origin, '/')
})
