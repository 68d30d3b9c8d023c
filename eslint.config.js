import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import noTypeImportCycle from './scripts/eslint/no-type-import-cycle.mjs'

// The domain's layers, lowest first: a folder imports only from its own layer or those before it, the
// entries (index.ts, engine.ts, assess.ts) from any. Import cycles are refused outright (import-x/no-cycle, and
// scripts/eslint/no-type-import-cycle.mjs for a cycle through a type-only import),
// so two folders of one layer may use each other in one direction only.
const LAYERS = [
  ['answers'],
  ['k8s', 'azure'],
  ['plan'],
  ['recommend', 'validate', 'generate', 'check'],
  ['readiness', 'permalink', 'presets'],
  ['migrate', 'diagnose'],
]
const ENTRIES = './src/domain/*.ts'
const folder = (name) => `./src/domain/${name}/**`
const layerZones = LAYERS.flatMap((layer, rank) =>
  layer.map((name) => ({
    target: folder(name),
    from: [
      ...LAYERS.slice(rank + 1)
        .flat()
        .map(folder),
      ENTRIES,
    ],
    message: `${name}/ is in layer ${rank + 1} of eslint.config.js LAYERS: it imports only from its layer or below.`,
  })),
)
// Inside the importer: its API and workloads mode → akv2k8s/ → shared/ (see src/domain/migrate/README.md).
const importerZones = [
  {
    target: './src/domain/migrate/shared/**',
    from: ['./src/domain/migrate/*.ts', './src/domain/migrate/akv2k8s/**'],
    message: 'migrate/shared/ holds what both import modes use: it imports nothing of theirs.',
  },
  {
    target: './src/domain/migrate/akv2k8s/**',
    from: ['./src/domain/migrate/*.ts'],
    message:
      'migrate/akv2k8s/ is used by the importer API, not the other way round: share through migrate/shared/.',
  },
]

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
    // The layers of the domain (a type-only import counts too), and no import cycle.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    plugins: { 'import-x': importX, local: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts'] })],
      // Without these the rules cannot read a TypeScript module's imports and no-cycle finds nothing.
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // import-x/no-cycle skips type-only imports; this local rule reports the cycles that run through one.
      'local/no-type-import-cycle': ['error', { root: 'src/domain' }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...importerZones] }],
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
