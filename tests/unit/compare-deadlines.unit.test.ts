import { describe, expect, it } from 'vitest';
import { deadlineTimeline, monthIndex, monthLabel } from '../../src/lib/compare/deadline-timeline';
import type { CircularInput } from '../../src/lib/compare/types';
import type { Deadline } from '../../src/schema/circular';

const circular = (id: string, level: CircularInput['data']['issuerLevel'], deadlines: Deadline[][]): CircularInput => ({
  id,
  data: {
    title: id,
    docNumber: null,
    issuer: id,
    issuerLevel: level,
    date: null,
    cites: [],
    measures: deadlines.map((d, i) => ({ id: `m${i + 1}`, title: `措施${i + 1}`, section: null, themes: [], targets: [], deadlines: d, owners: [] })),
  },
});

describe('deadlineTimeline', () => {
  const timeline = deadlineTimeline([
    circular('city', 'city', [[{ text: '2018年6月底前', date: '2018-06-30' }], [{ text: '2017年底前', date: '2017-12-31' }]]),
    circular('county', 'county', [[{ text: '今年9月底前' }, { text: '2018年6月', date: '2018-06-30' }]]),
  ]);

  it('orders resolved deadlines by date, same-day ones by level, each linking to its measure', () => {
    expect(timeline.resolved.map((e) => `${e.date} ${e.href}`)).toEqual([
      '2017-12-31 /circulars/city/#m2',
      '2018-06-30 /circulars/city/#m1',
      '2018-06-30 /circulars/county/#m1',
    ]);
  });

  it('keeps deadlines without a date apart', () => {
    expect(timeline.unresolved.map((e) => e.text)).toEqual(['今年9月底前']);
  });

  it('indexes months with their counts and the page where each starts', () => {
    expect(monthIndex(timeline.resolved, 2)).toEqual([
      { month: '2017-12', count: 1, page: 1 },
      { month: '2018-06', count: 2, page: 1 },
    ]);
    expect(monthIndex(timeline.resolved, 1).map((m) => m.page)).toEqual([1, 2]);
    expect(monthLabel('2018-06')).toBe('2018年6月');
  });
});
