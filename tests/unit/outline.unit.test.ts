import { describe, expect, it } from 'vitest';
import { buildOutline, listMeasures, listSections, measureTitle } from '../../src/pipeline/outline';
import { classify } from '../../src/pipeline/structure';

const outlineOf = (...texts: string[]) => buildOutline(classify(texts.map((text, i) => ({ text, line: i + 1 }))));

describe('measureTitle', () => {
  it('takes the lead sentence', () => {
    expect(measureTitle('扩大工会组织覆盖面。各级工会组织要坚持党建带工建。')).toBe('扩大工会组织覆盖面');
    expect(measureTitle('1、健全区总工会机关内设机构设置。为更好地服务基层。')).toBe('健全区总工会机关内设机构设置');
  });
  it('falls back to the first clause when the first sentence is long', () => {
    expect(measureTitle('（二）市级产业（局）、集团公司工会要结合优化工会领导班子结构，突出“增加工会领导机构代表性”要求，参照市总工会做法，合理确定相关比例，吸纳基层工会一线职工。')).toBe('市级产业（局）、集团公司工会要结合优化工会领导班子结构');
  });
  it('drops trailing list punctuation from a heading', () => {
    expect(measureTitle('（十）研制《关于加强县级工会审计监督的意见》、')).toBe('研制《关于加强县级工会审计监督的意见》');
  });
});

describe('buildOutline', () => {
  it('makes numbered items measures and keeps section intros out of them', () => {
    const o = outlineOf('一、健全机构设置,完善组织体系', '按照“调整、优化、加强”的原则，健全区总工会机关内部设置。', '1、健全区总工会机关内设机构设置。内设机构由1个调整为3个。', '2、突出强化枢纽功能。设立工会联合会。');
    expect(listMeasures(o).map((m) => [m.id, m.title, m.section])).toEqual([
      ['m1', '健全区总工会机关内设机构设置', 's1'],
      ['m2', '突出强化枢纽功能', 's1'],
    ]);
  });

  it('makes a heading with text but no items one measure, anchored on the section', () => {
    const o = outlineOf('二、联系实际，精心研制配套文件', '尽快研究制定配套文件。', '（一）研制《广元市总工会兼（挂）职工会干部管理办法》', '牵头领导：李自民 责任部门：组宣部');
    expect(listMeasures(o).map((m) => [m.id, m.title, m.section])).toEqual([['m1', '研制《广元市总工会兼（挂）职工会干部管理办法》', 's1']]);
    expect(listSections(o).map((s) => [s.id, s.depth])).toEqual([
      ['s1', 1],
      ['m1', 2],
    ]);
  });

  it('makes lead-sentence paragraphs measures, with the paragraphs that continue them', () => {
    const o = outlineOf('（三）加强制度建设', '加强日常工作制度建设。各级工会要重点建立“五项制度”体系：', '基础工作制度体系，包括工会组织建设制度等。', '加强民主办会制度建设。各级工会要坚持会员代表大会制度。');
    const ms = listMeasures(o);
    expect(ms.map((m) => m.title)).toEqual(['加强日常工作制度建设', '加强民主办会制度建设']);
    expect(ms[0]!.text).toContain('基础工作制度体系');
  });

  it('does not make a framing section a measure', () => {
    const o = outlineOf('一、指导思想', '坚持以习近平新时代中国特色社会主义思想为指导。', '二、目标任务', '一是理顺管理体制，创新工作机制。强化乡镇党委的领导。');
    expect(listMeasures(o).map((m) => m.title)).toEqual(['理顺管理体制，创新工作机制']);
  });

  it('never makes the preamble before the first heading a measure', () => {
    const o = outlineOf('为抓好改革方案的落地落实。现就有关事项通知如下：', '扩大工会组织覆盖面。各级工会组织要坚持党建带工建。');
    expect(listMeasures(o)).toEqual([]);
  });
});
