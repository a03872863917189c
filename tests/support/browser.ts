/**
 * The `test` of browser tests: one headless Chromium per test file, a fresh
 * `page` (in its own browser context) per test, and `siteUrl()` for addresses
 * on the static server that the global setup started.
 *
 * Without Chromium the tests are skipped on a developer machine, but fail under
 * CI, where a missing browser must never pass as green.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject, test as base } from 'vitest';

/** Debian's chromium; playwright's own browser downloads don't work on these machines. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps trying to reach Google
 * and this machine's closed network refuses it (see .library/env/machines/node.md).
 * --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
 */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const underCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser | null> => {
    if (!existsSync(CHROMIUM_PATH)) {
      if (underCI) {
        throw new Error(
          `Chromium not found at ${CHROMIUM_PATH}; under CI the browser tests must run: apt-get install chromium.`,
        );
      }
      return null;
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser, skip }, { onCleanup }) => {
    if (!browser) return skip(`Chromium not found at ${CHROMIUM_PATH} (skipped outside CI)`);
    const context = await browser.newContext({ locale: 'zh-CN' });
    onCleanup(() => context.close());
    return context.newPage();
  });

/** Full address of a site path on the static server, under the build's base path, e.g. siteUrl('/circulars/x/'). */
export function siteUrl(path: string): string {
  return path.startsWith('/') ? `${inject('siteUrl')}${path}` : new URL(path, `${inject('siteUrl')}/`).href;
}
