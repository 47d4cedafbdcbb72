import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that touch no database and no browser: they run with Node alone, without the global
 * setup that builds the PostgreSQL and PGlite templates (`npx vitest run src/core` needs no
 * server). A test added here that calls describeEachDatabase fails at once: nothing provides
 * its templates.
 */
const UNIT = [
  'src/core/**/*.test.ts',
  'src/contracts/**/*.test.ts',
  'src/web/**/*.test.ts',
  'src/server/errors.test.ts',
  'src/server/summary-cache.test.ts',
  'src/server/openapi/*.test.ts',
  'src/server/mail/**/*.test.ts',
  'src/reports/render/**/*.test.ts',
  'src/reports/agency-template/agency-template.test.ts',
  'src/reports/results-report/emissions-status.test.ts',
  'src/reports/results-report/citation.test.ts',
  'src/datasets/**/*.test.ts',
  'src/db/migrations/landed-sql.test.ts',
  'src/reports/committee-minutes/**/*.test.ts',
  'bench/committee-minutes.test.ts',
  // The public site's speed (issue 19): compression, no database.
  'src/server/accept-encoding.test.ts',
  'src/server/compress-responses.test.ts',
  'src/server/static-web.test.ts',
  'src/server/site-files.test.ts',
];

/** Browser tests start their own server over their own PGlite (e2e/support/server.ts). */
const BROWSER = ['e2e/**/*.test.ts'];

const shared = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' } as const;

// Each test file belongs to exactly one project, so `vitest run` runs every test once.
export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: UNIT } },
      {
        test: {
          ...shared,
          name: 'database',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT],
          globalSetup: ['src/db/test-support/global-setup.ts'],
        },
      },
      { test: { ...shared, name: 'browser', include: BROWSER } },
    ],
  },
});
