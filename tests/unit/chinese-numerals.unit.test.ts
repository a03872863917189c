import { describe, it, expect } from 'vitest';
import { parseChineseNumber, parseYearDigits, toAsciiDigits } from '../../src/shared/chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百', 100],
    ['百', 100],
    ['五百七十', 570],
    ['一百零五', 105],
    ['三千零二十', 3020],
    ['一万', 10000],
    ['十万', 100000],
    ['一亿五千万', 150000000],
    ['〇', 0],
    ['零', 0],
    ['壹佰', 100],
  ])('reads the Chinese numeral %s as %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each([
    ['65', 65],
    ['570', 570],
    ['11.6', 11.6],
    ['1.39', 1.39],
    ['６５', 65],
    ['１．５', 1.5],
    ['0', 0],
  ])('reads the digit string %s as %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it('multiplies an Arabic number by 万 or 亿, as in 1500万人 and 1.39亿人', () => {
    expect(parseChineseNumber('1500万')).toBe(15000000);
    expect(parseChineseNumber('1.39亿')).toBe(139000000);
    expect(parseChineseNumber('3亿')).toBe(300000000);
  });

  it('reads digit-by-digit Chinese such as 二〇一七 as a plain number', () => {
    expect(parseChineseNumber('二〇一七')).toBe(2017);
  });

  it('trims surrounding space', () => {
    expect(parseChineseNumber(' 12 ')).toBe(12);
  });

  it.each(['', '线', '一线', '十百', '1.2.3', 'abc', '十三五x'])('returns null for %j', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('parseYearDigits', () => {
  it('reads 二〇一七 as 2017', () => {
    expect(parseYearDigits('二〇一七')).toBe(2017);
  });

  it('accepts 零 and the circle ○ typed for 〇', () => {
    expect(parseYearDigits('二零一五')).toBe(2015);
    expect(parseYearDigits('二○一八')).toBe(2018);
  });

  it('accepts Arabic and full-width digits', () => {
    expect(parseYearDigits('2017')).toBe(2017);
    expect(parseYearDigits('２０１７')).toBe(2017);
  });

  it.each(['二〇一', '二〇一七八', '二十一七', '两〇一七', ''])('rejects %j, which is not four year digits', (s) => {
    expect(parseYearDigits(s)).toBeNull();
  });
});

describe('toAsciiDigits', () => {
  it('turns full-width digits and point into ASCII and leaves other text alone', () => {
    expect(toAsciiDigits('比例１５．４％')).toBe('比例15.4％');
  });
});
