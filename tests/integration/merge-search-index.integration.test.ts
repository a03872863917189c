/**
 * Joining index shards (scripts/lib/merge-search-index.ts) on indexes the real
 * Pagefind writes: the merge of three shards holds what one Pagefind run over
 * all the pages holds — every page with its word count and fragment, every
 * word on the same pages at the same positions, every filter value on the same
 * pages — and Pagefind's own files around it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { mergeSearchIndexes } from '../../scripts/lib/merge-search-index';
import { byCodePoint, readPagefindFile } from '../../scripts/lib/pagefind-files';

const RECORDS = [
  { content: '关于推进工会改革的意见 工会 改革 工会', level: '省级' },
  { content: '职工之家建设 职工 之家', level: '市级' },
  { content: '工会经费管理办法 经费 工会', level: '省级' },
  { content: '基层工会组织建设 基层 工会 组织', level: '县级' },
  { content: '新就业形态劳动者入会 工会 新就业形态', level: '市级' },
  { content: '劳动竞赛 职工 帮扶 困难职工', level: '全国' },
];

async function writeIndex(dir: string, records: typeof RECORDS): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (const r of records) {
    await index!.addCustomRecord({ url: `/c/${r.content.slice(0, 6)}/`, content: r.content, language: 'zh-cn', filters: { level: [r.level] }, meta: { title: r.content.slice(0, 6) } });
  }
  await index!.writeFiles({ outputPath: dir });
}

type Meta = [string, [string, number, string][], [string, string, string][], [string, string][], unknown[], string[]];

/** What an index says, keyed by the pages' fragment hashes (page numbers differ between indexes). */
function contentsOf(dir: string) {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  const { hash, page_count } = entry.languages['zh-cn']!;
  const meta = readPagefindFile(path.join(dir, `pagefind.${hash}.pf_meta`)) as Meta;
  const pageHash = (n: number) => meta[1][n]![0];
  const words = new Map<string, string[]>();
  let previous = '';
  for (const [from, to, file] of meta[2]) {
    expect(byCodePoint(from, to)).toBeLessThanOrEqual(0);
    expect(byCodePoint(previous, from)).toBeLessThan(0);
    previous = to;
    const [entries] = readPagefindFile(path.join(dir, 'index', `${file}.pf_index`)) as [[string, [number, number[], unknown[]][], unknown[]][]];
    for (const [word, pages] of entries) {
      let page = 0;
      words.set(word, pages.map(([delta, locations]) => `${pageHash((page += delta))} ${locations.join(',')}`).sort());
    }
  }
  const filters = new Map<string, string[]>();
  for (const [name, file] of meta[3]) {
    const [, values] = readPagefindFile(path.join(dir, 'filter', `${file}.pf_filter`)) as [string, [string, number[]][]];
    for (const [value, pages] of values) filters.set(`${name}:${value}`, pages.map(pageHash).sort());
  }
  return {
    pageCount: page_count,
    pages: meta[1].map(([h, wordCount]) => `${h} ${wordCount}`).sort(),
    fragments: readdirSync(path.join(dir, 'fragment')).sort(),
    words,
    filters,
    metaFields: meta[5],
  };
}

let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'merge-'));
  await writeIndex(path.join(root, 'whole'), RECORDS);
  await writeIndex(path.join(root, 's0'), RECORDS.slice(0, 2));
  await writeIndex(path.join(root, 's1'), RECORDS.slice(2, 3));
  await writeIndex(path.join(root, 's2'), RECORDS.slice(3));
}, 60_000);
afterAll(() => pagefind.close());

describe('mergeSearchIndexes', () => {
  it('joins three shards into what one Pagefind run over every page writes', async () => {
    const result = await mergeSearchIndexes(['s0', 's1', 's2'].map((s) => path.join(root, s)), path.join(root, 'merged'));
    const whole = contentsOf(path.join(root, 'whole'));
    const merged = contentsOf(path.join(root, 'merged'));
    expect(result.pages).toBe(RECORDS.length);
    expect(merged.pageCount).toBe(RECORDS.length);
    expect(merged.pages).toEqual(whole.pages);
    expect(merged.fragments).toEqual(whole.fragments);
    expect(merged.words.size).toBeGreaterThan(10);
    expect(merged.words).toEqual(whole.words);
    expect(merged.filters).toEqual(whole.filters);
    expect(merged.metaFields).toEqual(whole.metaFields);
    // Pagefind's runtime comes along; the shards' fragments moved into the merged index.
    for (const name of ['pagefind.js', 'pagefind-worker.js']) expect(existsSync(path.join(root, 'merged', name)), name).toBe(true);
    expect(readdirSync(path.join(root, 's0', 'fragment'))).toEqual([]);
  });

  it('orders words as Pagefind compares them, by code point', () => {
    // U+20000 (a CJK extension B character) sorts after U+FFxx by code point, before it by UTF-16 code unit.
    expect(['\u{20000}', '\uff5e', '工'].sort(byCodePoint)).toEqual(['工', '\uff5e', '\u{20000}']);
  });
});
