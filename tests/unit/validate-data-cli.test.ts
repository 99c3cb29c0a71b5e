import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { at, changedCopy, shippedCopy } from '../support/shipped-dataset'

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
const SCRIPT = path.join('scripts', 'validate-data.ts')
const TIMEOUT = 30_000

function validateData(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(TSX, [SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
  })
  return { status, stdout, stderr }
}

const tempDir = mkdtempSync(path.join(tmpdir(), 'paddock-quotes-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

function tempFile(name: string, contents: string): string {
  const file = path.join(tempDir, name)
  writeFileSync(file, contents)
  return file
}

describe('npm run validate:data', { timeout: TIMEOUT }, () => {
  it('passes the shipped dataset with a one-line summary', () => {
    const { status, stdout, stderr } = validateData()

    expect(stderr).toBe('')
    expect(stdout).toMatch(
      /^public\/data\/quotes\.json: valid dataset \(\d+ quotes?, \d+ drivers?, \d+ teams?, \d+ races?, \d+ sources?\)\n$/,
    )
    expect(status).toBe(0)
  })

  it('lists every problem of a broken file by path, then fails', () => {
    const broken = changedCopy((d) => {
      at(d.quotes, 0).speakerId = 'ghost'
      at(d.quotes, 2).sourceId = 'nowhere'
      at(at(d.drivers, 2).affiliations, 0).teamId = 'red-bull'
    })
    const file = tempFile('broken.json', JSON.stringify(broken, null, 2))

    const { status, stdout, stderr } = validateData(file)

    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      `${file}: drivers[2].affiliations[0].teamId: no team "red-bull"`,
      `${file}: quotes[0].speakerId: no driver "ghost"`,
      `${file}: quotes[2].sourceId: no source "nowhere"`,
      `${file}: not a valid dataset (3 problems)`,
      '',
    ])
    expect(status).toBe(1)
  })

  it('reports a file that is not JSON with the parser message', () => {
    const file = tempFile('truncated.json', '{ "schemaVersion": 1, "quotes": [')

    const { status, stdout, stderr } = validateData(file)

    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^${escape(file)}: not valid JSON: \\S.*\\n$`))
    expect(status).toBe(1)
  })

  it('reports a file that does not exist', () => {
    const { status, stderr } = validateData('data/no-such-file.json')

    expect(stderr).toBe('data/no-such-file.json: cannot read the file: it does not exist\n')
    expect(status).toBe(1)
  })

  it('accepts a file saved with a byte-order mark, as the browser does', () => {
    const file = tempFile('bom.json', `\uFEFF${JSON.stringify(shippedCopy())}`)

    const { status, stdout } = validateData(file)

    expect(stdout).toMatch(/: valid dataset \(/)
    expect(status).toBe(0)
  })

  it('explains itself with --help', () => {
    const { status, stdout } = validateData('--help')

    expect(stdout).toMatch(/^Usage: npm run validate:data \[file\]/)
    expect(status).toBe(0)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
