/**
 * The site built under BASE_PATH=/gaige/ with no public address, served under
 * /gaige/ (as on an organisation's own website): a reader goes home → a
 * circular → the comparison → a search, and no page asks for anything outside
 * /gaige/ or gets a 404.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { SITE_BASE } from '../support/dist';

/** Every request the page makes, and every response that failed. */
function watch(page: Page): { outside: string[]; failed: string[] } {
  const seen = { outside: [] as string[], failed: [] as string[] };
  const origin = new URL(siteUrl('/')).origin;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && !url.pathname.startsWith(SITE_BASE)) seen.outside.push(url.pathname);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  return seen;
}

test('the build under test is the one under a sub-path', () => {
  expect(SITE_BASE).not.toBe('/');
});

test('home → a circular → the comparison → a search, all under the sub-path', async ({ page }) => {
  const seen = watch(page);
  await page.goto(siteUrl('/'));
  await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);

  // A circular from the home page's list.
  const first = page.locator('main a[href*="/circulars/"]').first();
  await Promise.all([page.waitForURL(/\/circulars\/[^/]+\/$/), first.click()]);
  expect(new URL(page.url()).pathname.startsWith(`${SITE_BASE}circulars/`)).toBe(true);
  const title = (await page.locator('h1').first().textContent())?.trim();
  expect(title).toBeTruthy();

  // The comparison, from the site's navigation.
  await Promise.all([page.waitForURL(/\/compare\/$/), page.locator('nav a', { hasText: '比较' }).first().click()]);
  expect(new URL(page.url()).pathname).toBe(`${SITE_BASE}compare/`);
  const cellLinks = await page.locator('table a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(cellLinks.length).toBeGreaterThan(0);
  expect(cellLinks.filter((p) => !p.startsWith(SITE_BASE))).toEqual([]);

  // A search for a word every union circular prints: the results link under the sub-path, and open.
  await page.goto(siteUrl('/search/?q=工会'));
  const result = page.locator('.result .result__title a').first();
  await result.waitFor({ timeout: 30_000 });
  const href = new URL((await result.getAttribute('href'))!, page.url()).pathname;
  expect(href.startsWith(`${SITE_BASE}circulars/`), href).toBe(true);
  await Promise.all([page.waitForURL(/\/circulars\/[^/]+\/$/), result.click()]);
  expect(await page.locator('h1').count()).toBeGreaterThan(0);

  expect(seen.outside, 'requests outside the sub-path').toEqual([]);
  expect(seen.failed, 'failed requests').toEqual([]);
});
