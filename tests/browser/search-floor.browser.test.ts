/**
 * The benchmark reads the search index offline (scripts/bench/search-floor.ts)
 * to say what each reader query downloads. These checks hold it to what
 * Pagefind's runtime really does in Chromium: the same index chunks fetched,
 * and as many pages found, for every query of the fixed list.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { searchFloor } from '../../scripts/bench/search-floor';
import { READER_QUERIES } from '../../scripts/bench/search-queries';
import { siteUrl, test } from '../support/browser';
import { DIST_DIR } from '../support/dist';

// The site has one index (scripts/lib/merge-search-index.ts joins a large corpus's shards).
const floor = searchFloor(DIST_DIR, READER_QUERIES);

test.for(floor.queries.map((q) => [q.query, q] as const))('%s: the chunks Pagefind loads and the pages it finds', async ([query, expected], { page }) => {
  const chunks = new Set<string>();
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) chunks.add(path.join(DIST_DIR, new URL(request.url()).pathname.replace(new URL(siteUrl('/')).pathname, '/')));
  });
  await page.goto(siteUrl('/'));
  // A string, so that the test runner's bundler leaves the browser's import() alone.
  const found = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
    await pagefind.init();
    return (await pagefind.search(${JSON.stringify(query)})).results.length;
  })()`)) as number;
  expect(found).toBe(expected.pages);
  expect(chunks.size).toBe(expected.chunks);
  expect([...chunks].reduce((n, file) => n + statSync(file).size, 0)).toBe(expected.chunkBytes);
});
