import { describe, expect, it } from 'vitest';
import { splitRunOn } from '../../src/pipeline/split-run-on';

describe('splitRunOn', () => {
  it('splits a one-line scrape after the title and addressees, before numbering, signature and date', () => {
    const line = '关于加快推进产业工会改革的指导意见各市产业工会：为贯彻落实全总改革部署，现提出如下意见。一、明确改革目标。到2020年底，全省产业工会改革基本完成。二、优化组织结构。一线职工比例提高到60%以上。浙江省总工会2019年6月1日';
    const { parts, splits } = splitRunOn(line, 7);
    expect(parts).toEqual([
      '关于加快推进产业工会改革的指导意见',
      '各市产业工会：',
      '为贯彻落实全总改革部署，现提出如下意见。',
      '一、明确改革目标。到2020年底，全省产业工会改革基本完成。',
      '二、优化组织结构。一线职工比例提高到60%以上。',
      '浙江省总工会',
      '2019年6月1日',
    ]);
    expect(parts.join('')).toBe(line);
    expect(splits).toHaveLength(6);
    expect(splits[0]).toEqual({ line: 7, before: '会改革的指导意见', after: '各市产业工会：为' });
  });

  it('leaves an ordinary paragraph with an inline enumeration whole', () => {
    const para = '各级工会要重点建立“五项制度”体系，主要包括：一、基础工作制度体系；二、劳动关系协调制度体系，并定期逐级向上报告本季工会职工队伍、基础数据及工作开展情况，确保各项制度落到实处、取得实效。';
    expect(splitRunOn(para, 1).parts).toEqual([para]);
  });
});
