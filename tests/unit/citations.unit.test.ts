import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { citationSchema } from '../../src/schema/circular';
import {
  extractCitations,
  isEnclosingNotice,
  normalizeTitleForMatch,
  resolveCitations,
  DOCUMENT_TYPE_ENDINGS,
} from '../../src/pipeline/text/citations';

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('extractCitations: relations', () => {
  it('reads the legal basis of seed 001 as cites', () => {
    const text = '依据《中华人民共和国工会法》、《中国工会章程》,按照《省总工会关于加快市县工会改革的指导意见》、《荆州市总工会改革实施方案》和《沙市区群团改革实施办法》';
    expect(extractCitations(text)).toEqual([
      { title: '中华人民共和国工会法', relation: 'cites' },
      { title: '中国工会章程', relation: 'cites' },
      { title: '省总工会关于加快市县工会改革的指导意见', relation: 'cites' },
      { title: '荆州市总工会改革实施方案', relation: 'cites' },
      { title: '沙市区群团改革实施办法', relation: 'cites' },
    ]);
  });

  it('reads （一）研制《…管理办法》 as drafts', () => {
    expect(extractCitations('（一）研制《广元市总工会兼（挂）职工会干部管理办法》')).toEqual([
      { title: '广元市总工会兼（挂）职工会干部管理办法', relation: 'drafts' },
    ]);
  });

  it.each(['研制', '制定', '修订', '起草', '出台', '印发', '制定了'])('reads %s《…》 as drafts', (verb) => {
    expect(extractCitations(`${verb}《工会网络舆情监控处置管理暂行办法》`)[0]?.relation).toBe('drafts');
  });

  it('carries the verb through a list of titles: 制定《A》 《B》和《C》', () => {
    const text = '制定《工会行政事业性资产管理暂行办法》 《工会行政事业性资产使用管理暂行办法》和《工会行政事业性资产处置管理暂行办法》等';
    expect(extractCitations(text).map((c) => c.relation)).toEqual(['drafts', 'drafts', 'drafts']);
  });

  it('reads the title line 印发《…》的通知 as encloses', () => {
    const text = ' 印发《关于加强基层工会建设，推动党建带工建工建服务党建工作的实施意见》的通知\n\n现将《关于加强基层工会建设，推动党建带工建工建服务党建工作的实施意见》印发给你们';
    expect(extractCitations(text)).toEqual([
      { title: '关于加强基层工会建设，推动党建带工建工建服务党建工作的实施意见', relation: 'encloses' },
    ]);
  });

  it('reads the title line of seed 004 as encloses, with the spaces inside the title removed', () => {
    expect(extractCitations(seed('004_ca31b795eb44a6f9.txt'))[0]).toEqual({
      title: '关于进一步加强和改进工会自身建设的实施方案',
      relation: 'encloses',
    });
  });

  it('does not read 印发 inside a sentence as a notice title', () => {
    expect(extractCitations('区总工会印发《关于加强县级工会审计监督的意见》的通知精神，要求各地落实')[0]?.relation).toBe('drafts');
  });
});

describe('extractCitations: document numbers, nesting, filtering', () => {
  it('takes the document number printed after the title, in standard form', () => {
    expect(extractCitations('为贯彻落实《中共北京市朝阳区委关于加强和改进工会工作的意见》（京朝发【2015】4号），区总工会制定了')).toEqual([
      { title: '中共北京市朝阳区委关于加强和改进工会工作的意见', docNumber: '京朝发〔2015〕4号', relation: 'cites' },
    ]);
  });

  it('keeps an outer title whole and also yields the title nested in <…>', () => {
    expect(extractCitations('制定《全总党组关于贯彻落实 <党委 (党组)意识形态工作责任制实施办法>的实施细则》,下发')).toEqual([
      { title: '全总党组关于贯彻落实<党委(党组)意识形态工作责任制实施办法>的实施细则', relation: 'drafts' },
      { title: '党委(党组)意识形态工作责任制实施办法', relation: 'cites' },
    ]);
  });

  it('also reads titles nested in 〈…〉', () => {
    expect(extractCitations('根据《关于贯彻〈中国工会章程〉的实施意见》').map((c) => c.title)).toEqual([
      '关于贯彻〈中国工会章程〉的实施意见',
      '中国工会章程',
    ]);
  });

  it('removes stray spaces inside a title', () => {
    expect(extractCitations('修订《全国总 工会关于贯彻中央改进工作作风、密切联系群众八项规定的实施办法》')[0]?.title).toBe(
      '全国总工会关于贯彻中央改进工作作风、密切联系群众八项规定的实施办法',
    );
  });

  it('skips newspapers and other titles that are not documents', () => {
    expect(extractCitations('在《人民日报》《工人日报》开设专栏持续宣传阐释工匠精神')).toEqual([]);
  });

  it('keeps a title that ends with a status such as (试行)', () => {
    expect(extractCitations('《工会全国代表大会代表、全国总工会执行委员会委员提案办理办法 (试行)》')).toEqual([
      { title: '工会全国代表大会代表、全国总工会执行委员会委员提案办理办法(试行)', relation: 'cites' },
    ]);
  });

  it('deduplicates by normalised title, keeping the first occurrence and its relation', () => {
    const text = '为抓好《广元市总工会改革方案》的落地落实……结合《广元市总工会改革方案》和工作实际……研制《广元市总工会改革方案》';
    expect(extractCitations(text)).toEqual([{ title: '广元市总工会改革方案', relation: 'cites' }]);
    expect(extractCitations('依据《工会法》，根据《中华人民共和国工会法》')).toEqual([{ title: '工会法', relation: 'cites' }]);
  });

  it('ignores an unclosed 《', () => {
    expect(extractCitations('依据《工会法\n的规定')).toEqual([]);
  });

  it('returns schema-valid citations for a whole seed, the enclosed document first', () => {
    const cites = extractCitations(seed('002_9cdfaf8ecffd043e.txt'));
    expect(cites.map((c) => c.relation)).toEqual(['encloses', 'cites', 'cites', 'cites', 'cites']);
    for (const c of cites) expect(() => citationSchema.parse(c)).not.toThrow();
  });

  it('lists 法 and 意见 among the document endings', () => {
    expect(DOCUMENT_TYPE_ENDINGS).toEqual(expect.arrayContaining(['法', '章程', '意见', '方案', '办法', '通知']));
  });
});

describe('isEnclosingNotice', () => {
  it.each([
    '印发《关于加强基层工会建设，推动党建带工建工建服务党建工作的实施意见》的通知',
    '北京市朝阳区总工会印发 《关于进一步加强和改进工会自身建设的 实施方案》的通知',
    '关于印发《广元市总工会改革方案》的通知',
    '关于转发《省总工会关于加快市县工会改革的指导意见》的通知',
  ])('recognises %s', (line) => {
    expect(isEnclosingNotice(line)).toBe(true);
  });

  it.each([
    '关于加快推进市县工会及产业工会改革的通知',
    '现将《关于加强基层工会建设的实施意见》印发给你们，请结合工作实际，认真抓好贯彻落实。',
    '（十）研制《关于加强县级工会审计监督的意见》、',
  ])('rejects %s', (line) => {
    expect(isEnclosingNotice(line)).toBe(false);
  });
});

describe('normalizeTitleForMatch', () => {
  it('drops the 中华人民共和国 prefix so that 工会法 matches', () => {
    expect(normalizeTitleForMatch('中华人民共和国工会法')).toBe(normalizeTitleForMatch('工会法'));
    expect(normalizeTitleForMatch('《中华人民共和国工会法》')).toBe('工会法');
  });

  it('unifies brackets, spaces and punctuation', () => {
    const a = normalizeTitleForMatch('关于进一步加强乡镇（街道）、社区工会工作的意见');
    expect(normalizeTitleForMatch('关于进一步加强乡镇(街道),社区工会工作的 意见')).toBe(a);
    expect(normalizeTitleForMatch('关于进一步加强乡镇【街道】社区工会工作的意见')).toBe(a);
    expect(normalizeTitleForMatch('关于进一步加强乡镇〔街道〕社区工会工作的意见')).toBe(a);
  });

  it('drops nested title marks', () => {
    expect(normalizeTitleForMatch('贯彻落实<党委(党组)意识形态工作责任制实施办法>的实施细则')).toBe(
      normalizeTitleForMatch('贯彻落实〈党委（党组）意识形态工作责任制实施办法〉的实施细则'),
    );
  });
});

describe('resolveCitations', () => {
  const index = [
    { slug: 'chaoyang-2015-opinion', titles: ['中共北京市朝阳区委关于加强和改进工会工作的意见'], docNumbers: ['京朝发【2015】4号'] },
    { slug: 'labour-law', titles: ['中华人民共和国工会法'], docNumbers: [] },
    { slug: 'chaoyang-2015-notice', titles: ['北京市朝阳区总工会印发《关于进一步加强和改进工会自身建设的实施方案》的通知', '关于进一步加强和改进工会自身建设的实施方案'], docNumbers: ['朝工发〔2015〕24号'] },
  ];

  it('links a citation by its normalised title', () => {
    expect(resolveCitations([{ title: '工会法', relation: 'cites' }], index, 'x')).toEqual([
      { title: '工会法', relation: 'cites', slug: 'labour-law' },
    ]);
  });

  it('links a citation by its document number even when the title differs', () => {
    expect(resolveCitations([{ title: '区委关于加强和改进工会工作的意见', docNumber: '京朝发〔2015〕4号', relation: 'cites' }], index, 'x')).toEqual([
      { title: '区委关于加强和改进工会工作的意见', docNumber: '京朝发〔2015〕4号', relation: 'cites', slug: 'chaoyang-2015-opinion' },
    ]);
  });

  it('never links a circular to itself', () => {
    const cites = extractCitations(seed('004_ca31b795eb44a6f9.txt'));
    const resolved = resolveCitations(cites, index, 'chaoyang-2015-notice');
    expect(resolved[0]).toEqual({ title: '关于进一步加强和改进工会自身建设的实施方案', relation: 'encloses' });
    expect(resolved[1]?.slug).toBe('chaoyang-2015-opinion');
  });

  it('leaves unknown titles without a slug and drops a stale one', () => {
    expect(resolveCitations([{ title: '未知办法', relation: 'cites', slug: 'old' }], index, 'x')).toEqual([{ title: '未知办法', relation: 'cites' }]);
  });

  it('does not change its input', () => {
    const cites = [{ title: '工会法', relation: 'cites' as const }];
    resolveCitations(cites, index, 'x');
    expect(cites).toEqual([{ title: '工会法', relation: 'cites' }]);
  });
});

describe('resolveCitations with a title several circulars share', () => {
  it('links none of them, unless the document number decides', () => {
    const index = [
      { slug: 'a', titles: ['工会改革实施方案'], docNumbers: ['甲工发〔2017〕1号'] },
      { slug: 'b', titles: ['工会改革实施方案'], docNumbers: ['乙工发〔2017〕2号'] },
    ];
    expect(resolveCitations([{ title: '工会改革实施方案', relation: 'cites' }], index, 'c')).toEqual([{ title: '工会改革实施方案', relation: 'cites' }]);
    expect(resolveCitations([{ title: '工会改革实施方案', docNumber: '乙工发〔2017〕2号', relation: 'cites' }], index, 'c')[0]!.slug).toBe('b');
  });
});
