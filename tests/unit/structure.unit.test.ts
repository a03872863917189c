import { describe, expect, it } from 'vitest';
import { classify, enclosedTitleOf, numberingOf } from '../../src/pipeline/structure';

const paras = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const kinds = (...texts: string[]) => classify(paras(...texts)).map((b) => [b.kind, b.rank ?? null]);

describe('numberingOf', () => {
  it('ranks the heading levels of Chinese policy text', () => {
    expect(numberingOf('一、深入学习')?.rank).toBe(1);
    expect(numberingOf('（一）研制《办法》')?.rank).toBe(2);
    expect(numberingOf('(一)以发挥全总党组领导核心作用为保证')?.rank).toBe(2);
    expect(numberingOf('1、健全区总工会机关内设机构设置。')?.rank).toBe(3);
    expect(numberingOf('7.开办“职工素质提升大讲堂”。')?.rank).toBe(3);
    expect(numberingOf('1．加强组织领导')?.rank).toBe(3);
    expect(numberingOf('（1）摸底')?.rank).toBe(4);
    expect(numberingOf('①建立台账')?.rank).toBe(5);
    expect(numberingOf('一是理顺管理体制')?.rank).toBe(6);
  });
  it('does not take a year or a decimal for numbering', () => {
    expect(numberingOf('2017年2月6日，习近平总书记主持召开')).toBeNull();
    expect(numberingOf('2.5%的经费')).toBeNull();
  });
});

describe('classify', () => {
  it('finds the parts of an official circular', () => {
    expect(
      kinds('广工发〔2017〕77号', '广元市总工会', '关于加快推进市县工会及产业工会改革的通知', '各县区、经济开发区总工会，市总机关各部室：', '为抓好改革，现就有关事项通知如下：', '一、深入学习', '正文。', '广元市总工会', '2017年10月20日', '广元市总工会组宣部 2017年10月20日印发'),
    ).toEqual([
      ['doc-number', null],
      ['issuer-mark', null],
      ['title', null],
      ['addressees', null],
      ['paragraph', null],
      ['heading', 1],
      ['paragraph', null],
      ['signature', null],
      ['date-line', null],
      ['colophon', null],
    ]);
  });

  it('tells a bare numbered heading from a numbered item with sentences', () => {
    expect(kinds('正文。', '（一）加强组织建设', '1、抓好基层工联会的班子建设。各乡镇要落实分管副书记。')).toEqual([
      ['paragraph', null],
      ['heading', 2],
      ['item', 3],
    ]);
  });

  it('marks the enclosed document title after a notice that issues it', () => {
    const blocks = classify(paras('北京市朝阳区总工会印发《关于进一步加强和改进工会自身建设的实施方案》的通知', '(朝工发【2015】24号 2015年5月13日)', '各街道、地区和商务中心区总工会，各产业工会，各基层工会：', '现印发给你们。', '关于进一步加强和改进工会自身建设的实施方案', '正文。'));
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'doc-number', 'addressees', 'paragraph', 'enclosed-title', 'paragraph']);
  });

  it('finds no header in an untitled excerpt', () => {
    expect(kinds('2017年2月6日,习近平总书记主持召开中央全面深化改革领导小组第三十二次会议。', '(一)以发挥全总党组领导核心作用为保证,增强了先进性')).toEqual([
      ['paragraph', null],
      ['heading', 2],
    ]);
  });
});

describe('enclosedTitleOf', () => {
  it('takes X from 印发《X》的通知, spaces removed', () => {
    expect(enclosedTitleOf('北京市朝阳区总工会印发 《关于进一步加强和改进工会自身建设的 实施方案》的通知')).toBe('关于进一步加强和改进工会自身建设的实施方案');
    expect(enclosedTitleOf('关于加快推进市县工会改革的通知')).toBeNull();
  });
});
