/**
 * One vitest run, four kinds of tests, told apart by file name:
 *   *.unit.test.ts    pure functions, no build needed
 *   *.integration.test.ts  whole scripts and child processes (the ingest CLI, Pagefind, time limits), no build needed
 *   *.site.test.ts    read the built dist/ from disk
 *   *.browser.test.ts drive headless Chromium against dist/ served on loopback
 * dist/ is built once by `npm test` (scripts/test.ts) before vitest starts; the
 * site and browser projects' global setups only check that it is there.
 */
import { defineConfig } from 'vitest/config';

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
          include: ['tests/**/*.site.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          // Each gate walks every page of the site in one test.
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
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
    ],
  },
});
