/**
 * The pipeline on circulars it was not written against: other issuers and
 * levels, a web copy with a long navigation menu, a one-line scrape, a Markdown
 * copy, a GB18030 file. Fields are scored against what a careful reader finds
 * printed (tests/fixtures/unseen/expected.yaml); the target is ≥ 90 % right,
 * and a field that is not printed must be empty, never guessed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/pipeline/ingest-file';
import { readTaxonomy } from '../../src/pipeline/text/themes';

const DIR = path.resolve(import.meta.dirname, '../fixtures/unseen');
const FIELDS = ['title', 'issuer', 'issuerLevel', 'docNumber', 'date', 'docType'] as const;
const expected = parse(readFileSync(path.join(DIR, 'expected.yaml'), 'utf8')) as Record<string, Record<(typeof FIELDS)[number], string | null>>;
const taxonomy = readTaxonomy();

function bytesOf(file: string): Uint8Array {
  const raw = readFileSync(path.join(DIR, file));
  // Stored as UTF-8 for readability; ingested as the GB18030 an old Windows tool would have written.
  return file.includes('gbk') ? iconv.encode(raw.toString('utf8'), 'gb18030') : raw;
}

const results = await Promise.all(Object.keys(expected).map(async (file) => {
  const r = await ingestFile({ file, bytes: bytesOf(file) }, taxonomy);
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  const wrong = FIELDS.filter((f) => (r.circular.data[f] ?? null) !== (expected[file]![f] === undefined ? null : String(expected[file]![f] ?? '') || null)).map(
    (f) => `${file} ${f}: got ${JSON.stringify(r.circular.data[f])}, expected ${JSON.stringify(expected[file]![f])}`,
  );
  return { file, circular: r.circular, wrong };
}));

describe('unseen circulars', () => {
  it('get at least 90 % of title, issuer, level, number, date and type right', () => {
    const total = results.length * FIELDS.length;
    const wrong = results.flatMap((r) => r.wrong);
    const score = (total - wrong.length) / total;
    expect({ score: score >= 0.9, wrong }).toEqual({ score: true, wrong: expect.any(Array) });
  });

  it('never fill a field that is not printed with a guess', () => {
    const guessed = results.flatMap((r) =>
      FIELDS.filter((f) => expected[r.file]![f] === null && r.circular.data[f] !== null && r.circular.data.provenance[f as 'title'].from === 'printed').map((f) => `${r.file} ${f}`),
    );
    expect(guessed).toEqual([]);
  });

  it('drop the navigation menu and footer of a web copy into the report', () => {
    const web = results.find((r) => r.file === 'web-copy-long-menu.txt')!;
    expect(web.circular.report.dropped.map((d) => d.detail)).toEqual(
      expect.arrayContaining([expect.stringContaining('navigation menu'), 'breadcrumb', 'source/date bar', 'address/contact footer', 'ICP licence']),
    );
    expect(web.circular.kept.join('')).not.toContain('网站首页');
  });

  it('find the measures of a one-line scrape and of a Markdown copy', () => {
    expect(results.find((r) => r.file === 'one-line-scrape.txt')!.circular.data.measures.map((m) => m.title)).toEqual(['明确改革目标', '优化组织结构', '加强组织领导']);
    const md = results.find((r) => r.file === 'markdown-copy.md')!.circular;
    // 建设目标 carries a concrete target (80%以上 by 2021), so it is a measure too.
    expect(md.data.measures.map((m) => m.title)).toEqual(['建设目标', '建设网上服务平台', '推行网上入会']);
    expect(md.report.dropped.every((d) => d.reason === 'markup')).toBe(true);
    expect(md.data.measures[1]!.deadlines).toEqual([expect.objectContaining({ date: '2019-12-31' })]);
  });
});
