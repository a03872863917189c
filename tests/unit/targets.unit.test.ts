import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { targetSchema } from '../../src/schema/circular';
import { extractTargets, TARGET_UNITS } from '../../src/pipeline/text/targets';

describe('extractTargets: bounds and qualifiers', () => {
  it('reads 提高到65%以上 as at least 65%, keeping the verb in the wording', () => {
    expect(extractTargets('区工会代表大会代表中提高到65%以上')).toEqual([{ text: '提高到65%以上', value: 65, op: '>=', unit: '%' }]);
  });

  it('reads the three shares of measure 3 of seed 001', () => {
    const text = '区工会代表大会代表中提高到65%以上,区总工会全委会委员中提高到35%以上,常委会委员中提高到20%以上。';
    expect(extractTargets(text).map((t) => [t.value, t.op])).toEqual([[65, '>='], [35, '>='], [20, '>=']]);
  });

  it('reads 10%左右 as about 10%', () => {
    expect(extractTargets('挂职、兼职人员占机关工作人员的比例常年保持在10%左右')).toEqual([
      { text: '保持在10%左右', value: 10, op: '~', unit: '%' },
    ]);
  });

  it('reads 职工25人以上 and 100人以上 as at least', () => {
    expect(extractTargets('全县职工25人以上未建工会的…重点是100人以上经济组织')).toEqual([
      { text: '25人以上', value: 25, op: '>=', unit: '人' },
      { text: '100人以上', value: 100, op: '>=', unit: '人' },
    ]);
  });

  it('reads 500人以上 as at least and 500人以下 as at most', () => {
    expect(extractTargets('职工人数在500人以上的区属国有企业；职工人数在500人以下的工会主席')).toEqual([
      { text: '500人以上', value: 500, op: '>=', unit: '人' },
      { text: '500人以下', value: 500, op: '<=', unit: '人' },
    ]);
  });

  it('reads 百人以上 as at least 100 people', () => {
    expect(extractTargets('以百人以上单位为建会重点')).toEqual([{ text: '百人以上', value: 100, op: '>=', unit: '人' }]);
  });

  it('reads 至少设置1名 as at least one, with the verb between', () => {
    expect(extractTargets('并至少设置1名兼（挂）职副主席')).toEqual([{ text: '至少设置1名', value: 1, op: '>=', unit: '名' }]);
  });

  it('reads 提高到9%以上 in a work report', () => {
    expect(extractTargets('劳模和一线职工比例均提高到9%以上')).toEqual([{ text: '提高到9%以上', value: 9, op: '>=', unit: '%' }]);
  });
});

describe('extractTargets: counts', () => {
  it('reads 各1名 in 配备专职副主席、专职群团干部各1名', () => {
    expect(extractTargets('配备专职副主席、专职群团干部各1名')).toEqual([{ text: '各1名', value: 1, op: '=', unit: '名' }]);
  });

  it('reads the Chinese 各一名 in 增设挂职副主席和兼职副主席各一名', () => {
    expect(extractTargets('增设挂职副主席和兼职副主席各一名')).toEqual([{ text: '各一名', value: 1, op: '=', unit: '名' }]);
  });

  it('reads 570名工会干事', () => {
    expect(extractTargets('按照政府联席会确定的570名工会干事编制')).toEqual([{ text: '570名', value: 570, op: '=', unit: '名' }]);
  });

  it('reads a count after a space kept by normalisation: 一线职工 12名', () => {
    expect(extractTargets('全总执委中增加劳模和一线职工 12名')).toEqual([{ text: '12名', value: 12, op: '=', unit: '名' }]);
  });

  it('reads 选配一名工会协理员: a bare 一 counts people', () => {
    expect(extractTargets('并选配一名工会协理员')).toEqual([{ text: '一名', value: 1, op: '=', unit: '名' }]);
  });

  it('reads 95%, 25% and the share of a share 5%中的70% as one target', () => {
    const text = '全总机关和事业单位精简编制25% ,将全国工会经费全年收入的95%留在地方和基层工会,把全总本级集中的5%中的70%用于对下补助。';
    expect(extractTargets(text)).toEqual([
      { text: '25%', value: 25, op: '=', unit: '%' },
      { text: '95%', value: 95, op: '=', unit: '%' },
      { text: '5%中的70%', value: 70, op: '=', unit: '%' },
    ]);
  });

  it('reads 3亿人, 1500万人 and 1.39亿人 as numbers of people, keeping the printed wording', () => {
    const text = '工会会员达到3亿人。连续两年新增农民 工会员1500万人,会员总数达 1.39亿人。';
    const targets = extractTargets(text);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [300000000, '人'],
      [15000000, '人'],
      [139000000, '人'],
    ]);
    expect(targets.map((t) => t.text)).toEqual(['达到3亿人', '1500万人', '达 1.39亿人']);
  });

  it('keeps 万元 and 亿元 as units instead of multiplying', () => {
    expect(extractTargets('安排经费500万元，补助1.5亿元')).toEqual([
      { text: '500万元', value: 500, op: '=', unit: '万元' },
      { text: '1.5亿元', value: 1.5, op: '=', unit: '亿元' },
    ]);
  });

  it('reads full-width digits and ％, giving the unit as %', () => {
    expect(extractTargets('提高到６５％以上')).toEqual([{ text: '提高到６５％以上', value: 65, op: '>=', unit: '%' }]);
  });

  it('reads the other listed units', () => {
    const text = '建设3项制度、5家企业、2所学校、100户、4场、两支队伍、3期、7天、8小时、1000元';
    expect(extractTargets(text).map((t) => t.unit)).toEqual(['项', '家', '所', '户', '场', '支', '期', '天', '小时', '元']);
  });
});

describe('extractTargets: ranges', () => {
  it('reads 1－2个 with a full-width dash as 1 to 2', () => {
    expect(extractTargets('各镇、园区每年要创建1－2个党建带工建工作典型').at(0)).toMatchObject({ value: 1, max: 2, unit: '个' });
  });

  it('reads 一到两个乡镇 as 1 to 2', () => {
    expect(extractTargets('县总工会将选择一到两个乡镇抓好建设')).toEqual([{ text: '一到两个', value: 1, max: 2, op: '=', unit: '个' }]);
  });

  it('reads 3~5人 and 6至8名', () => {
    expect(extractTargets('配备3~5人，选派6至8名').map((t) => [t.value, t.max])).toEqual([
      [3, 5],
      [6, 8],
    ]);
  });
});

describe('extractTargets: changes', () => {
  it('reads 从50%调增至60% as from 50 to 60', () => {
    expect(extractTargets('基层工会经费留成从50%调增至60%')).toEqual([{ text: '从50%调增至60%', value: 60, from: 50, op: '=', unit: '%' }]);
  });

  it('reads 比例由11.6%增至15.4%', () => {
    expect(extractTargets('比例由11.6%增至15.4%')).toEqual([{ text: '由11.6%增至15.4%', value: 15.4, from: 11.6, op: '=', unit: '%' }]);
  });

  it('reads 由1个调整为3个', () => {
    expect(extractTargets('区总工会内设机构由1个调整为3个')).toEqual([{ text: '由1个调整为3个', value: 3, from: 1, op: '=', unit: '个' }]);
  });

  it('reads a change with a space before the second value: 由18个减少到 13个', () => {
    expect(extractTargets('事业单位由18个减少到 13个')).toEqual([{ text: '由18个减少到 13个', value: 13, from: 18, op: '=', unit: '个' }]);
  });

  it('reads a change whose first value has no unit: 从50调增至60%', () => {
    expect(extractTargets('从50调增至60%')).toMatchObject([{ from: 50, value: 60, unit: '%' }]);
  });
});

describe('extractTargets: recurrences', () => {
  it('reads 每两年至少开展一次全区性技能大赛 as at least once every 2 years', () => {
    expect(extractTargets('每两年至少开展一次全区性技能大赛')).toEqual([
      { text: '每两年至少开展一次', value: 1, op: '>=', unit: '次', per: '2年' },
    ]);
  });

  it('reads 每年至少开展1次评议 with the period 年', () => {
    expect(extractTargets('各级工会每年至少开展1次评议')).toEqual([{ text: '每年至少开展1次', value: 1, op: '>=', unit: '次', per: '年' }]);
  });

  it('reads 会员代表大会每5年召开一次 as exactly once every 5 years', () => {
    expect(extractTargets('会员代表大会每5年召开一次')).toEqual([{ text: '每5年召开一次', value: 1, op: '=', unit: '次', per: '5年' }]);
  });

  it('reads 每半年向全总作一次工作报告 with the period 半年', () => {
    expect(extractTargets('省级总工会每半年向全总作一次工作报告')).toMatchObject([{ value: 1, unit: '次', per: '半年' }]);
  });

  it('reads a range inside a recurrence: 每年要创建1－2个', () => {
    expect(extractTargets('每年要创建1－2个党建带工建工作典型')).toEqual([
      { text: '每年要创建1－2个', value: 1, max: 2, op: '=', unit: '个', per: '年' },
    ]);
  });

  it('leaves 每年 alone when no count follows: 每年确定一批工会工作重点企业', () => {
    expect(extractTargets('每年确定一批工会工作重点企业')).toEqual([]);
  });
});

describe('extractTargets: what is not a target', () => {
  it.each([
    ['years and dates', '2017年完成改革主要任务，2018年底前，6月，20日，2017年10月20日'],
    ['ordinals with 第', '中央全面深化改革领导小组第三十二次会议，区总工会2015年第8次主席办公会'],
    ['session numbers with 届', '全面落实省总十三届八次全委会暨工会改革推进会、市总七届二次全委会'],
    ['the plan name 十三五', '制定“十三五”时期工会农民工工作规划，建功十三五'],
    ['quoted slogans', '“三重一大”“四个沙市”“一岗双责”“两学一做”“三位一体”“六有”“五项制度”“两部一室”'],
    ['nested quotes', '开展“聚力‘四个重振’”主题劳动和技能竞赛'],
    ['numbers inside document titles', '修订《全国总工会关于贯彻中央改进工作作风、密切联系群众八项规定的实施办法》'],
    ['一线 and 一批', '提高一线职工的比例，每年确定一批工会工作重点企业'],
    ['一支 used as an article', '努力培养和造就一支高素质的干部队伍'],
    ['成熟一个，组建一个', '坚持成熟一个，组建一个'],
    ['两年来', '指出两年来群团改革取得积极成效，连续两年新增'],
    ['一次性', '给予一次性补助'],
    ['document numbers', '广工发〔2017〕77号，京朝发【2015】4号'],
    ['heading numbers', '7.开办职工大讲堂 20、加强组织领导 （一）研制'],
    ['千家万户', '走进千家万户'],
  ])('skips %s', (_label, text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe('extractTargets on the seeds', () => {
  const seeds = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));

  it.each(seeds)('returns only schema-valid targets for %s', (file) => {
    const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
    for (const t of extractTargets(text)) expect(() => targetSchema.parse(t)).not.toThrow();
  });

  it('finds every target of seed 001 in order', () => {
    const text = readFileSync(new URL('../../seeds/001_91294396742f2ec4.txt', import.meta.url), 'utf8');
    expect(extractTargets(text).map((t) => t.text)).toEqual([
      '由1个调整为3个',
      '提高到65%以上',
      '提高到35%以上',
      '提高到20%以上',
      '各一名',
      '1名',
      '1名',
      '保持在10%左右',
      '各1名',
      '1名',
      '一名',
      '每两年至少开展一次',
      '从50%调增至60%',
      '每年至少一次',
    ]);
  });
});

describe('TARGET_UNITS', () => {
  it('lists longer units before the shorter ones they contain', () => {
    const units: readonly string[] = TARGET_UNITS;
    for (const [i, u] of units.entries()) {
      for (const shorter of units.slice(0, i)) expect(u.includes(shorter) && u !== shorter).toBe(false);
    }
  });
});
