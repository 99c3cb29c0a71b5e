import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cyclesOf, importsOf } from '../support/import-graph'

// The layout's limits (docs/architecture.md): small folders, small files, no import cycle. Lint
// catches a cycle of values as it is written; this also sees cycles through `import type`.
const SRC = path.resolve('src')
const SCRIPTS = path.resolve('scripts')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}
const isCode = (file: string) => /\.(ts|tsx|js|mjs)$/.test(file) && !file.endsWith('.d.ts')
const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1
const relative = (file: string) => path.relative(process.cwd(), file)

describe('the import graph', () => {
  it('finds a cycle, through type-only and dynamic imports too', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
    expect(
      cyclesOf(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([])
  })

  it('reads every kind of import of a module', () => {
    const code = [
      "import { a } from './a'",
      "import type { B } from '../b'",
      "export * from './c'",
      "export { d } from './d'",
      "const e = () => import('./e')",
      "import 'react'",
    ].join('\n')
    expect(importsOf(code)).toEqual(['./a', '../b', './c', './d', './e', 'react'])
  })

  it('has no cycle in src/', () => {
    const files = filesUnder(SRC).filter(isCode)
    const graph = new Map(
      files.map((file) => [
        relative(file),
        importsOf(readFileSync(file, 'utf8'))
          .filter((spec) => spec.startsWith('.'))
          .flatMap((spec) => {
            const target = resolveModule(path.resolve(path.dirname(file), spec))
            return target ? [relative(target)] : []
          }),
      ]),
    )
    expect(cyclesOf(graph)).toEqual([])
  })
})

function resolveModule(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate
  }
  return undefined
}

describe('the layout', () => {
  it('has at most 15 files directly in any folder of src/', () => {
    const crowded = filesUnder(SRC)
      .map((file) => path.dirname(file))
      .reduce((count, dir) => count.set(dir, (count.get(dir) ?? 0) + 1), new Map<string, number>())
    const over = [...crowded].filter(([, n]) => n > 15).map(([dir, n]) => `${relative(dir)}: ${n}`)
    expect(over).toEqual([])
  })

  it.each([
    ['src/', 200, SRC],
    ['scripts/', 300, SCRIPTS],
  ])('has no code file in %s over %i lines', (_, limit, dir) => {
    const long = filesUnder(dir)
      .filter(isCode)
      .map((file) => [relative(file), lineCount(file)] as const)
      .filter(([, lines]) => lines > limit)
      .map(([file, lines]) => `${file}: ${lines}`)
    expect(long).toEqual([])
  })
})
