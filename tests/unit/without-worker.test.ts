import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { withAppHead } from '../../scripts/lib/app-manifest'
import { copyWithoutWorker } from '../../scripts/lib/without-worker'

// What the worker costs (npm run offline:cost, npm run lighthouse -- --without-worker) is
// measured against a copy of the same build without its registration: a copy that kept it
// would compare the build with itself, as the cost figures once did.
const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-without-worker-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

const page = (title: string) =>
  withAppHead(`<!doctype html><html><head><title>${title}</title></head><body></body></html>`, '/')

function site(name: string, pages: Record<string, string>) {
  const dir = path.join(tempDir, name)
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), html)
  }
  return dir
}

it('takes the registration out of every page of the copy, and only the registration', () => {
  const dir = site('built', { 'index.html': page('Start'), 'nl/drivers/ada.html': page('Ada') })
  const copy = path.join(tempDir, 'copy')
  expect(copyWithoutWorker(dir, copy)).toBe(2)
  for (const file of ['index.html', 'nl/drivers/ada.html']) {
    const copied = readFileSync(path.join(copy, file), 'utf8')
    expect(copied).not.toContain('register-sw.js')
    expect(copied).toContain('<link rel="manifest" href="/manifest.json">')
    expect(readFileSync(path.join(dir, file), 'utf8')).toContain('register-sw.js')
  }
})

it('fails on a page with no registration to take out, naming it', () => {
  const dir = site('unregistered', {
    'index.html': page('Start'),
    'drivers.html': '<!doctype html><html><head><title>Drivers</title></head></html>',
  })
  expect(() => copyWithoutWorker(dir, path.join(tempDir, 'copy-2'))).toThrow(/drivers\.html/)
})
