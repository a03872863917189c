import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { classifyThemes, loadTaxonomy, readTaxonomy, scoreThemes, type Theme } from '../../src/pipeline/text/themes';

const taxonomy = readTaxonomy();

describe('readTaxonomy', () => {
  it('reads the fifteen themes of the design note in their order', () => {
    expect(taxonomy.map((t) => t.id)).toEqual([
      'structure', 'leadership', 'representation', 'cadres', 'grassroots', 'funding', 'online', 'services',
      'rights', 'skills', 'party', 'democracy', 'social', 'ideology', 'implementation',
    ]);
  });

  it('gives every theme a Chinese and an English name and keywords', () => {
    for (const t of taxonomy) {
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en).toMatch(/[A-Za-z]/);
      expect(t.keywords.length).toBeGreaterThan(0);
    }
  });
});

describe('loadTaxonomy', () => {
  it('parses a valid taxonomy', () => {
    expect(loadTaxonomy('- id: funding\n  zh: 经费\n  en: Funding\n  keywords: [经费]\n')).toEqual([
      { id: 'funding', zh: '经费', en: 'Funding', keywords: ['经费'] },
    ]);
  });

  it('lists every problem in one error', () => {
    const yaml = '- id: Funding\n  zh: 经费\n  keywords: []\n- id: online\n  zh: 网上\n  en: Online\n  keywords: [网上]\n  colour: red\n';
    let message = '';
    try {
      loadTaxonomy(yaml);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/themes\.yaml is invalid/);
    expect(message).toMatch(/0\.id/);
    expect(message).toMatch(/0\.en/);
    expect(message).toMatch(/0\.keywords/);
    expect(message).toMatch(/colour/);
  });

  it('rejects duplicate ids', () => {
    const one = '- id: funding\n  zh: 经费\n  en: Funding\n  keywords: [经费]\n';
    expect(() => loadTaxonomy(one + one)).toThrow(/duplicate id 'funding'/);
  });

  it('rejects YAML that does not parse and an empty file', () => {
    expect(() => loadTaxonomy('- id: [unclosed')).toThrow(/not valid YAML/);
    expect(() => loadTaxonomy('')).toThrow(/invalid/);
  });
});

describe('classifyThemes on measures of the seeds', () => {
  it.each([
    ['funding', '15.加大经费向基层工会倾斜力度', '按照上级工会经费分成比例的调整,基层工会经费留成从50%调增至60%。完善工会经费对下补助机制,强化补助经费项目化管理。'],
    ['online', '14.强化“网上工会”服务功能', '加强工会“互联网+”服务职工体系建设,推动工会工作上线运行,实现建会、引导、服务“三位一体”网上运行。加强“网上工会”和官方微信公众号等新媒体平台建设'],
    ['party', '18.完善党建带工建机制', '把工会建设纳入党建工作总体部署,明确党建工作责任制中党组织加强对工会工作领导的具体考核内容'],
    ['representation', '3、增强工会组织广泛性和代表性', '在区工会代表大会和区总工会全委会、常委会中,提高基层工会工作者、先进模范人物、生产和工作一线职工的比例,区工会代表大会代表中提高到65%以上'],
    ['leadership', '4、配强区总工会领导班子', '改革区总工会领导班子结构,按专职、挂职、兼职干部各占一定比例配备领导班子,现有领导职数不变,增设挂职副主席和兼职副主席各一名'],
    ['skills', '8.开展“聚力‘四个重振’”主题劳动和技能竞赛', '组织在重点园区、重点领域和重点项目开展全区引领性劳动竞赛活动;每两年至少开展一次全区性技能大赛;积极选树、培养“金牌工人”'],
    ['grassroots', '扩大工会组织覆盖面', '各级工会组织要坚持党建带工建、工建服务党建的工作机制，帮助和指导职工依照法定条件和法定程序参加和组建工会。以百人以上单位为建会重点'],
    ['democracy', '加强民主办会制度建设', '各级工会要坚持和完善会员（代表）大会制度，全面实施会员代表常任制，建立代表提案、建议案制度，完善民主评议制度'],
    ['social', '（十三）研制《广元市工会购买社会组织服务实施办法》', '牵头领导：谭一江   责任部门：法律部'],
    ['services', '10.打造精准帮扶品牌', '以职工需求为导向,开展春送岗位、夏送清凉、金秋助学、冬送温暖等工会品牌活动,针对困难职工群体开展精准服务。'],
    ['rights', '11.完善工会源头维权机制', '坚持和完善向党委汇报、工会与政府联席会议制度、协调劳动关系三方机制。指导基层建立健全职工代表大会、厂务公开、集体协商和集体合同等制度。'],
    ['implementation', '20、加强组织领导', '在区委领导下,区总工会成立改革领导小组,负责制定改革方案并组织实施。'],
    ['structure', '1、健全区总工会机关内设机构设置', '区总工会内设机构由1个调整为3个,实行“两部一室”,即维权生产部、组织宣教部、综合办公室。直属事业单位为:区总工会职工服务中心。'],
    ['cadres', '加大干部培训力度', '区总工会要全盘统筹规划教育培训工作，负责建立培训体系和培训质量评估指标体系。'],
    ['ideology', '7.开办“职工素质提升大讲堂”', '深化拓展“中国梦·劳动美—永远跟党走”主题教育,组建职工素质提升宣讲团,开展社会主义核心价值观等宣传教育活动'],
  ])('gives %s to %s', (theme, title, text) => {
    expect(classifyThemes(title, text, taxonomy)).toContain(theme);
  });

  it('does not give funding to the measure on party leadership', () => {
    expect(classifyThemes('17.落实工会双重领导制度', '贯彻落实工会受同级党委和上级工会双重领导的制度。', taxonomy)).toEqual(['party']);
  });

  it('returns no theme for text without any keyword', () => {
    expect(classifyThemes('二、联系实际', '尽快研究，有力有序推进。', taxonomy)).toEqual([]);
  });
});

describe('classifyThemes scoring rule', () => {
  const tiny: Theme[] = [
    { id: 'a', zh: '甲', en: 'A', keywords: ['经费', '审计', '资产'] },
    { id: 'b', zh: '乙', en: 'B', keywords: ['网上', '微信'] },
    { id: 'c', zh: '丙', en: 'C', keywords: ['培训'] },
  ];

  it('weighs a title hit 3 and a body hit 1, each keyword once', () => {
    expect(scoreThemes('加强经费管理', '经费经费经费，审计', tiny)).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 0 },
      { id: 'c', score: 0 },
    ]);
  });

  it('gives a theme for one title hit but not for one body keyword repeated', () => {
    expect(classifyThemes('网上服务', '', tiny)).toEqual(['b']);
    expect(classifyThemes('服务', '经费经费经费经费', tiny)).toEqual([]);
  });

  it('gives a theme for three different body keywords', () => {
    expect(classifyThemes('加强管理', '经费、审计和资产', tiny)).toEqual(['a']);
  });

  it('falls back to the best themes scoring 2 when none reaches 3', () => {
    expect(classifyThemes('加强管理', '经费和审计；网上', tiny)).toEqual(['a']);
    expect(classifyThemes('加强管理', '经费和审计；网上和微信', tiny)).toEqual(['a', 'b']);
  });

  it('returns several themes in taxonomy order, not score order', () => {
    expect(classifyThemes('培训和网上经费', '', tiny)).toEqual(['a', 'b', 'c']);
  });

  it('ignores spaces and letter case', () => {
    expect(classifyThemes('手机 APP', '', [{ id: 'o', zh: '网', en: 'O', keywords: ['app'] }])).toEqual(['o']);
    expect(classifyThemes('网 上 工 会', '', tiny)).toEqual(['b']);
  });
});

describe('themes.yaml', () => {
  it('is the file readTaxonomy reads', () => {
    const text = readFileSync(new URL('../../src/data/themes.yaml', import.meta.url), 'utf8');
    expect(loadTaxonomy(text)).toEqual(taxonomy);
  });
});
