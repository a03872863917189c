import { describe, expect, it } from 'vitest';
import { pageHref, pageNumbersShown, pageParam, paginate, runsBy } from '../../src/lib/paginate';

describe('paginate', () => {
  it('cuts a list into pages of a fixed size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count, p.offset])).toEqual([[1, 3, 0], [2, 3, 2], [3, 3, 4]]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, items: [], count: 1, offset: 0 }]);
  });
});

describe('pageHref and pageParam', () => {
  it('puts page 1 at the base address and page n under it', () => {
    expect(pageHref('/themes/funding/', 1)).toBe('/themes/funding/');
    expect(pageHref('/themes/funding/', 3)).toBe('/themes/funding/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});

describe('runsBy', () => {
  it('groups consecutive items sharing a key', () => {
    expect(runsBy(['a1', 'a2', 'b1', 'a3'], (s) => s[0])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['a', ['a3']],
    ]);
  });
});

describe('pageNumbersShown', () => {
  it('links the first and last pages and two either side of the current one, with gaps marked', () => {
    expect(pageNumbersShown(1, 1)).toEqual([1]);
    expect(pageNumbersShown(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbersShown(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageNumbersShown(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageNumbersShown(12, 12)).toEqual([1, null, 10, 11, 12]);
  });
});
