/**
 * The web pages and office documents of the benchmark's corpus
 * (scripts/bench/generate-corpus.ts): a generated circular put inside a whole web page
 * as the sites it is copied from serve it — a top link bar, a long menu, a
 * breadcrumb, the page's own heading, 发布时间 and 点击 counter, the article,
 * a 相关文章 list, a footer — or, for the DOCX and PDF seeds, inside a plain
 * document that LibreOffice converts (scripts/bench/office.ts).
 *
 * Pages differ by site: each site name gives its own layout (div portal, old
 * table layout, HTML5 sections, sidebar before the article), class names,
 * menu, charset and wording, so that a reader cannot learn one template.
 * Some pages are Word exports pasted into the site: every paragraph split into
 * <span>/<font> runs (digits of 发文字号 and dates in runs of their own),
 * <o:p></o:p>, conditional comments, and a hidden VML/WordArt copy of the red
 * header. None of the page's own title, date or lists is the circular's: the
 * generator's Truth stays the answer.
 *
 * Deterministic: every choice through Rng. No real site names: a site is
 * named after its issuer.
 */
import { Rng } from './rng';

export type HeaderRole = 'mark' | 'number' | 'title' | 'number-date' | 'bar' | 'addressees';
export type TailRole = 'signature' | 'date' | 'colophon';

/** The circular itself, in the order it prints. */
export interface Article {
  header: { text: string; role: HeaderRole }[];
  /** paragraphs and headings; '' is a page break that split a sentence */
  body: string[];
  tail: { text: string; role: TailRole }[];
  /** the issuer, for the red header (版头) and its WordArt copy */
  issuer: string;
}

/** What the page around the circular prints about itself: never the circular's facts. */
export interface PageFacts {
  /** the site the copy was taken from (its issuer's name), named by the site's own pages */
  site: string;
  /** the page's heading above the article, and the short title of its <title> */
  heading: string;
  shortTitle: string;
  /** the page's publish date (ISO) and time */
  date: string;
  time: string;
  /** the day the page was saved (its 今天是 bar) */
  savedOn: string;
  clicks: number;
  source: string;
  related: { title: string; date: string }[];
  address: string;
  phone: string;
  postcode: string;
  icp: string;
  year: number;
}

export interface RenderedPage {
  html: string;
  /** the charset the page declares; the bytes are GB18030 when it is a GB one */
  charset: 'utf-8' | 'gb2312' | 'gbk';
  layout: Layout;
  wordExport: boolean;
  /** pieces of site chrome put around the article (a menu or a list counts once) */
  chromePieces: number;
}

export type Layout = 'portal' | 'table' | 'semantic' | 'sidebar-first';
export const LAYOUTS: readonly Layout[] = ['portal', 'table', 'semantic', 'sidebar-first'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

// ---------------------------------------------------------------- one site's style

const NAV = [
  '工会要闻', '工作动态', '通知公告', '政策法规', '基层风采', '职工服务', '维权帮扶', '劳模风采', '网上工会', '女职工工作', '财务资产',
  '经费审查', '工会改革', '党建工作', '理论学习', '专题专栏', '视频新闻', '信息公开', '领导信息', '机构设置', '联系我们', '法律援助',
  '困难帮扶', '职工书屋', '技能竞赛', '建功立业', '普惠服务', '互动交流', '媒体聚焦', '图片新闻',
];
const SUBNAV = ['文件通知', '公示公告', '基层动态', '县区动态', '产业工会', '工作简报', '图片报道', '政策解读', '办事指南', '下载中心', '在线咨询', '调查征集'];
const COLUMNS = ['通知公告', '文件通知', '政策法规', '工会改革', '工作动态', '公示公告', '文件发布'];
const RELATED_HEADINGS = ['推荐阅读', '相关文章', '相关新闻', '热点排行', '最新文章', '热门推荐'];
const TOP_LINKS = ['设为首页', '加入收藏', '无障碍浏览', '繁體版', '手机版', '登录', '注册', 'English', '网站地图', 'RSS订阅'];

interface SiteStyle {
  layout: Layout;
  charset: RenderedPage['charset'];
  /** <meta http-equiv="Content-Type" …> rather than <meta charset> */
  httpEquiv: boolean;
  name: string;
  column: string;
  nav: { label: string; children: string[] }[];
  cls: { wrap: string; top: string; nav: string; crumb: string; title: string; info: string; content: string; side: string; foot: string };
  crumbLead: string;
  crumbSep: string;
  relatedHeading: string;
  info: number;
  /** the site writes dates 2017-05-12, 2017/05/12 or 2017年05月12日 */
  dateForm: number;
}

/**
 * A site's template, the same for every page of the site: from a generator
 * seeded by the site's name, so two circulars copied from one site share it.
 */
function siteStyle(site: string): SiteStyle {
  const rng = new Rng(`site:${site}`);
  const layout = rng.pick(LAYOUTS);
  // Older sites (table layouts most of all) still serve GB2312.
  const charset = rng.chance(layout === 'table' ? 0.6 : 0.2) ? rng.pick<RenderedPage['charset']>(['gb2312', 'gb2312', 'gbk']) : 'utf-8';
  const items = rng.sample(NAV, rng.int(10, 20));
  const nav = ['首页', ...items].map((label) => ({ label, children: rng.chance(0.35) ? rng.sample(SUBNAV, rng.int(2, 5)) : [] }));
  const pick = (...names: string[]) => rng.pick(names);
  return {
    layout,
    charset,
    httpEquiv: charset !== 'utf-8' ? rng.chance(0.5) : rng.chance(0.2),
    name: rng.pick([site, `${site}网站`, `${site}门户网`, `${site}官网`]),
    column: rng.pick(COLUMNS),
    nav,
    cls: {
      wrap: pick('wrap', 'container', 'main-box', 'w1200', 'page'),
      top: pick('topbar', 'top-link', 'header-top', 'toplinks'),
      nav: pick('nav', 'menu', 'mainnav', 'navbar', 'dh'),
      crumb: pick('crumb', 'position', 'location', 'dqwz', 'breadcrumb'),
      title: pick('article-title', 'bt', 'news_title', 'detail-title', 'tit'),
      info: pick('info', 'fbsj', 'article-info', 'news_info', 'property'),
      content: pick('article-con', 'zoom', 'news_content', 'detail-body', 'wz_nr', 'content'),
      side: pick('side', 'right-box', 'aside', 'xglb', 'sidebar'),
      foot: pick('footer', 'foot', 'bottom', 'copyright'),
    },
    crumbLead: rng.pick(['您的位置：', '当前位置：', '您现在的位置: ', '位置：']),
    crumbSep: rng.pick([' &gt; ', ' &gt;&gt; ', ' » ', ' / ', ' > ']),
    relatedHeading: rng.pick(RELATED_HEADINGS),
    info: rng.int(0, 3),
    dateForm: rng.int(0, 2),
  };
}

function siteDate(style: SiteStyle, iso: string): string {
  if (style.dateForm === 0) return iso;
  if (style.dateForm === 1) return iso.replace(/-/g, '/');
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
}

// ---------------------------------------------------------------- chrome

function head(rng: Rng, style: SiteStyle, page: PageFacts, word: boolean): string {
  const charset = style.httpEquiv ? `<meta http-equiv="Content-Type" content="text/html; charset=${style.charset}">` : `<meta charset="${style.charset}">`;
  const out = [
    charset,
    `<title>${esc(page.shortTitle)}--${esc(style.column)}-${esc(style.name)}</title>`,
    `<meta name="keywords" content="${attr(`${style.column},${page.site}`)}">`,
    `<meta name="description" content="${attr(page.heading)}">`,
    `<link rel="stylesheet" href="/css/${rng.pick(['style', 'common', 'index', 'main'])}.css">`,
    // Style and script text is text to a parser that does not skip them.
    `<style type="text/css">.${style.cls.content} p{line-height:2;font-size:16px}.${style.cls.nav} li{float:left}</style>`,
    `<script type="text/javascript">var pageInfo = { column: "${attr(style.column)}", id: ${rng.int(1000, 99999)} };</script>`,
  ];
  if (word) {
    out.push(
      '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing></w:WordDocument></xml><![endif]-->',
      '<style>v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);} p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:"Times New Roman";}</style>',
    );
  }
  return `<head>\n${out.join('\n')}\n</head>`;
}

function topBar(rng: Rng, style: SiteStyle, page: PageFacts): string {
  const [y, m, d] = page.savedOn.split('-').map(Number) as [number, number, number];
  const week = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const links = rng.sample(TOP_LINKS, rng.int(2, 5)).map((l) => `<a href="#">${l}</a>`).join(' | ');
  const today = rng.pick([`今天是：${y}年${m}月${d}日 星期${week}`, `<script>document.write(new Date().toLocaleDateString());</script>`, `欢迎访问${esc(style.name)}！`]);
  return `<div class="${style.cls.top}"><span class="date">${today}</span><span class="links">${links}</span></div>`;
}

function navMenu(style: SiteStyle): string {
  const li = style.nav
    .map((n, i) => {
      const sub = n.children.length > 0 ? `<ul class="sub">${n.children.map((c, j) => `<li><a href="/col${i}/sub${j}/">${c}</a></li>`).join('')}</ul>` : '';
      return `<li${i === 0 ? ' class="on"' : ''}><a href="${i === 0 ? '/' : `/col${i}/`}">${n.label}</a>${sub}</li>`;
    })
    .join('\n');
  return `<div class="${style.cls.nav}"><ul>\n${li}\n</ul></div>`;
}

function breadcrumb(style: SiteStyle): string {
  const trail = ['<a href="/">首页</a>', `<a href="/list/">${style.column}</a>`, '正文'];
  return `<div class="${style.cls.crumb}">${style.crumbLead}${trail.join(style.crumbSep)}</div>`;
}

function infoLine(rng: Rng, style: SiteStyle, page: PageFacts): string {
  const when = `${siteDate(style, page.date)} ${page.time}`;
  // The click counter is filled by a script on some sites, printed on others.
  const clicks = rng.chance(0.3) ? `<script src="/counter.php?id=${rng.int(1000, 99999)}"></script>` : `<span id="hits">${page.clicks}</span>`;
  const lines = [
    `发布时间：${when}　来源：${esc(page.source)}　点击：${clicks}`,
    `<span>作者：${rng.pick(['办公室', '组宣部', '网站管理员'])}</span> <span>发布时间：${when}</span> <span>点击数：${clicks}</span>`,
    `发布时间：${siteDate(style, page.date)} | 点击：${clicks}次 | 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】`,
    `来源：${esc(page.source)}&nbsp;&nbsp;发布时间：${when}&nbsp;&nbsp;点击率：${clicks}`,
  ];
  return `<div class="${style.cls.info}">${lines[style.info]!}</div>`;
}

function relatedList(style: SiteStyle, page: PageFacts): string {
  const items = page.related
    .map((r, i) => `<li><a href="/list/${i + 1}.html" title="${attr(r.title)}">${esc(r.title.length > 22 ? `${r.title.slice(0, 21)}…` : r.title)}</a><span>${siteDate(style, r.date)}</span></li>`)
    .join('\n');
  return `<div class="${style.cls.side}"><h3>${style.relatedHeading}</h3><ul>\n${items}\n</ul></div>`;
}

function extras(rng: Rng, page: PageFacts): string[] {
  const out: string[] = [];
  if (rng.chance(0.6)) out.push(`<div class="tools">${rng.pick(['【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】', '分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>'])}</div>`);
  if (rng.chance(0.5) && page.related.length >= 2) {
    out.push(`<div class="prev-next"><p>上一篇：<a href="#">${esc(page.related[0]!.title)}</a></p><p>下一篇：<a href="#">${esc(page.related[1]!.title)}</a></p></div>`);
  }
  return out;
}

function footerLines(rng: Rng, style: SiteStyle, page: PageFacts): string[] {
  const lines = [
    rng.pick([`版权所有：${esc(style.name)} &copy; ${page.year}`, `Copyright &copy; ${page.year} ${esc(page.site)} All Rights Reserved`, `主办：${esc(page.site)}`]),
    `地址：${esc(page.address)}　邮编：${page.postcode}　电话：${page.phone}`,
    `<a href="#">${esc(page.icp)}</a>`,
  ];
  if (rng.chance(0.3)) lines.push(`技术支持：${esc(page.site.slice(0, 2))}${rng.pick(['网讯', '信通', '云联'])}网络科技有限公司`);
  return lines;
}

// ---------------------------------------------------------------- the article

/** How the pasted text was marked up: a Word export, or a site editor's plain paragraphs. */
interface ArticleStyle {
  word: boolean;
  /** Word runs as <span style> or as <font> (older editors) */
  runTag: 'span' | 'font';
  font: string;
  indent: 'css' | 'ideographic' | 'nbsp' | 'none';
  vml: 'comment' | 'bare' | 'textbox' | 'none';
}

function articleStyle(rng: Rng, word: boolean): ArticleStyle {
  return {
    word,
    runTag: rng.chance(0.8) ? 'span' : 'font',
    font: rng.pick(['仿宋_GB2312', '仿宋', 'FangSong_GB2312', '宋体']),
    indent: rng.pick(['css', 'css', 'ideographic', 'nbsp', 'none']),
    vml: word ? rng.weighted({ comment: 35, bare: 20, textbox: 10, none: 35 }) : 'none',
  };
}

/**
 * A Word run-by-run rendering of one paragraph's text: digits and Latin in runs
 * of their own (lang=EN-US, as Word writes them), Chinese cut into runs of
 * random length (Word starts a run wherever an edit was made), runs of spaces
 * as mso-spacerun.
 */
function wordRuns(rng: Rng, text: string, st: ArticleStyle, size: number, extra = ''): string {
  const out: string[] = [];
  const cjkRun = (s: string) =>
    st.runTag === 'font' ? `<font face="${st.font}" size="4">${esc(s)}</font>` : `<span style='font-size:${size}.0pt;font-family:${st.font}${extra}'>${esc(s)}</span>`;
  for (const token of text.split(/(\d+|[A-Za-z]+| {2,})/)) {
    if (token === '') continue;
    if (/^ {2,}$/.test(token)) out.push(`<span style='mso-spacerun:yes'>${'&nbsp;'.repeat(token.length - 1)} </span>`);
    else if (/^[\dA-Za-z]+$/.test(token)) out.push(`<span lang=EN-US style='font-size:${size}.0pt;font-family:"Times New Roman"${extra}'>${token}</span>`);
    else {
      const chars = [...token];
      for (let i = 0; i < chars.length; ) {
        const n = rng.int(3, 30);
        out.push(cjkRun(chars.slice(i, i + n).join('')));
        i += n;
      }
    }
    // Now and then an empty run or a bookmark, as Word leaves them.
    if (rng.chance(0.05)) out.push(rng.pick([`<span style='mso-bookmark:_Toc${rng.int(100000, 999999)}'></span>`, '<span lang=EN-US></span>', `<a name="_Toc${rng.int(100000, 999999)}"></a>`]));
  }
  return out.join('');
}

function wordParagraph(rng: Rng, text: string, st: ArticleStyle, opts: { align?: 'center' | 'right'; indent?: boolean; size?: number; bold?: boolean; color?: string }): string {
  const size = opts.size ?? 16;
  const css = [opts.align ? `text-align:${opts.align}` : '', opts.indent ? 'text-indent:32.0pt' : '', 'line-height:28.0pt;mso-line-height-rule:exactly'].filter(Boolean).join(';');
  let runs = wordRuns(rng, opts.align ? text.trim() : text, st, size, opts.color ? `;color:${opts.color}` : '');
  if (opts.bold) runs = `<b style='mso-bidi-font-weight:normal'>${runs}</b>`;
  const op = rng.chance(0.85) ? `<span lang=EN-US style='font-size:${size}.0pt'><o:p></o:p></span>` : '';
  return `<p class=MsoNormal${opts.align ? ` align=${opts.align}` : ''} style='${css}'>${runs}${op}</p>`;
}

function plainParagraph(text: string, st: ArticleStyle, opts: { align?: 'center' | 'right'; indent?: boolean; bold?: boolean; color?: string }): string {
  let t = esc(opts.align ? text.trim() : text).replace(/ {2,}/g, (s) => '&nbsp;'.repeat(s.length));
  if (opts.bold) t = `<strong>${t}</strong>`;
  if (opts.color) t = `<span style="color:${opts.color}">${t}</span>`;
  const style = opts.align ? ` style="text-align:${opts.align}"` : opts.indent && st.indent === 'css' ? ' style="text-indent:2em"' : '';
  const lead = opts.indent && st.indent === 'ideographic' ? '　　' : opts.indent && st.indent === 'nbsp' ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '';
  return `<p${style}>${lead}${t}</p>`;
}

/** The hidden WordArt copy of the red header that Word writes beside (or instead of) its text. */
function vmlHeader(rng: Rng, issuer: string, kind: ArticleStyle['vml']): string {
  const words = `${issuer}文件`;
  const id = `_x0000_s${rng.int(1025, 1100)}`;
  const shape = `<v:shape id="${id}" type="#_x0000_t136" style='position:absolute;margin-left:0;margin-top:${rng.int(10, 40)}pt;width:441pt;height:${rng.int(50, 70)}pt;z-index:1' fillcolor="red" stroked="f">`;
  if (kind === 'comment') {
    return `<!--[if gte vml 1]><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"></v:shapetype>${shape}<v:textpath style='font-family:"方正小标宋简体";v-text-kern:t' trim="t" fitpath="t" string="${attr(words)}"/></v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:1'><img width=588 height=80 src="image001.gif" v:shapes="${id}"></span><![endif]>`;
  }
  if (kind === 'bare') return `${shape}<v:textpath style='font-family:"宋体"' string="${attr(words)}"/></v:shape>`;
  return `${shape}<v:textbox><p class=MsoNormal align=center style='text-align:center'><span style='font-size:36.0pt;color:red'>${esc(words)}</span></p></v:textbox></v:shape>`;
}

const isHeading = (s: string) => /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(s) && s.length < 40;

/** The circular's own paragraphs, as the page's article holds them. */
function articleBody(rng: Rng, a: Article, st: ArticleStyle): string[] {
  const out: string[] = [];
  const para = (text: string, opts: Parameters<typeof plainParagraph>[2] & { size?: number }) =>
    st.word ? wordParagraph(rng, text, st, opts) : plainParagraph(text, st, opts);
  const blank = () => (st.word ? `<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>` : '<p>&nbsp;</p>');
  if (st.vml !== 'none') out.push(vmlHeader(rng, a.issuer, st.vml));
  for (const h of a.header) {
    if (h.role === 'bar') continue; // text copies only: the page has its own info line
    if (h.role === 'mark') out.push(para(h.text, { align: 'center', size: 36, bold: true, color: 'red' }));
    else if (h.role === 'number' || h.role === 'number-date') out.push(para(h.text, { align: 'center' }));
    else if (h.role === 'title') out.push(para(h.text, { align: 'center', size: 22, bold: true }));
    else out.push(para(h.text, {}));
    if (h.role === 'number' && st.word && rng.chance(0.5)) out.push(blank());
  }
  let pageBreak = false;
  for (const s of a.body) {
    if (s === '') {
      pageBreak = true;
      continue;
    }
    if (pageBreak) {
      out.push(st.word ? `<span lang=EN-US style='font-size:16.0pt'><br clear=all style='page-break-before:always'></span>` : rng.chance(0.5) ? '<p>&nbsp;</p>' : '');
      pageBreak = false;
    }
    out.push(para(s.trim(), isHeading(s) ? { bold: rng.chance(0.5) } : { indent: true }));
    if (st.word && rng.chance(0.04)) out.push(blank());
  }
  for (const t of a.tail) out.push(para(t.text, t.role === 'colophon' ? {} : { align: 'right' }));
  return out.filter(Boolean);
}

// ---------------------------------------------------------------- whole pages

/**
 * A whole web page around the circular. `rng` makes the page's own choices;
 * the site's template comes from its name.
 */
export function renderPage(rng: Rng, a: Article, page: PageFacts, opts: { wordExport: boolean }): RenderedPage {
  const style = siteStyle(page.site);
  const st = articleStyle(rng, opts.wordExport);
  const body = articleBody(rng, a, st);
  const content = st.word
    ? `<div class="${style.cls.content}" id="zoom"><div class=WordSection1 style='layout-grid:15.6pt'>\n${body.join('\n')}\n</div></div>`
    : `<div class="${style.cls.content}" id="zoom">\n${body.join('\n')}\n</div>`;
  const heading = `<h1 class="${style.cls.title}">${esc(page.heading)}</h1>`;
  const parts = {
    top: topBar(rng, style, page),
    nav: navMenu(style),
    crumb: breadcrumb(style),
    info: infoLine(rng, style, page),
    related: relatedList(style, page),
    extras: extras(rng, page),
    foot: footerLines(rng, style, page),
  };
  const chromePieces = 5 + parts.extras.length + parts.foot.length;
  const banner = `<div class="banner"><img src="/images/banner.jpg" alt="${attr(style.name)}"></div>`;
  let bodyHtml: string;
  switch (style.layout) {
    case 'portal':
      bodyHtml = [
        parts.top,
        banner,
        parts.nav,
        `<div class="${style.cls.wrap}">`,
        parts.crumb,
        `<div class="left-main">`,
        heading,
        parts.info,
        content,
        ...parts.extras,
        `</div>`,
        parts.related,
        `</div>`,
        `<div class="${style.cls.foot}">${parts.foot.map((l) => `<p>${l}</p>`).join('')}</div>`,
      ].join('\n');
      break;
    case 'table':
      // The old government-site shape: nested layout tables, the sidebar in a cell before the article.
      bodyHtml = [
        `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">`,
        `<tr><td class="${style.cls.top}">${parts.top}</td></tr>`,
        `<tr><td>${banner}</td></tr>`,
        `<tr><td>${parts.nav}</td></tr>`,
        `</table>`,
        `<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr>`,
        `<td width="250" valign="top">${parts.related}</td>`,
        `<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">`,
        `<tr><td>${parts.crumb}</td></tr>`,
        `<tr><td align="center">${heading}</td></tr>`,
        `<tr><td align="center">${parts.info}</td></tr>`,
        `<tr><td>${content}</td></tr>`,
        ...parts.extras.map((e) => `<tr><td>${e}</td></tr>`),
        `</table></td>`,
        `</tr></table>`,
        `<table width="1002" align="center" class="${style.cls.foot}">${parts.foot.map((l) => `<tr><td align="center">${l}</td></tr>`).join('')}</table>`,
      ].join('\n');
      break;
    case 'semantic':
      bodyHtml = [
        `<header>${parts.top}${banner}</header>`,
        `<nav>${parts.nav}</nav>`,
        `<main class="${style.cls.wrap}">`,
        parts.crumb,
        `<article>`,
        heading,
        parts.info,
        content,
        `</article>`,
        ...parts.extras,
        `<aside>${parts.related}</aside>`,
        `</main>`,
        `<footer class="${style.cls.foot}">${parts.foot.join('<br>')}</footer>`,
      ].join('\n');
      break;
    case 'sidebar-first':
      // Chrome before and after: a column list before the article, related list and footer after.
      bodyHtml = [
        `<div id="${style.cls.wrap}">`,
        parts.top,
        parts.nav,
        `<div class="left">`,
        `<div class="lm"><h3>${style.column}</h3><ul>${style.nav.slice(1, 6).map((n) => `<li><a href="#">${n.label}</a></li>`).join('')}</ul></div>`,
        `</div>`,
        `<div class="right">`,
        parts.crumb,
        `<div class="detail">`,
        heading,
        parts.info,
        content,
        `</div>`,
        ...parts.extras,
        parts.related,
        `</div>`,
        `</div>`,
        `<div class="${style.cls.foot}">${parts.foot.join('<br />\n')}</div>`,
      ].join('\n');
      break;
  }
  const doctype = style.layout === 'table' ? '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">' : '<!DOCTYPE html>';
  const htmlTag = st.word ? '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' : '<html lang="zh-CN">';
  // A script after the footer: statistics code every such site carries.
  const tail = `<script type="text/javascript">(function(){var s=document.createElement("script");s.src="/stat.js?site=${rng.hex(8)}";document.body.appendChild(s);})();</script>`;
  const html = `${doctype}\n${htmlTag}\n${head(rng, style, page, st.word)}\n<body>\n${bodyHtml}\n${tail}\n</body>\n</html>\n`;
  return { html, charset: style.charset, layout: style.layout, wordExport: st.word, chromePieces: chromePieces + (style.layout === 'sidebar-first' ? 1 : 0) };
}

/**
 * The circular as an office document (HTML that LibreOffice turns into DOCX
 * or PDF): no site around it; the red header, 发文字号 and title centred, the
 * body in 仿宋 with indented paragraphs, the signature and date to the right,
 * page numbers in the footer (— 1 —) on some, and a forced page break where
 * the generator split a sentence.
 */
export function renderDocument(rng: Rng, a: Article, title: string): string {
  const font = rng.pick(['仿宋_GB2312', '仿宋', 'FangSong']);
  const out: string[] = [];
  // LibreOffice's HTML import reads a <div title="footer"> as the page footer, with a page-number field.
  if (rng.chance(0.6)) out.push(`<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>`);
  const p = (text: string, style: string, align?: 'center' | 'right') => `<p${align ? ` align="${align}"` : ''} style="${style}">${esc(align ? text.trim() : text)}</p>`;
  for (const h of a.header) {
    if (h.role === 'bar') continue;
    if (h.role === 'mark') out.push(p(h.text, 'color:#e00000;font-size:30pt;font-weight:bold', 'center'));
    else if (h.role === 'number' || h.role === 'number-date') {
      out.push(p(h.text, '', 'center'));
      if (rng.chance(0.7)) out.push('<hr style="color:#e00000;background:#e00000;height:2px">');
    } else if (h.role === 'title') out.push(p(h.text, 'font-size:22pt;font-weight:bold', 'center'));
    else out.push(p(h.text, ''));
  }
  let pageBreak = false;
  for (const s of a.body) {
    if (s === '') {
      pageBreak = true;
      continue;
    }
    const style = `${isHeading(s) ? 'font-family:黑体' : 'text-indent:2em'}${pageBreak ? ';page-break-before:always' : ''}`;
    out.push(p(s.trim(), style));
    pageBreak = false;
  }
  for (const t of a.tail) out.push(p(t.text, '', t.role === 'colophon' ? undefined : 'right'));
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>body{font-family:"${font}";font-size:16pt} p{margin:0;line-height:28pt}</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}
