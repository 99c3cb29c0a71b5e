import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The layers of src/ (docs/architecture.md) are lint rules, not a convention: a file that imports
// against them, imports React below the UI, or closes an import cycle fails `npm run lint`.
const eslint = new ESLint({ cwd: process.cwd() })

async function errorsOf(ruleId: string, filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === ruleId)
    .map((message) => message.message)
}
const layerErrors = (filePath: string, code: string) =>
  errorsOf('import-x/no-restricted-paths', filePath, code)

describe('the import layers of src/', () => {
  // Loading the config and its plugins once takes seconds on a busy machine; each lint after is fast.
  beforeAll(() => layerErrors('src/lib/warm-up.ts', "export * from './unique-by'"), 60_000)

  it.each([
    ['lib imports search', 'src/lib/new-helper.ts', "export { explore } from '../search/explore'"],
    ['lib imports format', 'src/lib/new-helper.ts', "export * from '../format/labels'"],
    [
      'lib imports components',
      'src/lib/new-helper.ts',
      "export * from '../components/page/page-meta'",
    ],
    ['format imports urls', 'src/format/new.ts', "export * from '../urls/paths'"],
    ['dataset imports the model', 'src/dataset/new.ts', "export * from '../model/counts'"],
    ['the model imports urls', 'src/model/new.ts', "export * from '../urls/paths'"],
    ['the model imports search', 'src/model/new.ts', "export * from '../search/explore'"],
    ['urls import search', 'src/urls/new.ts', "export * from '../search/search-query'"],
    ['search imports page data', 'src/search/new.ts', "export * from '../page-data/page-data'"],
    ['search imports seo', 'src/search/new.ts', "export * from '../seo/structured-data'"],
    [
      "search's worker imports page data",
      'src/search/worker/new.ts',
      "export * from '../../page-data/page-data'",
    ],
    ['seo imports search', 'src/seo/new.ts', "export * from '../search/explore'"],
    ['seo imports citations', 'src/seo/new.ts', "export * from '../citations/citation'"],
    ['page data imports seo', 'src/page-data/new.ts', "export * from '../seo/structured-data'"],
    [
      'page data imports a component',
      'src/page-data/new-view.ts',
      "export * from '../components/page/page-meta'",
    ],
    [
      'the model imports a feature',
      'src/model/new-view.ts',
      "export * from '../features/teams/teams-page'",
    ],
    ['search imports app', 'src/search/new.ts', "export * from '../app/routes'"],
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
    [
      "a feature's subfolder imports another feature",
      'src/features/explorer/facets/new.tsx',
      "export * from '../../quotes/quote-page'",
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
      "a feature's subfolder imports its own feature",
      'src/features/explorer/facets/new.tsx',
      "export * from '../use-explorer-state'",
    ],
    [
      'a feature imports components and the layers below',
      'src/features/teams/new.tsx',
      "export * from '../../components/page/page-meta'\nexport * from '../../search/explore'\nexport * from '../../urls/paths'",
    ],
    [
      'a component imports the layers below',
      'src/components/new.tsx',
      "export * from '../search/explore'\nexport * from '../urls/paths'\nexport * from '../page-data/page-data'",
    ],
    [
      'page data imports search, urls and the model',
      'src/page-data/new.ts',
      "export * from '../search/result-order'\nexport * from '../urls/paths'\nexport * from '../model/counts'",
    ],
    ['search imports urls', 'src/search/new.ts', "export * from '../urls/explorer-params'"],
    ['lib imports lib', 'src/lib/new-helper.ts', "export * from './unique-by'"],
  ])('allows %s', async (_, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([])
  })
})

describe('React stays in the UI layers', () => {
  const reactErrors = (filePath: string, code: string) =>
    errorsOf('no-restricted-imports', filePath, code)

  it.each([
    ['the model', 'src/model/new.ts', "import { useMemo } from 'react'\nexport { useMemo }"],
    [
      "search's worker plumbing",
      'src/search/worker/new.ts',
      "import { createContext } from 'react'\nexport { createContext }",
    ],
    [
      'page data',
      'src/page-data/new.ts',
      "import { queryOptions } from '@tanstack/react-query'\nexport { queryOptions }",
    ],
    ['urls', 'src/urls/new.ts', "import { href } from 'react-router-dom'\nexport { href }"],
  ])('rejects React in %s', async (_, filePath, code) => {
    expect(await reactErrors(filePath, code)).toHaveLength(1)
  })

  it('allows React in a component', async () => {
    const code = "import { useMemo } from 'react'\nexport { useMemo }"
    expect(await reactErrors('src/components/new.tsx', code)).toEqual([])
  })
})

describe('import cycles', () => {
  const cycleErrors = (filePath: string, code: string) =>
    errorsOf('import-x/no-cycle', filePath, code)

  it('rejects a module that imports a module importing it back', async () => {
    // model/dataset-index.ts imports ./counts: counts importing the index closes a cycle.
    const code = "import { buildDatasetIndex } from './dataset-index'\nexport { buildDatasetIndex }"
    expect(await cycleErrors('src/model/counts.ts', code)).toHaveLength(1)
  })

  it('rejects a longer cycle through a dynamic import', async () => {
    // search-outcome-code.ts loads ./search-outcome on demand: the outcome importing it back
    // closes a cycle.
    const code =
      "import { searchOutcomeCode } from './search-outcome-code'\nexport { searchOutcomeCode }"
    expect(
      await cycleErrors('src/features/explorer/results/search-outcome.tsx', code),
    ).toHaveLength(1)
  })

  it('allows an import that closes no cycle', async () => {
    const code = "import { countAll } from './counts'\nexport { countAll }"
    expect(await cycleErrors('src/model/new.ts', code)).toEqual([])
  })
})
