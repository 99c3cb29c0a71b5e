/**
 * Keeps deploy/security-headers.conf's Content-Security-Policy in step with the build: every
 * page has its stylesheet and boot script inline (scripts/lib/page-head.ts), and the policy
 * allows exactly those by their hashes, for the builds at `/` and at `/paddock/` (the two the
 * deploy configs serve; the stylesheet names its fonts by address, so each has its own).
 *
 *   npm run csp            checks; exits 1 and prints what to change if the file is stale
 *   npm run csp -- --write writes the hashes into deploy/security-headers.conf
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { readCommandLine } from './lib/command-line'
import { SECURITY_HEADERS_FILE, deployedPolicy, readPageHeads, sourcesOf } from './lib/page-head'
import { REPO_ROOT } from './lib/repo'

const USAGE = `Usage: npm run csp [-- --write]

Checks that deploy/security-headers.conf allows the inline style and script of the builds at /
and at /paddock/ by their hashes; --write puts them in.`

const BASES = ['/', '/paddock/']

async function hashesOf(base: string): Promise<{ style: string; script: string }> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'paddock-csp-'))
  try {
    await build({
      root: REPO_ROOT,
      base,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    })
    const template = readFileSync(path.join(outDir, 'index.html'), 'utf8')
    return (await readPageHeads(outDir, template, base)).csp
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    { name: 'csp', usage: USAGE, options: { write: { type: 'boolean' } } },
    ({ values }) => ({ write: values.write === true }),
  )
  if (!commandLine.ok) return commandLine.exitCode
  const built = []
  for (const base of BASES) built.push(await hashesOf(base))
  const wanted = {
    'style-src': ["'self'", ...new Set(built.map((hashes) => hashes.style))],
    'script-src': ["'self'", ...new Set(built.map((hashes) => hashes.script))],
  }
  const policy = await deployedPolicy()
  const stale = Object.entries(wanted).filter(
    ([directive, sources]) => sourcesOf(policy, directive).join(' ') !== sources.join(' '),
  )
  if (stale.length === 0) {
    console.log('deploy/security-headers.conf allows the inline style and script of every page')
    return 0
  }
  let written = policy
  for (const [directive, sources] of stale) {
    written = written.replace(new RegExp(`${directive}[^;]*`), `${directive} ${sources.join(' ')}`)
  }
  if (commandLine.options.write) {
    const conf = readFileSync(SECURITY_HEADERS_FILE, 'utf8')
    writeFileSync(
      SECURITY_HEADERS_FILE,
      conf.replace(policy, () => written),
    )
    console.log(`deploy/security-headers.conf: ${stale.map(([d]) => d).join(' and ')} written`)
    return 0
  }
  for (const [directive, sources] of stale) {
    console.error(`deploy/security-headers.conf: ${directive} must be: ${sources.join(' ')}`)
  }
  console.error(
    'Run `npm run csp -- --write` after a change to the styles or src/app/view-boot.js.',
  )
  return 1
}

process.exitCode = await main()
