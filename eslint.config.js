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

const layerRules = Object.entries(forbiddenImports).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((other) => ({
          group: [`**/${other}/*`, `**/${other}`],
          message: `src/${layer} must not import from src/${other} (see ARCHITECTURE.md, "Import direction").`,
        })),
      },
    ],
  },
}));

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
);
