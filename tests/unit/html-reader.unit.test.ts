/**
 * The web-page reader on tiny pages: blocks from the DOM (inline runs joined, <br> and rows split,
 * hidden text set apart), the article told from menus and link lists by its running text, the page's
 * own title and date kept as page facts, and bad pages refused with one line.
 */
import iconv from 'iconv-lite';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from '../../src/pipeline/formats/html-blocks';
import { readHtml } from '../../src/pipeline/formats/html';
import { readDocument } from '../../src/pipeline/formats/read';
import { normalizeSpaces } from '../../src/pipeline/normalize';

const blocksOf = (html: string) => pageBlocks(fromHtml(html));
const enc = (s: string) => new TextEncoder().encode(s);

const SENTENCES = [
  '为深入学习贯彻党的二十大精神，进一步加强基层工会建设，现就有关事项通知如下。',
  '各单位要高度重视，认真组织，确保各项工作落到实处，并于6月30日前报送总结材料。',
  '联系人：张三，电话：12345678。',
];
const MENU = ['首页', '新闻中心', '工会动态', '政策法规', '办事指南', '联系我们'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('');
const RELATED = ['关于开展劳动竞赛的通知', '关于做好疗休养工作的通知', '关于评选先进集体的通知'].map((t, i) => `<li><a href="/a/${i}">${t}</a><span>[06-0${i + 1}]</span></li>`).join('');

function page(article: string, extra = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>劳动竞赛通知--工会动态-某市总工会</title></head><body>
  <div class="top"><ul class="nav">${MENU}</ul></div>
  <div class="side"><h3>推荐阅读</h3><ul>${RELATED}</ul></div>
  <div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/x">工会动态</a></div>
  <h2>劳动竞赛通知</h2><div class="info">发布时间：2019年06月11日 点击数：12 次</div>
  <div class="content">${article}</div></div>
  <div class="foot"><p>版权所有 © 某市总工会</p><p>地址：某路1号 电话：0575-1234567</p></div>${extra}</body></html>`;
}

describe('blocks of a page', () => {
  it('joins a 发文字号 and a date split across Word-export runs', () => {
    const { blocks } = blocksOf('<p class=MsoNormal><span lang=EN-US>绍市总工发〔</span><span>2018</span><span>〕</span><font>68</font><span>号<o:p></o:p></span></p><p><span>2019</span>年<span>5</span>月<span>31</span>日</p>');
    expect(blocks.map((b) => b.text)).toEqual(['绍市总工发〔2018〕68号', '2019年5月31日']);
  });

  it('splits lines at <br> and keeps a table row on one line', () => {
    const { blocks } = blocksOf('<p>第一行<br>第二行</p><table><tr><td><p>序号</p></td><td>姓名</td><td>单位</td></tr><tr><td>1</td><td>张三</td><td>某中学</td></tr></table>');
    expect(blocks.map((b) => b.text)).toEqual(['第一行', '第二行', '序号\u3000姓名\u3000单位', '1\u3000张三\u3000某中学']);
  });

  it('sets hidden text and Word drawings apart, and never reads scripts or styles', () => {
    const r = blocksOf(
      '<p>正文。</p><span style="display:none">登录</span><v:shape><v:textbox>某市教育局文件</v:textbox></v:shape><select><option>站内搜索</option></select><script>var a="<p>x</p>"</script><style>p{}</style>',
    );
    expect(r.blocks.map((b) => b.text)).toEqual(['正文。']);
    expect(r.hidden.map((h) => h.text)).toEqual(['登录', '某市教育局文件', '站内搜索']);
  });

  it('counts link text, so menus and lists can be told from prose', () => {
    const { blocks } = blocksOf(`<ul>${RELATED}</ul><p>${SENTENCES[0]}</p>`);
    expect(blocks[0]!.linkChars / blocks[0]!.text.length).toBeGreaterThan(0.5);
    expect(blocks[blocks.length - 1]!.linkChars).toBe(0);
  });
});

describe('the article of a page', () => {
  it('is the running text, not the menu, the related list or the footer; the rest is reported', () => {
    const r = readHtml(enc(page(SENTENCES.map((s) => `<p>${s}</p>`).join(''))));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.lines.map((l) => l.text)).toEqual(SENTENCES);
    const dropped = r.doc.dropped.map((d) => d.text).join('\n');
    for (const word of ['新闻中心', '关于开展劳动竞赛的通知', '当前位置', '版权所有']) expect(dropped).toContain(word);
    expect(r.doc.dropped.every((d) => d.reason === 'site-chrome')).toBe(true);
  });

  it("keeps the page's heading and publish date as page facts", () => {
    const r = readHtml(enc(page(`<p>${SENTENCES[0]}</p>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.page).toEqual({ title: '劳动竞赛通知', date: '2019-06-11' });
  });

  it('takes in a note and an attachment table standing next to the article element', () => {
    const html = page(`<p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p>`).replace('<div class="content">', '<p>各位老师：请按通知要求报名，谢谢。</p><div class="content">');
    const r = readHtml(enc(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.lines[0]!.text).toBe('各位老师：请按通知要求报名，谢谢。');
  });
});

describe('bad pages', () => {
  it('refuses a page with no article, naming why', () => {
    const r = readHtml(enc(`<html><body><ul>${MENU}</ul><ul>${RELATED}</ul></body></html>`));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/no article/) });
  });

  it('reads a page whose <meta charset> is wrong by its bytes, and says so', () => {
    const r = readHtml(enc(page(`<p>${SENTENCES[0]}</p>`).replace('charset="utf-8"', 'charset="gb2312"')));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.lines[0]!.text).toBe(SENTENCES[0]);
    expect(r.doc.notes).toEqual([expect.stringContaining('gbk')]);
  });

  it('reads a GBK page by its declaration', () => {
    const r = readHtml(iconv.encode(page(`<p>${SENTENCES[1]}</p>`).replace('charset="utf-8"', 'charset="gb2312"').replace('©', ''), 'gbk'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.encoding).toBe('gbk');
    expect(r.doc.lines[0]!.text).toBe(SENTENCES[1]);
  });

  it('reads a page declared gb2312 whose bytes need GB18030, its superset (© is four bytes there)', () => {
    const r = readHtml(iconv.encode(page(`<p>${SENTENCES[1]}</p>`).replace('charset="utf-8"', 'charset="gb2312"'), 'gb18030'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.encoding).toBe('gb18030');
    expect(r.doc.lines[0]!.text).toBe(SENTENCES[1]);
    expect(r.doc.dropped.map((d) => d.text).join('')).toContain('版权所有 ©');
  });

  it('refuses a 20 MB page before reading it', async () => {
    const huge = enc(page(`<p>${SENTENCES[0]!.repeat(200_000)}</p>`));
    expect(huge.length).toBeGreaterThan(20_000_000);
    expect(await readDocument('huge.html', huge)).toEqual({ ok: false, reason: expect.stringMatching(/over the \d+-byte limit/) });
  });

  it('never renders markup as text: a page full of < > { } is read as a page', async () => {
    const r = await readDocument('x.html', enc(page('<p>若 a &lt; b 且 c &gt; d，则 {x} 不变。</p>')));
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.format).toBe('html');
    // The characters, not their markup (&lt;), with the spacing normalised as every reader's lines are.
    expect(r.doc.lines.map((l) => l.text)).toEqual([normalizeSpaces('若 a < b 且 c > d，则 {x} 不变。')]);
    expect(r.doc.lines[0]!.text).toMatch(/<.*>.*\{x\}/);
  });
});
