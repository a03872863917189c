import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyByTitle,
  classifyTarget,
  excerpt,
  figureGroups,
  loadFigureKinds,
  locateTargets,
  measureTextsFromHtml,
  type FigureKind,
} from '../../src/lib/compare/figures';
import type { CircularInput } from '../../src/lib/compare/types';
import type { Target } from '../../src/schema/circular';

const kinds: FigureKind[] = [
  { id: 'rep-congress', zh: '代表', units: ['%'], keywords: ['代表中'] },
  { id: 'rep-committee', zh: '全委', units: ['%'], keywords: ['全委会'] },
  { id: 'rep-standing', zh: '常委', units: ['%'], keywords: ['常委'] },
  { id: 'vice-chairs', zh: '副主席', units: ['名'], keywords: ['副主席'] },
  { id: 'funds', zh: '经费', units: ['%'], keywords: ['留成'] },
];

const pct = (text: string, value: number): Target => ({ text, value, op: '>=', unit: '%' });

describe('measureTextsFromHtml', () => {
  it('reads the text of each measure block, nested blocks included, entities decoded', () => {
    const html =
      '<section id="s1" class="sec"><h2>一、</h2><section id="m1" class="measure"><p>甲&amp;乙，</p>' +
      '<section id="m2" class="measure"><p>丙 丁</p></section></section></section><section id="m3"><p>戊</p></section>';
    const texts = measureTextsFromHtml(html);
    expect(texts.get('m1')).toBe('甲&乙，丙丁');
    expect(texts.get('m2')).toBe('丙丁');
    expect(texts.get('m3')).toBe('戊');
    expect(texts.has('s1')).toBe(false);
  });
});

describe('classifyTarget', () => {
  const text = '区工会代表大会代表中提高到65%以上，区总工会全委会委员中提高到35%以上，常委会委员中提高到20%以上。';
  const targets = [pct('提高到65%以上', 65), pct('提高到35%以上', 35), pct('提高到20%以上', 20)];

  it('gives each target the kind whose keyword stands nearest before it', () => {
    const places = locateTargets(text, targets);
    const got = targets.map((t, i) => {
      const p = places[i]!;
      return classifyTarget(kinds, t.unit, { sentence: p.sentence, at: p.at, length: t.text.length, clauseEnd: p.clauseEnd });
    });
    expect(got).toEqual(['rep-congress', 'rep-committee', 'rep-standing']);
  });

  it('also reads a keyword after the target in the same clause (并至少设置1名兼职副主席)', () => {
    const t: Target = { text: '至少设置1名', value: 1, op: '>=', unit: '名' };
    const [p] = locateTargets('吸纳一线职工进入同级委员会，并至少设置1名兼（挂）职副主席。', [t]);
    expect(classifyTarget(kinds, '名', { sentence: p!.sentence, at: p!.at, length: t.text.length, clauseEnd: p!.clauseEnd })).toBe('vice-chairs');
  });

  it('ignores kinds for other units and keywords too far away', () => {
    const far = `留成${'的'.repeat(40)}60%`;
    const t = pct('60%', 60);
    const [p] = locateTargets(far, [t]);
    expect(classifyTarget(kinds, '%', { sentence: p!.sentence, at: p!.at, length: 3, clauseEnd: p!.clauseEnd })).toBeNull();
    expect(classifyTarget(kinds, '人', { sentence: '留成60人', at: 2, length: 3, clauseEnd: 5 })).toBeNull();
  });

  it('falls back to the measure title', () => {
    expect(classifyByTitle(kinds, '名', '配强副主席')).toBe('vice-chairs');
    expect(classifyByTitle(kinds, '%', '配强副主席')).toBeNull();
  });
});

describe('locateTargets', () => {
  it('finds repeated wordings one after the other', () => {
    const t: Target = { text: '1名', value: 1, op: '=', unit: '名' };
    const places = locateTargets('甲1名，乙1名。', [t, t]);
    expect(places.map((p) => p!.at)).toEqual([1, 5]);
  });

  it('returns null for a wording not in the text', () => {
    expect(locateTargets('甲', [pct('9%', 9)])).toEqual([null]);
  });
});

describe('excerpt', () => {
  it('cuts the sentence around the wording', () => {
    expect(excerpt('甲乙丙丁戊己', '丙', 1, 1)).toEqual({ head: '…乙', match: '丙', tail: '丁…' });
  });
});

describe('figureGroups', () => {
  it('puts every target in exactly one group, unclaimed ones under 其他数字', () => {
    const c: CircularInput = {
      id: 'a',
      data: {
        title: 't',
        docNumber: null,
        issuer: 'i',
        issuerLevel: 'district',
        date: '2017',
        cites: [],
        measures: [
          {
            id: 'm15',
            title: '加大经费向基层工会倾斜力度',
            section: null,
            themes: ['funding'],
            targets: [
              { text: '从50%调增至60%', value: 60, from: 50, op: '=', unit: '%' },
              { text: '3个', value: 3, op: '=', unit: '个' },
            ],
            deadlines: [],
            owners: [],
          },
        ],
      },
    };
    const groups = figureGroups([c], kinds, () => new Map([['m15', '基层工会经费留成从50%调增至60%。另设3个。']]));
    expect(groups.map((g) => [g.kind.id, g.entries.length])).toEqual([
      ['rep-congress', 0],
      ['rep-committee', 0],
      ['rep-standing', 0],
      ['vice-chairs', 0],
      ['funds', 1],
      ['other', 1],
    ]);
    expect(groups[4]!.entries[0]).toMatchObject({ figure: '50%→60%', href: '/circulars/a/#m15', wording: '从50%调增至60%' });
  });
});

describe('figure-kinds.yaml', () => {
  it('is valid and has unique ids', () => {
    const yaml = readFileSync(new URL('../../src/lib/compare/figure-kinds.yaml', import.meta.url), 'utf8');
    expect(loadFigureKinds(yaml).length).toBeGreaterThan(5);
  });

  it('is rejected with every problem listed when malformed', () => {
    expect(() => loadFigureKinds('- id: X\n  zh: ""\n')).toThrow(/figure-kinds.yaml is invalid/);
    expect(() => loadFigureKinds('- {id: other, zh: a, units: ["%"], keywords: [b]}')).toThrow(/reserved/);
  });
});
