import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'
import importX from 'eslint-plugin-import-x'
import { readdirSync } from 'node:fs'

// The layers of src/, one way (docs/architecture.md). The UI: app -> features -> components.
// Below it, folders with no React, each importing only the folders listed for it. A feature never
// imports another feature; what two of them share moves down.
const BELOW_UI = {
  lib: [],
  format: ['lib'],
  i18n: ['lib', 'format'],
  dataset: ['lib', 'format', 'i18n'],
  model: ['lib', 'format', 'i18n', 'dataset'],
  urls: ['lib', 'format', 'i18n', 'dataset', 'model'],
  search: ['lib', 'format', 'i18n', 'dataset', 'model', 'urls'],
  seo: ['lib', 'format', 'i18n', 'dataset', 'model', 'urls'],
  citations: ['lib', 'format', 'i18n', 'dataset', 'model', 'urls', 'seo'],
  'page-data': ['lib', 'format', 'i18n', 'dataset', 'model', 'urls', 'search'],
}
const SRC_FOLDERS = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const layerZones = [
  ...Object.entries(BELOW_UI).map(([folder, allowed]) => ({
    target: `./src/${folder}`,
    from: SRC_FOLDERS.filter((other) => other !== folder && !allowed.includes(other)).map(
      (other) => `./src/${other}`,
    ),
    message: `${folder}/ imports only ${allowed.length ? allowed.map((f) => `${f}/`).join(', ') : 'nothing else of src/'} (docs/architecture.md).`,
  })),
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'components/ are shared by features: they cannot import one, nor app/.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features are composed by app/, never the other way round.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'A feature never imports another feature: move what both need to components/ or below.',
  })),
]
/** React, its router and its query bindings: the UI's, never a layer below it. */
const REACT_PACKAGES = [
  'react',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  'react-router-dom',
  'react-router',
  '@tanstack/react-query',
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.bench', '.e2e-dist*', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is text: never render it as markup.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no .ts module's own imports, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: Object.keys(BELOW_UI).map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: REACT_PACKAGES.map((name) => ({
            name,
            message:
              'The layers below the UI import no React: hooks and contexts live in components/ or a feature.',
          })),
        },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Testing Library's rules fit jsdom tests; Playwright has its own locators.
    files: [
      'tests/app/**/*.{ts,tsx}',
      'tests/unit/**/*.{ts,tsx}',
      'tests/support/**/*.{ts,tsx}',
      'tests/setup.ts',
    ],
    ...testingLibrary.configs['flat/react'],
  },
)
