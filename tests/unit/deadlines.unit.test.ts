import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { deadlineSchema } from '../../src/schema/circular';
import { extractDeadlines } from '../../src/pipeline/text/deadlines';

describe('extractDeadlines: printed years', () => {
  it('reads 此项工作须在2018年6月底前完成 as the end of June 2018', () => {
    expect(extractDeadlines('此项工作须在2018年6月底前完成。', null)).toEqual([{ text: '2018年6月底前', date: '2018-06-30' }]);
  });

  it('reads 力争2017年底前研制出台 as the end of 2017', () => {
    expect(extractDeadlines('细化改革举措，力争2017年底前研制出台具体方案', null)).toEqual([{ text: '2017年底前', date: '2017-12-31' }]);
  });

  it('reads 确保2018年底，基本完成 with 底 as its own marker', () => {
    expect(extractDeadlines('确保2018年底，基本完成市县工会各项改革任务', null)).toEqual([{ text: '2018年底', date: '2018-12-31' }]);
  });

  it('reads a year followed by 完成: 2017年完成改革主要任务', () => {
    expect(extractDeadlines('积极稳妥、有序推进各项改革工作, 2017年完成改革主要任务,2018年深化改革项目', null)).toEqual([
      { text: '2017年', date: '2017-12-31' },
    ]);
  });

  it('reads 普遍定于2018年底前完成', () => {
    expect(extractDeadlines('普遍定于2018年底前完成省级、市级、县级工会改革', null)).toEqual([{ text: '2018年底前', date: '2018-12-31' }]);
  });

  it('reads a full date with 前: 2018年6月30日前', () => {
    expect(extractDeadlines('于2018年6月30日前报送', null)).toEqual([{ text: '2018年6月30日前', date: '2018-06-30' }]);
  });

  it('reads 2018年上半年 and 2018年下半年', () => {
    expect(extractDeadlines('2018年上半年完成试点，2018年下半年全面推开', null)).toEqual([
      { text: '2018年上半年', date: '2018-06-30' },
      { text: '2018年下半年', date: '2018-12-31' },
    ]);
  });

  it('reads the official numerals: 二〇一八年底前', () => {
    expect(extractDeadlines('二〇一八年底前完成', null)).toEqual([{ text: '二〇一八年底前', date: '2018-12-31' }]);
  });

  it('reads 到2020年 as the end of 2020', () => {
    expect(extractDeadlines('到2020年，基本建成', null)).toEqual([{ text: '2020年', date: '2020-12-31' }]);
  });

  it('reads 上旬, 中旬 and 下旬', () => {
    expect(extractDeadlines('2018年3月上旬前、2018年3月中旬前、2018年2月下旬前', null).map((d) => d.date)).toEqual([
      '2018-03-10',
      '2018-03-20',
      '2018-02-28',
    ]);
  });

  it('reads a web-style date with 前: 2018-06-30前', () => {
    expect(extractDeadlines('请于2018-06-30前报送', null)).toEqual([{ text: '2018-06-30前', date: '2018-06-30' }]);
  });

  it('keeps the wording but gives no date for a day the calendar does not have', () => {
    expect(extractDeadlines('2018年2月30日前完成', null)).toEqual([{ text: '2018年2月30日前' }]);
  });
});

describe('extractDeadlines: relative to the circular', () => {
  it('resolves 今年9月底前 against the circular’s year', () => {
    expect(extractDeadlines('今年9月底前，各级党组织要开展一次摸底排查', '2018-05-10')).toEqual([{ text: '今年9月底前', date: '2018-09-30' }]);
  });

  it('keeps 今年9月底前 without a date when the circular has none', () => {
    expect(extractDeadlines('今年9月底前，各级党组织要开展一次摸底排查', null)).toEqual([{ text: '今年9月底前' }]);
  });

  it('reads the typo 从现在起到今年底年 of seed 002 as 今年底', () => {
    expect(extractDeadlines('从现在起到今年底年，25人以上未建工会的经济组织中要基本完成应建尽建任务', '2018')).toEqual([
      { text: '今年底', date: '2018-12-31' },
    ]);
  });

  it('resolves 明年 to the following year', () => {
    expect(extractDeadlines('明年6月底前全面完成', '2017-10-20')).toEqual([{ text: '明年6月底前', date: '2018-06-30' }]);
  });

  it('resolves 年内 to the end of the circular’s year', () => {
    expect(extractDeadlines('年内完成组建工作', '2017-03')).toEqual([{ text: '年内', date: '2017-12-31' }]);
  });

  it('puts a month without a year that is earlier than the circular’s month in the next year', () => {
    expect(extractDeadlines('3月底前报送总结', '2017-10-20')).toEqual([{ text: '3月底前', date: '2018-03-31' }]);
    expect(extractDeadlines('11月底前报送总结', '2017-10-20')).toEqual([{ text: '11月底前', date: '2017-11-30' }]);
  });
});

describe('extractDeadlines: what is not a deadline', () => {
  it.each([
    ['a past event', '2017年2月6日,习近平总书记主持召开中央全面深化改革领导小组第三十二次会议'],
    ['a date without a year', '8月22日,习近平总书记作出重要指示'],
    ['the date line', '广元市总工会组宣部                   2017年10月20日印发'],
    ['a year that is not a deadline', '2018年深化改革项目、巩固改革成果'],
    ['a start time with 从…开始', '各乡镇从今年下半年开始，逐步开展完成乡镇工会联合会的体制理顺工作'],
    ['a start time with 自…起', '自2018年1月起施行'],
    ['a recurring time', '每年要开展一次摸底排查'],
    ['a session with 第', '区总工会2015年第8次主席办公会审议通过'],
    ['the first months of a year', '2017年前三季度会员人数'],
    ['a duration', '两年内完成'],
    ['an internal audit', '2018年内部审计'],
  ])('skips %s', (_label, text) => {
    expect(extractDeadlines(text, '2017-10-20')).toEqual([]);
  });
});

describe('extractDeadlines on the seeds', () => {
  const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));

  it.each(seeds)('returns only schema-valid deadlines for %s', (file) => {
    const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
    for (const d of extractDeadlines(text, '2017-10-20')) expect(() => deadlineSchema.parse(d)).not.toThrow();
  });

  it('finds the three deadlines of seed 000', () => {
    const text = readFileSync(new URL('../../seeds/000_ece7edf9c2e1b922.txt', import.meta.url), 'utf8');
    expect(extractDeadlines(text, '2017-10-20')).toEqual([
      { text: '2017年底前', date: '2017-12-31' },
      { text: '2018年6月底前', date: '2018-06-30' },
      { text: '2018年底', date: '2018-12-31' },
    ]);
  });
});
