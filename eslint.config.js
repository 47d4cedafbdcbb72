// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The import direction of the code base (ARCHITECTURE.md):
 *   core ← contracts ← datasets ← db / server / reports / cli / web
 * Each entry lists the layers a folder must NOT import from.
 */
const forbiddenImports = {
  core: ['contracts', 'datasets', 'db', 'server', 'reports', 'cli', 'web'],
  contracts: ['datasets', 'db', 'server', 'reports', 'cli', 'web'],
  datasets: ['db', 'server', 'reports', 'cli', 'web'],
  db: ['server', 'reports', 'cli', 'web'],
  reports: ['server', 'cli', 'web'],
  server: ['cli', 'web'],
  web: ['datasets', 'db', 'server', 'reports', 'cli'],
  cli: ['web'],
};

/**
 * SQL lives in src/db (ARCHITECTURE.md, "Each thing in its room"): elsewhere a `Kysely<Tables>`
 * is only handed to named db functions. So outside src/db, kysely may be imported for its types
 * alone (no `sql` tag, no builders), and a query cannot be started. Tests may still read or
 * damage the database directly to check what a db function did.
 */
const KYSELY_ONLY_TYPES = {
  name: 'kysely',
  allowTypeImports: true,
  message:
    'SQL belongs in src/db: call (or add) a named db function; import kysely types with `import type`.',
};
const QUERY_STARTERS = [
  'selectFrom',
  'selectNoFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'withRecursive',
];
const noQueriesOutsideDb = {
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  ignores: ['src/db/**', 'src/**/*.test.ts', 'src/**/test-support/**'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `CallExpression > MemberExpression.callee > Identifier.property[name=/^(${QUERY_STARTERS.join('|')})$/]`,
        message: 'SQL belongs in src/db: call (or add) a named db function there.',
      },
    ],
  },
};

/**
 * @param {string} layer
 * @param {string[]} banned
 * @param {string[]} files
 * @param {object[]} paths
 */
const layerRule = (layer, banned, files, paths) => ({
  files,
  rules: {
    // typescript-eslint's version of the rule: it can allow type-only imports (kysely's).
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths,
        patterns: banned.map((other) => ({
          group: [`**/${other}/*`, `**/${other}`],
          message: `src/${layer} must not import from src/${other} (see ARCHITECTURE.md, "Import direction").`,
        })),
      },
    ],
  },
});

const layerRules = Object.entries(forbiddenImports).flatMap(([layer, banned]) => [
  layerRule(
    layer,
    banned,
    [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    layer === 'db' ? [] : [KYSELY_ONLY_TYPES],
  ),
  // Tests keep the layers but may use kysely's `sql` to reach behind a db function.
  layerRule(layer, banned, [`src/${layer}/**/*.test.ts`, `src/${layer}/**/test-support/**`], []),
]);

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      // `list.forEach((x) => check(x))` reads well; the rule's other cases stay on.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  ...layerRules,
  noQueriesOutsideDb,
);
