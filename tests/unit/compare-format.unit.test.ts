import { describe, expect, it } from 'vitest';
import { formatNumber, formatPeriod, formatTarget } from '../../src/lib/compare/format';

describe('formatTarget', () => {
  it('writes an at-least target as 65%以上', () => {
    expect(formatTarget({ text: '提高到65%以上', value: 65, op: '>=', unit: '%' })).toBe('65%以上');
  });

  it('writes a change as 50%→60%', () => {
    expect(formatTarget({ text: '从50%调增至60%', value: 60, from: 50, op: '=', unit: '%' })).toBe('50%→60%');
  });

  it('writes an exact count as 1名 and a range as 1–2个', () => {
    expect(formatTarget({ text: '各1名', value: 1, op: '=', unit: '名' })).toBe('1名');
    expect(formatTarget({ text: '一到两个', value: 1, max: 2, op: '=', unit: '个' })).toBe('1–2个');
  });

  it('writes a recurring target in words: 每两年至少一次', () => {
    expect(formatTarget({ text: '每两年至少开展一次', value: 1, op: '>=', unit: '次', per: '2年' })).toBe('每两年至少一次');
    expect(formatTarget({ text: '每年要开展一次', value: 1, op: '=', unit: '次', per: '年' })).toBe('每年一次');
    expect(formatTarget({ text: '每半年向全总作一次', value: 1, op: '=', unit: '次', per: '半年' })).toBe('每半年一次');
  });

  it('marks about and at most', () => {
    expect(formatTarget({ text: '保持在10%左右', value: 10, op: '~', unit: '%' })).toBe('10%左右');
    expect(formatTarget({ text: '500人以下', value: 500, op: '<=', unit: '人' })).toBe('500人以下');
  });
});

describe('formatNumber', () => {
  it('writes large quantities with 亿 and 万 as the circulars do', () => {
    expect(formatNumber(300000000)).toBe('3亿');
    expect(formatNumber(139000000)).toBe('1.39亿');
    expect(formatNumber(15000000)).toBe('1500万');
    expect(formatNumber(11.6)).toBe('11.6');
    expect(formatNumber(570)).toBe('570');
  });
});

describe('formatPeriod', () => {
  it('reads small periods in words', () => {
    expect(formatPeriod('5年')).toBe('每五年');
    expect(formatPeriod('季度')).toBe('每季度');
  });
});
