import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The layers of src/ (app -> features -> components -> data -> lib) are a lint rule, not a
// convention: a file that imports against them fails `npm run lint`.
const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message)
}

describe('the import layers of src/', () => {
  // Loading the config and its plugins once takes seconds on a busy machine; each lint after is fast.
  beforeAll(() => layerErrors('src/lib/warm-up.ts', "export * from './paths'"), 60_000)

  it.each([
    ['lib imports data', 'src/lib/new-helper.ts', "export { FACETS } from '../data/explore'"],
    ['lib imports components', 'src/lib/new-helper.ts', "export * from '../components/page-meta'"],
    ['data imports a component', 'src/data/new-view.ts', "export * from '../components/page-meta'"],
    [
      'data imports a feature',
      'src/data/new-view.ts',
      "export * from '../features/teams/teams-page'",
    ],
    [
      'a component imports a feature',
      'src/components/new.tsx',
      "export * from '../features/teams/teams-page'",
    ],
    ['a component imports app', 'src/components/new.tsx', "export * from '../app/routes'"],
    ['a feature imports app', 'src/features/teams/new.tsx', "export * from '../../app/routes'"],
    [
      'a feature imports another',
      'src/features/teams/new.tsx',
      "export * from '../drivers/drivers-page'",
    ],
  ])('rejects %s', async (_, filePath, code) => {
    expect(await layerErrors(filePath, code)).toHaveLength(1)
  })

  it.each([
    ['app imports a feature', 'src/app/new.tsx', "export * from '../features/teams/teams-page'"],
    [
      'a feature imports its own files',
      'src/features/teams/new.tsx',
      "export * from './teams-page'",
    ],
    [
      'a feature imports components, data and lib',
      'src/features/teams/new.tsx',
      "export * from '../../components/page-meta'\nexport * from '../../data/explore'\nexport * from '../../lib/paths'",
    ],
    [
      'a component imports data and lib',
      'src/components/new.tsx',
      "export * from '../data/explore'\nexport * from '../lib/paths'",
    ],
    ['lib imports lib', 'src/lib/new-helper.ts', "export * from './paths'"],
  ])('allows %s', async (_, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([])
  })
})
