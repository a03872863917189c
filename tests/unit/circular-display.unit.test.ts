import { describe, expect, it } from 'vitest';
import { byDateDescUndatedLast, displayTitle, formatPartialDate } from '../../src/lib/circular-display';

describe('displayTitle', () => {
  it('shows the printed title', () => {
    expect(displayTitle('关于深化工会改革的实施意见', 'x')).toBe('关于深化工会改革的实施意见');
  });

  it('falls back to naming the slug when no title was printed', () => {
    expect(displayTitle(null, '003-guangyuan')).toBe('无标题（003-guangyuan）');
    expect(displayTitle('  ', '003-guangyuan')).toBe('无标题（003-guangyuan）');
  });
});

describe('formatPartialDate', () => {
  it('writes full, month-only and year-only dates the Chinese way, without leading zeros', () => {
    expect(formatPartialDate('2017-05-03')).toBe('2017年5月3日');
    expect(formatPartialDate('2017-11')).toBe('2017年11月');
    expect(formatPartialDate('2017')).toBe('2017年');
  });
});

describe('byDateDescUndatedLast', () => {
  const entry = (id: string, date: string | null) => ({ id, data: { date } });

  it('puts the newest first and undated circulars last, ties in slug order', () => {
    const sorted = [
      entry('b', null),
      entry('c', '2016-03-01'),
      entry('a', null),
      entry('d', '2018'),
      entry('e', '2017-05-31'),
      entry('f', '2017-05'),
      entry('g', '2017-05-31'),
    ].sort(byDateDescUndatedLast);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'e', 'g', 'f', 'c', 'a', 'b']);
  });
});
