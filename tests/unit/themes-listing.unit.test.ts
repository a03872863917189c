import { describe, expect, it } from 'vitest';
import { measuresByTheme } from '../../src/lib/compare/theme-listings';
import type { CircularInput } from '../../src/lib/compare/types';
import type { Measure } from '../../src/schema/circular';

const measure = (id: string, themes: string[]): Measure => ({ id, title: id, section: null, themes, targets: [], deadlines: [], owners: [] });
const circular = (id: string, level: CircularInput['data']['issuerLevel'], date: string | null, measures: Measure[]): CircularInput => ({
  id,
  data: { title: id, docNumber: null, issuer: id, issuerLevel: level, date, measures, cites: [] },
});

const themes = [
  { id: 'funding', zh: '经费' },
  { id: 'party', zh: '党建' },
];

describe('measuresByTheme', () => {
  const corpus = [
    circular('old-city', 'city', '2015', [measure('m1', ['funding']), measure('m2', ['funding', 'party'])]),
    circular('new-city', 'city', '2018', [measure('m1', ['funding'])]),
    circular('nat', 'national', null, [measure('m1', ['party']), measure('m2', [])]),
  ];
  const listings = measuresByTheme(corpus, themes);

  it('groups national down, newest first within a level, measures in the circular order', () => {
    const funding = listings.find((l) => l.theme.id === 'funding')!;
    expect(funding.measures.map((m) => `${m.circular.slug}#${m.measure.id}`)).toEqual(['new-city#m1', 'old-city#m1', 'old-city#m2']);
    expect(funding.circularCount).toBe(2);
  });

  it('lists each measure under each of its themes, and unthemed ones under 未归入主题', () => {
    const party = listings.find((l) => l.theme.id === 'party')!;
    expect(party.measures.map((m) => `${m.circular.slug}#${m.measure.id}`)).toEqual(['nat#m1', 'old-city#m2']);
    expect(listings.map((l) => l.theme.id)).toEqual(['funding', 'party', 'unclassified']);
    expect(listings[2]!.measures.map((m) => m.measure.href)).toEqual(['/circulars/nat/#m2']);
  });

  it('keeps a measure whose theme left the taxonomy, under 未归入主题', () => {
    const l = measuresByTheme([circular('a', 'city', null, [measure('m1', ['gone'])])], themes);
    expect(l.at(-1)!.measures.map((m) => m.measure.id)).toEqual(['m1']);
  });
});
