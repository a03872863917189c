import { describe, it, expect } from 'vitest';
import { findDates, lastDayOfMonthIso } from '../../src/pipeline/text/dates';

describe('findDates', () => {
  it('finds the date line 2017年10月20日 of 广工发〔2017〕77号', () => {
    const text = '广元市总工会组宣部                   2017年10月20日印发';
    expect(findDates(text)).toEqual([{ text: '2017年10月20日', iso: '2017-10-20', index: text.indexOf('2017') }]);
  });

  it('finds 2015年5月13日 next to a document number', () => {
    const text = '（朝工发【2015】24号 2015年5月13日）';
    expect(findDates(text)).toEqual([{ text: '2015年5月13日', iso: '2015-05-13', index: text.indexOf('2015年5') }]);
  });

  it('finds the web-page form 2017-08-22', () => {
    const text = '信息来源: | 发布时间 2017-08-22';
    expect(findDates(text)).toEqual([{ text: '2017-08-22', iso: '2017-08-22', index: text.indexOf('2017') }]);
  });

  it('finds the official form 二〇一七年十月二十日', () => {
    expect(findDates('二〇一七年十月二十日')).toEqual([{ text: '二〇一七年十月二十日', iso: '2017-10-20', index: 0 }]);
  });

  it('reads 二〇一八年二月二十八日 and 二〇一七年十二月三十一日', () => {
    expect(findDates('二〇一八年二月二十八日；二〇一七年十二月三十一日').map((d) => d.iso)).toEqual(['2018-02-28', '2017-12-31']);
  });

  it('accepts year-first dotted and slashed dates such as 2017.8.22 and 2017/8/22', () => {
    expect(findDates('2017.8.22 和 2017/8/22').map((d) => d.iso)).toEqual(['2017-08-22', '2017-08-22']);
  });

  it('accepts full-width digits and spaces from PDF copies', () => {
    expect(findDates('２０１７年１０月２０日 与 2017 年 8 月 22 日').map((d) => d.iso)).toEqual(['2017-10-20', '2017-08-22']);
  });

  it('rejects days the calendar does not have', () => {
    expect(findDates('2018年2月30日 2017-02-29 2017年13月1日')).toEqual([]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(findDates('2016年2月29日').map((d) => d.iso)).toEqual(['2016-02-29']);
  });

  it('does not take decimals, versions, phone numbers or partial dates for dates', () => {
    expect(findDates('比例由11.6%增至15.4%, 版本1.2.3, 电话0716-8212336, 2017.5, 2017.8.22.1, 2017年10月, 8月22日')).toEqual([]);
  });

  it('returns the dates in order of appearance whatever their form', () => {
    expect(findDates('2017-08-22，二〇一七年十月二十日，2015年5月13日').map((d) => d.iso)).toEqual([
      '2017-08-22',
      '2017-10-20',
      '2015-05-13',
    ]);
  });
});

describe('lastDayOfMonthIso', () => {
  it('gives the last day of June for 2018年6月底', () => {
    expect(lastDayOfMonthIso(2018, 6)).toBe('2018-06-30');
  });

  it('knows leap years', () => {
    expect(lastDayOfMonthIso(2016, 2)).toBe('2016-02-29');
    expect(lastDayOfMonthIso(2017, 2)).toBe('2017-02-28');
    expect(lastDayOfMonthIso(2017, 12)).toBe('2017-12-31');
  });

  it('throws on a month outside 1–12', () => {
    expect(() => lastDayOfMonthIso(2017, 13)).toThrow(RangeError);
    expect(() => lastDayOfMonthIso(2017, 0)).toThrow(/1–12/);
  });
});
