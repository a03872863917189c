/**
 * This build's search index was made in shards of two circulars and joined
 * (scripts/lib/merge-search-index.ts), as a large corpus's is: the site has one
 * index of every circular, and searching it in Chromium finds each circular by
 * its title, with a result address that opens that circular.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { readCirculars } from '../support/content';
import { DIST_DIR } from '../support/dist';

const circulars = readCirculars();

test('one index of every circular, no shards left', () => {
  expect(readdirSync(DIST_DIR).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
  const entry = JSON.parse(readFileSync(path.join(DIST_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(entry.languages['zh-cn']?.page_count).toBe(circulars.length);
});

test('each circular is found by its title, and its result opens it', async ({ page }) => {
  await page.goto(siteUrl('/'));
  const titled = circulars.filter((c) => c.title);
  expect(titled.length).toBeGreaterThan(2);
  // A string, so that the test runner's bundler leaves the browser's import() alone.
  const found = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
    await pagefind.options({ baseUrl: ${JSON.stringify(new URL(siteUrl('/')).pathname)} });
    const found = [];
    for (const title of ${JSON.stringify(titled.map((c) => c.title))}) {
      const results = await pagefind.search(title);
      found.push(await Promise.all(results.results.map(async (r) => (await r.data()).url)));
    }
    return found;
  })()`)) as string[][];
  for (const [i, c] of titled.entries()) {
    const url = found[i]!.find((u) => u.endsWith(`/circulars/${c.slug}/`));
    expect(url, c.title!).toBeDefined();
    await page.goto(new URL(url!, siteUrl('/')).href);
    expect((await page.locator('h1').first().textContent())?.replace(/\s+/g, '')).toBe(c.title!.replace(/\s+/g, ''));
  }
});
