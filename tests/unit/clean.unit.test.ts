import { describe, expect, it } from 'vitest';
import { clean, isSplitSentence } from '../../src/pipeline/clean';
import { normalize } from '../../src/pipeline/normalize';

const run = (text: string) => clean(normalize(text));

describe('clean', () => {
  it('drops a welcome bar, a breadcrumb and a source/date bar, saying which pattern matched', () => {
    const r = run('荆州市总工会欢迎您! | 今天是:\n您的位置:首页 > 新闻中心 > 公示公告\n沙市区总工会改革实施方案\n信息来源: | 发布时间 2017-08-22\n正文。');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['沙市区总工会改革实施方案', '正文。']);
    expect(r.dropped.map((d) => [d.line, d.reason, d.detail])).toEqual([
      [1, 'site-chrome', 'welcome bar'],
      [2, 'site-chrome', 'breadcrumb'],
      [4, 'site-chrome', 'source/date bar'],
    ]);
  });

  it('drops footers with address, phone, QQ and ICP numbers', () => {
    const r = run('正文。\n地址:荆州市园林路25号 热线电话:0716-8212336  邮编:434000 QQ:260945676\n鄂ICP备12004590号-1');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文。']);
    expect(r.dropped.map((d) => d.detail)).toEqual(['address/contact footer', 'ICP licence']);
  });

  it('drops a navigation menu written one item per line', () => {
    const r = run('首页\n工会动态\n政策法规\n劳模风采\n联系我们\n关于加强工会建设的通知\n正文。');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['关于加强工会建设的通知', '正文。']);
    expect(r.dropped[0]).toMatchObject({ reason: 'site-chrome', line: 1, text: '首页\n工会动态\n政策法规\n劳模风采\n联系我们' });
  });

  it('keeps a signature and date, which are short lines but no menu', () => {
    const r = run('正文。\n广元市总工会\n2017年10月20日');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文。', '广元市总工会', '2017年10月20日']);
  });

  it('drops an encoded blob with the brackets it was pasted in', () => {
    const blob = 'qTi0DaiIWMkMHS1YGT1EMbkoHbjwMdEnycCM4bzT2U0gMQ2UvZjMwb1I4VWAPX0o3Vl0AQSMEQSEgdEAZ';
    const r = run(`请认真抓好贯彻落实。 (\n ${blob}\nYV4mcFf9CPn7T1kmalEzcWIk\n)\n关于加强基层工会建设的实施意见`);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['请认真抓好贯彻落实。', '关于加强基层工会建设的实施意见']);
    expect(r.dropped).toEqual([
      expect.objectContaining({ reason: 'encoded-blob', line: 2, text: `(${blob}YV4mcFf9CPn7T1kmalEzcWIk)` }),
    ]);
  });

  it('drops a paragraph pasted again verbatim, naming the first', () => {
    const para = '各级工会按照习近平总书记的重要指示精神，扎实推进工会改革创新，取得了阶段性成果。';
    const r = run(`${para}\n\n第二段。\n\n${para}`);
    expect(r.paragraphs.map((p) => p.text)).toEqual([para, '第二段。']);
    expect(r.dropped).toEqual([expect.objectContaining({ reason: 'repeated-paragraph', line: 5, detail: 'same as line 1' })]);
  });

  it('keeps short lines that repeat on purpose, like responsibility lines', () => {
    const r = run('（一）研制《办法》\n牵头领导：李自民 责任部门：组宣部\n（二）修订《意见》\n牵头领导：李自民 责任部门：组宣部');
    expect(r.paragraphs).toHaveLength(4);
    expect(r.dropped).toEqual([]);
  });

  it('re-joins a sentence split by a page break and reports the join', () => {
    const r = run('发挥工会枢纽型社会组织作用。区、街两级工会要培育、联系一批职工互助类、职工志愿服务类社会\n\n组织，吸纳更多的社会力量和资源。');
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '发挥工会枢纽型社会组织作用。区、街两级工会要培育、联系一批职工互助类、职工志愿服务类社会组织，吸纳更多的社会力量和资源。',
    ]);
    expect(r.joined).toEqual([{ line: 1, before: '职工志愿服务类社会', after: '组织，吸纳更多的' }].map((j) => ({ ...j, before: j.before.slice(-8) })));
  });
});

describe('isSplitSentence', () => {
  it('does not join a title to the addressee line under it', () => {
    expect(isSplitSentence('印发《关于加强基层工会建设，推动党建带工建工建服务党建工作的实施意见》的通知', '各基层党（工）委（党组）、县直及省市垂直管理有关单位：')).toBe(false);
  });
  it('does not join a long numbered heading to its text', () => {
    expect(isSplitSentence('(一)以发挥全总党组领导核心作用为保证,增强了工会系统党组织的先进性纯洁性', '健全完善传达学习贯彻党中央重大决策部署工作制度。')).toBe(false);
  });
  it('does not join a complete sentence to the next paragraph', () => {
    expect(isSplitSentence('区总工会内设机构由1个调整为3个，实行“两部一室”，即维权生产部、组织宣教部、综合办公室。', '直属事业单位为职工服务中心。')).toBe(false);
  });
});

describe('menus and issuer marks', () => {
  it('ends a navigation menu at an organisation name', () => {
    const r = clean(normalize('首页\n工会动态\n网上工会\n基层工会\n联系我们\n宜宾市总工会\n关于加强工会建设的通知\n正文。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['宜宾市总工会', '关于加强工会建设的通知', '正文。']);
  });
});
