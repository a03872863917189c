/**
 * Cross-links on a small fixture corpus: if A cites B, B's cited-by lists A (and
 * only the circulars that resolve to it), related circulars come from citation
 * neighbours first. The five real seeds don't cite each other, so this is the
 * check that the cited-by side of every circular page is right.
 */
import { describe, expect, it, vi } from 'vitest';

// corpus.ts reads the collection through astro:content, which only exists inside Astro.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { buildCorpus, relatedCirculars } = await import('../../src/lib/corpus');

type Entry = Parameters<typeof buildCorpus>[0][number];

function entry(id: string, over: Record<string, unknown> = {}): Entry {
  return {
    id,
    collection: 'circulars',
    data: {
      title: `文件${id}`,
      docNumber: null,
      docNumberPrinted: null,
      issuer: `机关${id}`,
      issuerLevel: 'city',
      region: [],
      date: null,
      docType: '通知',
      status: null,
      addressees: [],
      enclosed: null,
      provenance: {},
      summary: '',
      sections: [],
      measures: [],
      cites: [],
      source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
      cleaning: { dropped: 0, joined: 0 },
      ...over,
    },
  } as unknown as Entry;
}

const cite = (title: string, slug?: string, relation: 'cites' | 'drafts' | 'encloses' = 'cites') => ({ title, relation, ...(slug ? { slug } : {}) });

describe('cross-links of a fixture corpus', () => {
  const corpus = buildCorpus([
    entry('a', { cites: [cite('文件b', 'b'), cite('文件c', 'c'), cite('外部文件')] }),
    entry('b', { cites: [cite('文件c', 'c', 'drafts'), cite('文件b', 'b')] }),
    entry('c'),
    entry('d', { cites: [cite('文件a', 'a'), cite('文件a', 'a')] }),
  ]);

  it('is symmetric: every resolved citation A → B appears in B’s cited-by, and nothing else does', () => {
    for (const c of corpus.circulars) {
      for (const x of c.data.cites) {
        if (!x.slug || x.slug === c.id) continue;
        expect(corpus.citedBy.get(x.slug)?.map((y) => y.circular.id), `${c.id} cites ${x.slug}`).toContain(c.id);
      }
    }
    for (const [slug, citing] of corpus.citedBy) {
      for (const { circular } of citing) expect(circular.data.cites.some((x) => x.slug === slug), `${circular.id} listed as citing ${slug}`).toBe(true);
    }
  });

  it('lists each citing circular once, keeps the relation, and ignores self-citation and unresolved titles', () => {
    expect(corpus.citedBy.get('a')!.map((x) => x.circular.id)).toEqual(['d']);
    expect(corpus.citedBy.get('b')!.map((x) => x.circular.id)).toEqual(['a']);
    expect(corpus.citedBy.get('c')!.map((x) => [x.circular.id, x.relation]).sort()).toEqual([
      ['a', 'cites'],
      ['b', 'drafts'],
    ]);
    expect(corpus.citedBy.has('d')).toBe(false);
  });

  it('relates circulars that cite the same documents', () => {
    const related = relatedCirculars(corpus, corpus.bySlug.get('a')!);
    const b = related.find((r) => r.circular.id === 'b');
    expect(b?.reasons.join()).toContain('共同引用');
    expect(related.some((r) => r.circular.id === 'a')).toBe(false);
  });
});
