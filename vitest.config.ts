/**
 * One vitest run, four kinds of tests, told apart by file name:
 *   *.unit.test.ts    pure functions, no build needed
 *   *.integration.test.ts  whole scripts, child processes and sockets (the ingest CLI and its bundle,
 *                          Pagefind, time limits, the static server), no build needed
 *   *.site.test.ts    read the built dist/ from disk
 *   *.browser.test.ts drive headless Chromium against dist/ served on loopback
 * dist/ (published at a public address) and .test-sites/gaige/ (the same site
 * under /gaige/ with no address configured) are built by `npm test`
 * (scripts/test.ts, tests/support/test-sites.ts) before vitest starts; the
 * link gate, the page gates and tests/sub-path/ run again on the second.
 */
import { defineConfig } from 'vitest/config';
import { PUBLISHED, siteEnv, UNDER_SUB_PATH } from './tests/support/test-sites';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.unit.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/**/*.integration.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.site.test.ts'],
          env: siteEnv(PUBLISHED),
          globalSetup: ['tests/support/require-dist.ts'],
          // Each gate walks every page of the site in one test.
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          env: siteEnv(PUBLISHED),
          globalSetup: ['tests/support/serve-dist.ts'],
          // Launching Chromium and loading pages takes seconds, not milliseconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time (each is several processes): run these files
          // one by one, after the unit and site tests, so 2 cores aren't swamped.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site-under-subpath',
          include: [
            'tests/site/links.site.test.ts',
            'tests/site/html-valid.site.test.ts',
            'tests/site/addresses.site.test.ts',
            'tests/site/feeds.site.test.ts',
            'tests/site/machine-readable.site.test.ts',
            'tests/sub-path/**/*.site.test.ts',
          ],
          env: siteEnv(UNDER_SUB_PATH),
          globalSetup: ['tests/support/require-dist.ts'],
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-under-subpath',
          include: ['tests/sub-path/**/*.browser.test.ts'],
          env: siteEnv(UNDER_SUB_PATH),
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 1,
          // after the other browser tests: one Chromium at a time
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
