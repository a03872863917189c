import { describe, expect, it } from 'vitest';
import { citationMap } from '../../src/lib/compare/citation-map';
import type { CircularInput } from '../../src/lib/compare/types';
import type { Citation } from '../../src/schema/circular';

const circular = (id: string, cites: Citation[]): CircularInput => ({
  id,
  data: { title: `标题${id}`, docNumber: `号${id}`, issuer: id, issuerLevel: 'city', date: null, measures: [], cites },
});

describe('citationMap', () => {
  const map = citationMap([
    circular('a', [
      { title: '中华人民共和国工会法', relation: 'cites' },
      { title: '某方案', slug: 'b', relation: 'cites' },
      { title: '某方案', slug: 'b', relation: 'drafts' },
    ]),
    circular('b', [
      { title: '中华人民共和国工会法', relation: 'cites' },
      { title: '自己', slug: 'b', relation: 'cites' },
    ]),
    circular('c', [{ title: '中国工会章程', docNumber: 'X〔2018〕1号', relation: 'cites' }]),
  ]);

  it('counts each citing circular once per document, with the relations it uses', () => {
    expect(map.inCorpus).toHaveLength(1);
    expect(map.inCorpus[0]).toMatchObject({ slug: 'b', title: '标题b', docNumber: '号b' });
    expect(map.inCorpus[0]!.citing.map((x) => [x.circular.slug, x.relations])).toEqual([['a', ['cites', 'drafts']]]);
  });

  it('lists documents outside the corpus most cited first, ignoring self-citations', () => {
    expect(map.outside.map((d) => [d.title, d.citing.length, d.docNumber])).toEqual([
      ['中华人民共和国工会法', 2, null],
      ['中国工会章程', 1, 'X〔2018〕1号'],
    ]);
    expect(map.edges).toBe(4);
  });
});
