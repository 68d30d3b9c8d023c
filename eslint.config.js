import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  globalIgnores(['dist', 'playwright-report', 'test-results', 'out']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}', 'src/main.tsx'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
  },
  {
    // The engine is pure: answers in, recommendation and files out. No UI, store, DOM or Node APIs.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'The domain has no UI or store.',
            },
            {
              group: ['**/ui/**', '**/state/**', '**/cli/**'],
              message: 'The domain imports nothing above it.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'The domain runs in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    // The domain's public entries: index.ts (first screen), engine.ts (with the files, on demand), and the
    // entry of each concern loaded on demand by itself (migrate/index.ts, diagnose/index.ts).
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/state/**/*.{ts,tsx}',
      'src/cli/**/*.ts',
      'src/main.tsx',
      'e2e/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/domain/*/**/*.ts',
                '!**/domain/migrate/index.ts',
                '!**/domain/diagnose/index.ts',
                // Test data, not domain code: the same examples feed unit, command-line and browser tests.
                '!**/domain/*/fixtures/*.ts',
              ],
              message:
                'Import the domain through domain/index.ts, domain/engine.ts (the files) or the index.ts of migrate/ or diagnose/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The generators build typed objects so that a misspelt field fails tsc; an object literal spread from a
    // conditional escapes that check. Write `key: cond ? value : undefined` (the YAML dump drops undefined
    // keys) or make the literal `satisfies` its target type.
    files: ['src/domain/generate/**/*.ts'],
    ignores: ['src/domain/generate/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ConditionalExpression', 'LogicalExpression'].map((node) => ({
          selector: `SpreadElement > ${node} > ObjectExpression[properties.length>0]`,
          message:
            'An untyped conditional spread: TypeScript does not check its keys. Write `key: cond ? value : undefined`, or `({ ... } satisfies TargetType)`.',
        })),
      ],
    },
  },
])
