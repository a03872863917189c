import { describe, expect, it } from 'vitest';
import { byLevelThenDate, defaultSelection } from '../../src/lib/compare/columns';
import { buildColumn, buildMatrix, cellText } from '../../src/lib/compare/matrix';
import type { CircularInput } from '../../src/lib/compare/types';
import type { Measure } from '../../src/schema/circular';

const measure = (id: string, themes: string[], extra: Partial<Measure> = {}): Measure => ({
  id,
  title: `措施${id}`,
  section: null,
  themes,
  targets: [],
  deadlines: [],
  owners: [],
  ...extra,
});

const circular = (id: string, level: CircularInput['data']['issuerLevel'], date: string | null, measures: Measure[] = []): CircularInput => ({
  id,
  data: { title: `文件${id}`, docNumber: null, issuer: `机关${id}`, issuerLevel: level, date, measures, cites: [] },
});

const themes = [
  { id: 'funding', zh: '经费保障与监管' },
  { id: 'representation', zh: '代表性与一线比例' },
];

describe('byLevelThenDate', () => {
  it('orders national first, then by date oldest first, undated last within a level', () => {
    const list = [
      circular('d', 'district', '2015-05-13'),
      circular('c2', 'city', null),
      circular('c1', 'city', '2017-10-20'),
      circular('n', 'national', null),
      circular('c0', 'city', '2016-01'),
      circular('x', null, '2010'),
    ];
    expect([...list].sort(byLevelThenDate).map((c) => c.id)).toEqual(['n', 'c0', 'c1', 'c2', 'd', 'x']);
  });
});

describe('defaultSelection', () => {
  it('takes the newest circular of each level, then tops up with the newest others', () => {
    const newestFirst = [
      circular('a', 'city', '2019'),
      circular('b', 'city', '2018'),
      circular('c', 'national', '2017'),
      circular('d', 'city', '2016'),
    ];
    expect(defaultSelection(newestFirst, 3).map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(defaultSelection(newestFirst, 2).map((c) => c.id)).toEqual(['c', 'a']);
  });
});

describe('buildMatrix', () => {
  const a = circular('a', 'district', '2017-08-22', [
    measure('m1', ['funding'], {
      targets: [{ text: '从50%调增至60%', value: 60, from: 50, op: '=', unit: '%' }],
      deadlines: [{ text: '2017年底前', date: '2017-12-31' }],
    }),
    measure('m2', ['funding', 'representation']),
  ]);
  const n = circular('n', 'national', null, [measure('m1', ['representation']), measure('m2', [])]);

  it('puts columns in level order and rows in taxonomy order', () => {
    const matrix = buildMatrix([a, n], themes);
    expect(matrix.columns.map((c) => c.slug)).toEqual(['n', 'a']);
    expect(matrix.rows.map((r) => r.theme.id)).toEqual(['funding', 'representation', 'unclassified']);
  });

  it('fills a cell with the measures on the theme, each linking to its paragraph, with figures and deadline', () => {
    const matrix = buildMatrix([a, n], themes);
    const funding = matrix.rows[0]!;
    expect(funding.cells[0]).toEqual([]);
    expect(funding.cells[1]!.map((m) => m.href)).toEqual(['/circulars/a/#m1', '/circulars/a/#m2']);
    expect(funding.cells[1]![0]).toMatchObject({ figures: ['50%→60%'], deadlines: ['2017年底前'] });
  });

  it('lists a measure under every one of its themes, and an unthemed measure under 未归入主题', () => {
    const col = buildColumn(a);
    expect(col.cells.representation!.map((m) => m.id)).toEqual(['m2']);
    expect(buildColumn(n).cells.unclassified!.map((m) => m.id)).toEqual(['m2']);
  });

  it('shows a figure repeated in one measure once', () => {
    const one = { text: '1名', value: 1, op: '=' as const, unit: '名' };
    const c = circular('r', 'city', null, [measure('m1', ['funding'], { targets: [one, { ...one, text: '各1名' }] })]);
    expect(buildColumn(c).cells.funding![0]!.figures).toEqual(['1名']);
  });

  it('has no 未归入主题 row when every measure has a theme', () => {
    expect(buildMatrix([a], themes).rows.map((r) => r.theme.id)).toEqual(['funding', 'representation']);
  });

  it('names the column by issuer, level and date, and says when the date is unknown', () => {
    const [head] = buildMatrix([n], themes).columns;
    expect(head).toMatchObject({ issuer: '机关n', level: '全国', date: null, dateText: '日期不详', href: '/circulars/n/' });
  });
});

describe('cellText', () => {
  it('says 未涉及 for an empty cell, never blank', () => {
    expect(cellText([])).toBe('未涉及');
  });

  it('joins measures with their figures and deadlines', () => {
    const m = { id: 'm1', title: '加大经费倾斜', href: '', figures: ['50%→60%'], deadlines: ['2017年底前'] };
    expect(cellText([m, { ...m, id: 'm2', figures: [], deadlines: [] }])).toBe('m1 加大经费倾斜（50%→60%，2017年底前）；m2 加大经费倾斜');
  });
});
