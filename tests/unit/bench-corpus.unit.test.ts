/**
 * The benchmark's synthetic corpus (scripts/bench/corpus.ts): deterministic,
 * the size asked for, every kind of debris present, and ingestible by the
 * real pipeline with no errors — a check of the pipeline on files it has never
 * seen, not only on the seeds it was written against.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cnNumber, DEBRIS_KINDS, editOneSeed, generateCorpus, type GeneratedCorpus } from '../../scripts/bench/corpus';
import { loadPools } from '../../scripts/bench/pools';
import { Rng } from '../../scripts/bench/rng';
import { ingestCorpus } from '../../src/pipeline/corpus';
import { readTaxonomy } from '../../src/pipeline/text/themes';

const pools = loadPools(path.resolve('seeds'));

function fingerprint(c: GeneratedCorpus): string[] {
  return [
    ...c.files.map((f) => `${f.name}:${Buffer.from(f.bytes).toString('base64')}`),
    ...[...c.sidecars].map(([name, text]) => `${name}:${text}`),
  ];
}

describe('seeded random numbers', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('keeps int() within its bounds', () => {
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
    }
  });
});

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives a byte-identical corpus', () => {
    const a = generateCorpus({ docs: 80, seed: 123, pools });
    const b = generateCorpus({ docs: 80, seed: 123, pools });
    expect(fingerprint(b)).toEqual(fingerprint(a));
    expect(JSON.stringify(b.truth)).toBe(JSON.stringify(a.truth));
  });

  it('gives a different corpus for a different seed', () => {
    const a = generateCorpus({ docs: 20, seed: 123, pools });
    const b = generateCorpus({ docs: 20, seed: 124, pools });
    expect(fingerprint(b)).not.toEqual(fingerprint(a));
  });

  it('makes N files with distinct names and every kind of debris', () => {
    const c = generateCorpus({ docs: 250, seed: 20250607, pools });
    expect(c.files).toHaveLength(250);
    expect(new Set(c.files.map((f) => f.name)).size).toBe(250);
    for (const kind of DEBRIS_KINDS) {
      expect(c.truth.filter((t) => t.debris.includes(kind)).length, kind).toBeGreaterThan(0);
    }
    // Issuers across levels, and real places.
    const levels = new Set(c.truth.map((t) => t.level).filter(Boolean));
    for (const level of ['national', 'provincial', 'city', 'county', 'district', 'industry']) expect(levels.has(level as never), level).toBe(true);
    expect(new Set(c.truth.flatMap((t) => t.region.slice(0, 1))).size).toBeGreaterThan(20);
    // Document numbers in several bracket styles, and citations of generated circulars.
    const brackets = new Set(c.truth.map((t) => t.docNumberPrinted?.match(/[〔【[(（]|\d{4}第/)?.[0]).filter(Boolean));
    expect(brackets.size).toBeGreaterThanOrEqual(5);
    expect(c.truth.filter((t) => t.cites.length > 0).length).toBeGreaterThan(50);
    // Sizes like the real seeds (5–12 KB).
    const mean = c.truth.reduce((n, t) => n + t.bytes, 0) / c.truth.length;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(20000);
  });

  it('prints the debris it records', () => {
    const c = generateCorpus({ docs: 120, seed: 99, pools });
    c.files.forEach((f, i) => {
      const t = c.truth[i]!;
      if (t.debris.includes('encoded-blob')) expect(f.text).toMatch(/[A-Za-z0-9+/]{200,}/);
      if (t.debris.includes('nav-menu')) expect(f.text).toMatch(/^首页$/m);
      if (t.debris.includes('crlf')) expect(Buffer.from(f.bytes).includes('\r\n')).toBe(true);
      if (t.debris.includes('bom')) expect([...f.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      if (t.debris.includes('gb18030')) expect(Buffer.from(f.bytes).toString('utf8')).toContain('\uFFFD');
      if (t.title && !t.debris.includes('sidecar')) expect(f.text).toContain(t.title);
      if (t.docNumberPrinted) expect(f.text).toContain(t.docNumberPrinted);
    });
  });
});

describe('the pipeline on a generated corpus', () => {
  it('ingests every generated file with no errors and drops the debris', () => {
    const c = generateCorpus({ docs: 80, seed: 4242, pools });
    const inputs = c.files.map((f) => ({
      file: f.name,
      bytes: f.bytes,
      sidecar: c.sidecars.get(f.name.replace(/\.txt$/, '.yaml')) ?? null,
    }));
    const result = ingestCorpus(inputs, readTaxonomy());
    expect(result.errors).toEqual([]);
    expect(result.circulars).toHaveLength(80);
    expect(result.outputs.size).toBe(160);
    const reasons = new Set<string>(result.circulars.flatMap((x) => x.report.dropped.map((d) => d.reason)));
    for (const reason of ['site-chrome', 'encoded-blob', 'repeated-paragraph']) expect(reasons.has(reason), reason).toBe(true);
    expect(result.circulars.some((x) => x.report.joined.length > 0)).toBe(true);
    // Some generated circulars cite others by title, and those citations resolve.
    expect(result.circulars.some((x) => x.data.cites.some((cite) => cite.slug?.startsWith('g')))).toBe(true);
  });
});

describe('helpers', () => {
  it('writes Chinese numbers as headings do', () => {
    expect([1, 9, 10, 11, 20, 23].map(cnNumber)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });

  it('edits one seed by adding a sentence, leaving the rest', () => {
    const text = '标题\n\n第一段。\n\n第二段。\n\n第三段。\n';
    const edited = editOneSeed(text);
    expect(edited).not.toBe(text);
    expect(edited.replace('各级工会要结合实际抓好落实。', '')).toBe(text);
  });
});
