import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import testingLibrary from 'eslint-plugin-testing-library'

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
  ...pluginQuery.configs['flat/recommended'],
  {
    // Testing Library's rules fit jsdom tests; Playwright has its own locators.
    files: ['tests/app/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}', 'tests/setup.ts'],
    ...testingLibrary.configs['flat/react'],
  },
)
