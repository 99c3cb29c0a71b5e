import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'
import importX from 'eslint-plugin-import-x'
import { readdirSync } from 'node:fs'

// The layers of src/, one way: app -> features -> components -> data -> lib. A feature never
// imports another feature; what two of them share moves down (docs in README, "Code layout").
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const layerZones = [
  {
    target: './src/lib',
    from: './src',
    except: ['./lib'],
    message: 'lib/ is pure helpers: it imports nothing else of src/.',
  },
  {
    target: './src/data',
    from: ['./src/app', './src/features', './src/components'],
    message: 'data/ sits below the UI: it imports only lib/.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'components/ are shared by features: they cannot import one.',
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
      'A feature never imports another feature: move what both need to components/, data/ or lib/.',
  })),
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
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
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
