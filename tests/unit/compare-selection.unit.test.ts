/**
 * What the compare page shows (src/lib/compare/selection.ts), pure functions the
 * build and the page's browser script share: the address's state, the column
 * limit, the column order and the rows.
 */
import { describe, expect, it } from 'vitest';
import type { Column, MeasureSummary } from '../../src/lib/compare/matrix';
import {
  byColumnHead,
  exceedsLimit,
  matrixOf,
  MAX_COLUMNS,
  parseSelection,
  searchOf,
  splitList,
  stateFromChoices,
  stateFromSearch,
  withColumn,
} from '../../src/lib/compare/selection';
import { UNCLASSIFIED } from '../../src/lib/compare/types';
import { LEVEL_LABELS, LEVEL_ORDER, levelLabel, levelLabelRank, levelRank, UNKNOWN_LEVEL_LABEL } from '../../src/shared/levels';

const nine = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

describe('parseSelection', () => {
  it('keeps the slugs of c= once each, in order, at most MAX_COLUMNS', () => {
    expect(splitList(' a, ,b,')).toEqual(['a', 'b']);
    expect(parseSelection('b, a,b,')).toEqual(['b', 'a']);
    expect(parseSelection(null)).toEqual([]);
    expect(MAX_COLUMNS).toBe(8);
    expect(parseSelection(nine.join(','))).toEqual(nine.slice(0, 8));
  });
});

describe('stateFromSearch and searchOf', () => {
  it('reads circulars, themes and the empty-row switch from the address', () => {
    expect(stateFromSearch('?c=a,b,a&t=funding,%20representation&empty=0', ['x'])).toEqual({ c: ['a', 'b'], t: ['funding', 'representation'], hideEmpty: true });
  });

  it('falls back to the default columns when the address names none', () => {
    expect(stateFromSearch('', ['x', 'y'])).toEqual({ c: ['x', 'y'], t: [], hideEmpty: false });
    expect(stateFromSearch('?c=,', ['x'])).toMatchObject({ c: ['x'] });
  });

  it('writes commas readably, and themes only when some are left out', () => {
    expect(searchOf({ c: ['a', 'b'], t: ['funding'], hideEmpty: true }, 3)).toBe('?c=a,b&t=funding&empty=0');
    expect(searchOf({ c: ['a'], t: ['funding', 'x', 'y'], hideEmpty: false }, 3)).toBe('?c=a');
    expect(searchOf({ c: ['a'], t: [], hideEmpty: false }, 3)).toBe('?c=a');
  });

  it('reads back what it writes', () => {
    const state = { c: ['a b', 'c&d'], t: ['funding'], hideEmpty: true };
    expect(stateFromSearch(searchOf(state, 2), [])).toEqual(state);
  });
});

describe('the chooser boxes', () => {
  it('take every theme when all are checked, and at most MAX_COLUMNS circulars', () => {
    expect(stateFromChoices(nine, ['a', 'b'], 2, false)).toEqual({ c: nine.slice(0, 8), t: [], hideEmpty: false });
    expect(stateFromChoices(['x'], ['a'], 2, true)).toEqual({ c: ['x'], t: ['a'], hideEmpty: true });
  });

  it('refuse a ninth circular, not one already among the eight', () => {
    const full = stateFromChoices(nine, [], 0, false);
    expect(exceedsLimit(full, '9')).toBe(true);
    expect(exceedsLimit(full, '3')).toBe(false);
    expect(exceedsLimit(stateFromChoices(['1', '2'], [], 0, false), '2')).toBe(false);
  });

  it('add a found circular last, dropping the first when full, and never twice', () => {
    const state = { c: nine.slice(0, 8), t: [], hideEmpty: false };
    expect(withColumn(state, '9').c).toEqual(nine.slice(1));
    expect(withColumn(state, '3')).toBe(state);
    expect(withColumn({ ...state, c: ['a'] }, 'b').c).toEqual(['a', 'b']);
  });
});

describe('levels', () => {
  it('rank a level and its name alike, national first, unknown after the others', () => {
    expect([...LEVEL_ORDER, null].map(levelLabel)).toEqual(['全国', '省级', '市级', '县级', '区级', '产业', '其他', '层级不详']);
    for (const level of [...LEVEL_ORDER, null]) expect(levelLabelRank(levelLabel(level))).toBe(levelRank(level));
    expect(levelLabel(null)).toBe(UNKNOWN_LEVEL_LABEL);
    expect(levelRank(null)).toBe(LEVEL_ORDER.length);
    expect(levelLabelRank(LEVEL_LABELS.city)).toBeLessThan(levelLabelRank(LEVEL_LABELS.district));
    expect(levelLabelRank('no such level')).toBe(LEVEL_ORDER.length + 1);
  });
});

const m = (id: string): MeasureSummary => ({ id, title: `措施${id}`, href: `/circulars/x/#${id}`, figures: [], deadlines: [] });
const column = (slug: string, level: string, date: string | null, cells: Column['cells'] = {}): Column => ({
  slug,
  title: `文件${slug}`,
  href: `/circulars/${slug}/`,
  issuer: `机关${slug}`,
  level,
  date,
  dateText: date ?? '日期不详',
  cells,
});
const themes = [{ id: 'representation', zh: '代表性' }, { id: 'funding', zh: '经费' }, UNCLASSIFIED];

describe('byColumnHead', () => {
  it('orders national first, then by date oldest first, undated last, then by slug', () => {
    const heads = [
      column('d', '区级', '2015-05-13'),
      column('c2', '市级', null),
      column('c1', '市级', '2017-10-20'),
      column('x', '层级不详', '2010'),
      column('n', '全国', null),
      column('c0b', '市级', '2016-01'),
      column('c0a', '市级', '2016-01'),
    ];
    expect([...heads].sort(byColumnHead).map((c) => c.slug)).toEqual(['n', 'c0a', 'c0b', 'c1', 'c2', 'd', 'x']);
    const [undated, dated] = [column('u', '市级', null), column('v', '市级', '2020')];
    expect(byColumnHead(undated, dated)).toBeGreaterThan(0);
    expect(byColumnHead(dated, undated)).toBeLessThan(0);
  });
});

describe('matrixOf', () => {
  const a = column('a', '区级', '2017', { funding: [m('m1')], unclassified: [m('m2')] });
  const n = column('n', '全国', null, { representation: [m('m1')] });

  it('puts the columns in order, without their cells, and keeps the themes in the order given', () => {
    const matrix = matrixOf([a, n], themes);
    expect(matrix.columns.map((c) => c.slug)).toEqual(['n', 'a']);
    expect(matrix.columns[0]).not.toHaveProperty('cells');
    expect(matrix.rows.map((r) => r.theme.id)).toEqual(['representation', 'funding', 'unclassified']);
    expect(matrix.rows[1]!.cells).toEqual([[], [m('m1')]]);
  });

  it('shows 未归入主题 only when a column has unthemed measures', () => {
    expect(matrixOf([n], themes).rows.map((r) => r.theme.id)).toEqual(['representation', 'funding']);
  });

  it('keeps only the chosen themes, and with hideEmpty only those a column addresses', () => {
    expect(matrixOf([a, n], themes, { chosen: ['funding', 'representation'] }).rows.map((r) => r.theme.id)).toEqual(['representation', 'funding']);
    expect(matrixOf([n], themes, { hideEmpty: true }).rows.map((r) => r.theme.id)).toEqual(['representation']);
  });
});
