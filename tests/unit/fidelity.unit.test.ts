/**
 * Nothing is lost: for every seed, the text the cleaner keeps plus the pieces it
 * reports as dropped account for every non-space character of the source, and
 * nothing else appears; a piece dropped as an encoded blob holds nothing but the
 * blob. For every real web page, the text the ingest keeps plus everything the
 * report lists account for every text node of the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean';
import { decode } from '../../src/pipeline/decode';
import { sniffFormat } from '../../src/pipeline/formats/sniff';
import { ingestFile } from '../../src/pipeline/ingest-file';
import { normalize } from '../../src/pipeline/normalize';
import { readTaxonomy } from '../../src/pipeline/text/themes';
import type { DroppedPiece } from '../../src/pipeline/types';
import { REAL_DIR } from '../support/real-labels';
import { readSeedFiles } from '../support/seeds';

const nonSpace = (s: string) => [...s.replace(/[\s\u00a0\u3000\ufeff\u200b\u2000-\u200a]/g, '')].sort().join('');
/** A blob piece: base64 characters, perhaps in the brackets it was pasted in. */
const ONLY_BLOB = /^[(（]?[A-Za-z0-9+/=\s]+[)）]?$/;
const blobsHoldOnlyBlobs = (dropped: DroppedPiece[]) => dropped.filter((d) => d.reason === 'encoded-blob' && !ONLY_BLOB.test(d.text)).map((d) => d.text);

/** Every text node of the page but code (scripts, styles, templates) and the head. */
function pageText(html: string): string {
  const skip = new Set(['script', 'style', 'template', 'head']);
  const out: string[] = [];
  const walk = (node: { nodeName: string; value?: string; childNodes?: unknown[]; content?: unknown }) => {
    if (node.nodeName === '#text') out.push(node.value ?? '');
    if (skip.has(node.nodeName)) return;
    for (const c of (node.childNodes ?? []) as (typeof node)[]) walk(c);
  };
  walk(parse(html) as unknown as Parameters<typeof walk>[0]);
  return out.join('');
}

/**
 * The seeds that the text path (decode → normalize → clean) reads: plain text and Markdown. A Word
 * or PDF file an editor adds has readers of its own (and tests of their own); decode refuses it.
 */
const textSeeds = readSeedFiles().filter((seed) => {
  const sniffed = sniffFormat(seed.file, seed.bytes);
  return sniffed.ok && (sniffed.format === 'text' || sniffed.format === 'markdown');
});

describe('cleaning accounts for every character', () => {
  for (const seed of textSeeds) {
    it(`kept + dropped = source for ${seed.file}`, () => {
      const decoded = decode(seed.bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      const result = clean(normalize(decoded.text));
      const kept = result.paragraphs.map((p) => p.text).join('');
      const dropped = result.dropped.map((d) => d.text).join('');
      expect(nonSpace(kept + dropped)).toBe(nonSpace(decoded.text));
      expect(blobsHoldOnlyBlobs(result.dropped)).toEqual([]);
    });
  }

  it('keeps the text after a blob in the middle of a line', () => {
    const blob = `A${'bC9'.repeat(20)}`;
    const result = clean(normalize(`各级工会要落实。${blob}各单位于6月底前报送材料。\n下一段正文。`));
    expect(result.paragraphs.map((p) => p.text)).toEqual(['各级工会要落实。各单位于6月底前报送材料。', '下一段正文。']);
    expect(result.dropped.map((d) => d.text)).toEqual([blob]);
  });

  it('drops two blobs on one line and keeps the text between and after them', () => {
    const a = `Q${'xY7'.repeat(15)}`;
    const b = `Z${'mN3'.repeat(15)}`;
    const result = clean(normalize(`第一句。${a}第二句。(${b})第三句。`));
    expect(result.paragraphs.map((p) => p.text)).toEqual(['第一句。第二句。第三句。']);
    expect(result.dropped.map((d) => d.text).sort()).toEqual([a, `(${b})`].sort());
  });

  it('holds on a file mixing chrome, a blob, a repeat and a page break', () => {
    const para = '各级工会按照习近平总书记的重要指示精神，扎实推进工会改革创新，取得了阶段性成果。';
    const source = [
      '某市总工会欢迎您 | 今天是:',
      '首页', '工会动态', '政策法规', '联系我们',
      para,
      `落实。 (A${'bC9'.repeat(30)}`,
      ')',
      '区、街两级工会要培育、联系一批职工互助类、职工志愿服务类社会',
      '',
      '组织，吸纳更多的社会力量。',
      para,
      '鄂ICP备12004590号-1',
    ].join('\r\n');
    const result = clean(normalize(source));
    const kept = result.paragraphs.map((p) => p.text).join('');
    expect(result.dropped.map((d) => d.reason)).toEqual(['site-chrome', 'site-chrome', 'encoded-blob', 'repeated-paragraph', 'site-chrome']);
    expect(result.joined).toHaveLength(1);
    expect(nonSpace(kept + result.dropped.map((d) => d.text).join(''))).toBe(nonSpace(source));
  });
});

describe('a web page: kept + reported = every text node of the page', () => {
  const taxonomy = readTaxonomy();
  const pages = readdirSync(path.join(REAL_DIR, 'pages')).filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    it(`accounts for every character of ${file}`, async () => {
      const bytes = readFileSync(path.join(REAL_DIR, 'pages', file));
      const r = await ingestFile({ file, bytes }, taxonomy);
      if (!r.ok) throw new Error(r.reason);
      const { kept, report } = r.circular;
      expect(nonSpace(kept.join('') + report.dropped.map((d) => d.text).join(''))).toBe(nonSpace(pageText(bytes.toString('utf8'))));
      // The regions outside the article are listed, each with its reason.
      expect(report.dropped.some((d) => d.reason === 'site-chrome' && /before the article/.test(d.detail))).toBe(true);
      expect(blobsHoldOnlyBlobs(report.dropped)).toEqual([]);
    });
  }
});
