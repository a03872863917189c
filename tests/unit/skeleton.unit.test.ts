/**
 * The official-document skeleton on tiny texts: a title set over two or three lines, a 版头 of joint
 * issuers, 落款 lines whose spacing was lost, the first 落款 (not a forwarded document's), a law's
 * procedural lines; the head found below a forwarding note; levels read off issuers' names.
 */
import { describe, expect, it } from 'vitest';
import { documentStart } from '../../src/pipeline/locate';
import { extractMetadata } from '../../src/pipeline/metadata';
import { levelOfIssuer } from '../../src/pipeline/regions';
import { findSignature, orgNamesIn, readHead, splitJointNames } from '../../src/pipeline/skeleton';
import { classify } from '../../src/pipeline/structure';

const paras = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const meta = (texts: string[], page?: { title?: string; date?: string }) => extractMetadata(classify(paras(texts)), page);
const BODY = '为做好有关工作，现将有关事项通知如下。';

describe('the head of a document', () => {
  it('joins a title set over two lines, after a 版头 and a number', () => {
    const texts = ['某市教育局文件', '某市教基〔2018〕38号', '某市教育局关于公布2018年市区高中', '招生实施办法的通知', '各区教育局：', BODY];
    const head = readHead(texts, 0)!;
    expect(head).toMatchObject({ masthead: [0], number: 1, title: [2, 3], addressees: 4, end: 5 });
    expect(meta(texts)).toMatchObject({ title: '某市教育局关于公布2018年市区高中招生实施办法的通知', docNumber: '某市教基〔2018〕38号', docType: '通知' });
  });

  it('takes a line naming issuers only as a 版头, with or without 文件, and the title as what follows', () => {
    expect(readHead(['某市总工会', '关于开展2022年教师', '培训的通知', BODY], 0)).toMatchObject({ masthead: [0], title: [1, 2] });
    expect(readHead(['某市教育局  某市教育工会', '关于组织开展评选', '活动的通知', BODY], 0)).toMatchObject({ masthead: [0], title: [1, 2] });
  });

  it('prefers the title under a 公告 masthead with its serial', () => {
    const head = readHead(['某校第十二届二次教代会公告', '(第3号)', '关于召开某校第十二届二次教代会的通知', '各位教职工：', BODY], 0)!;
    expect(head).toMatchObject({ title: [2, 2], overTitle: [0, 1], addressees: 3 });
  });

  it('keeps a number whose serial was left blank, as printed', () => {
    expect(meta(['某市教政〔2016〕  号', '关于做好平安志愿工作的通知', BODY])).toMatchObject({ docNumberPrinted: '某市教政〔2016〕  号', docNumber: '某市教政〔2016〕号' });
  });
});

describe('where the document starts', () => {
  it('below a forwarding note and a stray page heading', () => {
    expect(documentStart(['各位老师：请按下面的通知报名，于7月1日前交教务处。', '附件.xls', '某市总工发〔2018〕68号', '关于举办教学技能竞赛的通知', '各区总工会：', BODY])).toBe(2);
    expect(documentStart(['安全处', '省教育厅转发踩踏事故的紧急通报', '浙江省教育厅', '浙教电传〔2010〕337号', '关于近期事故的紧急通报', '各市教育局：', BODY])).toBe(2);
  });

  it('at the first line when the text has no head, or when what stands above is not a short note', () => {
    expect(documentStart(['各位教工：', BODY, '方案一：参加校工会组织的活动（费用3000元）', '一、活动时间'])).toBe(0);
    const long = Array.from({ length: 12 }, () => BODY);
    expect(documentStart([...long, '关于开展评选活动的通知', '各单位：', BODY])).toBe(0);
    // A plan's own sections: a line under 一、 that reads like a title is not a document below a note.
    expect(documentStart(['全体教职工：', BODY, '一、活动安排', '登高活动方案', BODY])).toBe(0);
  });
});

describe('the 落款', () => {
  it('splits joint issuers whose spacing was lost, keeping a subordinate office whole', () => {
    expect(splitJointNames('中共某某市纪委绍兴市监察局')).toEqual(['中共某某市纪委', '绍兴市监察局']);
    expect(splitJointNames('最高人民检察院国家监察委员会教育部公安部')).toEqual(['最高人民检察院', '国家监察委员会', '教育部', '公安部']);
    expect(splitJointNames('越城区人民政府征兵办公室')).toEqual(['越城区人民政府征兵办公室']);
    expect(splitJointNames('浙江省教育厅办公室')).toEqual(['浙江省教育厅办公室']);
    expect(orgNamesIn('绍兴市教育局 绍兴市社会治安综合治理委员会办公室 文件')).toEqual(['绍兴市教育局', '绍兴市社会治安综合治理委员会办公室']);
    expect(orgNamesIn('为做好工作，现通知如下。')).toBeNull();
  });

  it("is the first after the body: a forwarded document's own 落款 after it is not the circular's", () => {
    const texts = ['关于转发某某通报的通知', '各市教育局：', BODY, '浙江省教育厅办公室', '二○一○年十二月十三日', '教育部办公厅关于某某事故的通报', BODY, '教育部办公厅', '二○一○年十一月三十日'];
    expect(findSignature(texts, 2)).toMatchObject({ names: ['浙江省教育厅办公室'], dateLine: 4 });
    expect(meta(texts)).toMatchObject({ issuer: '浙江省教育厅办公室', date: '2010-12-13' });
  });

  it('takes the 成文日期, not the 印发 line, and a date alone after the 附件 list when the seal has no name', () => {
    const texts = ['某市人事局关于做好考核工作的通知', '各单位：', BODY, '附件1.登记表', '2.汇总表', '二〇〇九年十二月十四日', '主题词：考核 通知', '某市人事局办公室 2009年12月15日印发'];
    expect(meta(texts)).toMatchObject({ date: '2009-12-14', issuer: '某市人事局' });
  });

  it('joins the lines of a joint signature with 、', () => {
    expect(meta(['关于印发某意见的通知', '各省：', BODY, '最高人民检察院 国家监察委员会', '教育部 公安部', '2020年5月7日'])).toMatchObject({
      issuer: '最高人民检察院、国家监察委员会、教育部、公安部',
      issuerLevel: 'national',
      date: '2020-05-07',
    });
  });
});

describe('a law', () => {
  it('is issued by the body of its latest act and dated by its latest procedural date', () => {
    const texts = [
      '某市实施《中华人民共和国工会法》办法',
      '1993年10月29日郑州市第九届人民代表大会常务委员会第三十五次会议通过',
      '1994年6月23日河南省第八届人民代表大会常务委员会第八次会议批准',
      '第一条 根据《中华人民共和国工会法》，制定本办法。',
    ];
    expect(meta(texts)).toMatchObject({ issuer: '郑州市人民代表大会常务委员会', issuerLevel: 'city', date: '1994-06-23', docType: '办法' });
  });

  it('prints neither when it has no procedural line; its level follows from the place it is named after', () => {
    expect(meta(['上海市工会条例', '第一条 为了保障工会的地位，制定本条例。'])).toMatchObject({ issuer: null, date: null, issuerLevel: 'provincial' });
  });
});

describe('the level of an issuer', () => {
  it("reads a unit's own union as other, a sector's union at a place as industry, a place's federation by the place", () => {
    expect(levelOfIssuer('绍兴市第一中学工会')?.level).toBe('other');
    expect(levelOfIssuer('某某一中教育集团工会')?.level).toBe('other');
    expect(levelOfIssuer('绍兴市教育工会')?.level).toBe('industry');
    expect(levelOfIssuer('绍兴市总工会')?.level).toBe('city');
    expect(levelOfIssuer('浙江省教育厅')?.level).toBe('provincial');
    expect(levelOfIssuer('浙江省中小学心理健康教育指导中心办公室')?.level).toBe('provincial');
    expect(levelOfIssuer('教育部')?.level).toBe('national');
  });
});

describe('a web page with no title printed', () => {
  it("reads the type off the page's heading, as inferred, and leaves title and date empty", () => {
    const m = meta(['各位教工：', BODY, '某校工会', '2023年5月11日'], { title: '关于组织疗休养活动的通知', date: '2023-05-12' });
    expect(m).toMatchObject({ title: null, docType: '通知', date: '2023-05-11' });
    expect(m.provenance.docType.from).toBe('inferred');
    expect(m.provenance.title.from).toBe('missing');
  });
});
