/**
 * The benchmark's reading of a Pagefind index (scripts/bench/search-floor.ts),
 * on indexes the real Pagefind writes: pages found by prefix across shards,
 * the chunk files a query loads, and the smaller shapes of the same postings.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { queryWords, searchFloor } from '../../scripts/bench/search-floor';

/** Write one Pagefind index per shard, each page a custom record with this text. */
async function writeIndexes(site: string, shards: string[][]): Promise<void> {
  for (const [k, texts] of shards.entries()) {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    for (const [i, content] of texts.entries()) {
      await index!.addCustomRecord({ url: `/circulars/${k}-${i}/`, content, language: 'zh-cn' });
    }
    await index!.writeFiles({ outputPath: path.join(site, k === 0 ? 'pagefind' : `pagefind-${k}`) });
  }
}

let site: string;
beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'floor-'));
  await writeIndexes(site, [
    ['工会 改革 工会 工会', '职工 之家', '工会组织 建设'],
    ['工会 经费 管理', '职工 帮扶', '改革 方案'],
  ]);
}, 60_000);
afterAll(() => pagefind.close());

describe('search floor', () => {
  it('splits a query into the words the browser searches for', () => {
    expect(queryWords('工会改革')).toEqual(['工会', '改革']);
    expect(queryWords('“工会” 经费！')).toEqual(['工会', '经费']);
  });

  it('counts the pages holding every word (by prefix) across shards, and the chunk files loaded', () => {
    const floor = searchFloor(site, ['工会', '工会 改革', '职工 经费', '工']);
    expect(floor).toMatchObject({ pages: 6, shards: 2 });
    const [union, both, partly, prefix] = floor.queries;
    // 工会 is on two pages of the first shard and one of the second
    expect(union!.pages).toBe(3);
    // no page has the word 工, but 工会 starts with it (职工 does not)
    expect(prefix!.pages).toBe(3);
    expect(both!.pages).toBe(1);
    // as Pagefind does, in each shard (an index of its own) a word found nowhere in it is left out of the query:
    // the first shard has no 经费, so its 职工 page counts; in the second no page has both
    expect(partly!.pages).toBe(1);
    // a tiny index is one chunk per shard: 工会 loads both, and nothing else
    const chunkFiles = ['pagefind', 'pagefind-1'].flatMap((d) => readdirSync(path.join(site, d, 'index')).map((f) => path.join(site, d, 'index', f)));
    expect(union!.chunks).toBe(chunkFiles.length);
    expect(union!.chunkBytes).toBe(chunkFiles.reduce((n, f) => n + statSync(f).size, 0));
    expect(floor.metaBytes).toBeGreaterThan(0);
  });

  it('weighs one position per page, or positions set to 0, less than every position', () => {
    const [row] = searchFloor(site, ['工会']).queries;
    expect(row!.presenceBytes).toBeLessThan(row!.postingBytes);
    expect(row!.countsBytes).toBeLessThan(row!.postingBytes);
    expect(row!.idsTfBytes).toBeGreaterThan(0);
  });
});
