/**
 * The search index step (scripts/lib/search-index.ts) with the real Pagefind on
 * a tiny built site: one Pagefind run per shard, joined into one index of every circular;
 * an index that survives Astro's removal of empty folders while it runs; and a
 * failure that rejects.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Shards of one circular each, so that three circulars make three indexes.
vi.stubEnv('SEARCH_CIRCULARS_PER_SHARD', '1');
const { circularPages, indexSite, makeIndexFolder, publishIndex } = await import('../../scripts/lib/search-index');
afterAll(() => vi.unstubAllEnvs());

function site(slugs: string[]): string {
  // In a folder of its own: the shards' views are made next to the site.
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'built-')), 'site');
  for (const slug of slugs) {
    mkdirSync(path.join(dir, 'circulars', slug), { recursive: true });
    writeFileSync(
      path.join(dir, 'circulars', slug, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><title>${slug}</title></head><body><main data-pagefind-body><h1>${slug}</h1><p>关于${slug}工会改革的通知，职工之家建设。</p></main></body></html>\n`,
    );
  }
  return dir;
}

/** The number of pages in a Pagefind index (pagefind-entry.json lists them per language). */
function pagesIn(indexDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

describe('indexSite', () => {
  it('indexes each shard in a run of its own and joins them into one index, leaving no views or shards behind', async () => {
    const dir = site(['c-a', 'c-b', 'c-c']);
    const pages = circularPages(dir);
    expect(pages).toEqual(['circulars/c-a/index.html', 'circulars/c-b/index.html', 'circulars/c-c/index.html']);
    let asked = 0;
    const into = makeIndexFolder(dir);
    await indexSite(dir, pages, () => (asked++, 2), into).done;
    publishIndex(into, dir);
    expect(asked).toBeGreaterThan(0);
    expect(pagesIn(path.join(dir, 'pagefind'))).toBe(3);
    expect(readdirSync(dir).filter((name) => name.startsWith('pagefind'))).toEqual(['pagefind']);
    expect(readdirSync(path.join(dir, 'pagefind', 'fragment'))).toHaveLength(3);
    expect(readdirSync(path.dirname(dir))).toEqual(['site']);
  }, 60_000);

  it('finishes while Astro removes every empty folder of the site, as it does when its build ends', async () => {
    const dir = site(['c-a', 'c-b', 'c-c']);
    // Astro's static build ends by deleting the empty folders of its output (removeEmptyDirs), every few ms here.
    const removeEmptyDirs = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) removeEmptyDirs(path.join(d, e.name));
      if (d !== dir && readdirSync(d).length === 0) rmdirSync(d);
    };
    const astro = setInterval(() => {
      try {
        removeEmptyDirs(dir);
      } catch {
        // a folder filled or went while we looked
      }
    }, 2);
    try {
      const into = makeIndexFolder(dir);
      await indexSite(dir, circularPages(dir), () => 2, into).done;
      publishIndex(into, dir);
    } finally {
      clearInterval(astro);
    }
    expect(pagesIn(path.join(dir, 'pagefind'))).toBe(3);
    expect(readdirSync(path.dirname(dir))).toEqual(['site']);
  }, 60_000);

  it('rejects when a page is missing', async () => {
    const dir = site(['c-a']);
    const into = makeIndexFolder(dir);
    await expect(indexSite(dir, [...circularPages(dir), 'circulars/missing/index.html'], () => 1, into).done).rejects.toThrow();
  }, 60_000);
});
