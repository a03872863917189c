/**
 * Site chrome: the parts of a copied web page that are not the circular.
 * Each pattern is named and carries a real example; the cleaner reports which
 * one matched for every line it drops.
 */

export interface ChromePattern {
  name: string;
  test: RegExp;
}

/** Lines that are site chrome wherever they stand. */
const CHROME_LINE_PATTERNS: ChromePattern[] = [
  // 荆州市总工会欢迎您! | 今天是:
  { name: 'welcome bar', test: /欢迎(您|你|光临|访问)|今天是[:：]?|^\s*\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]/ },
  // 您的位置:首页 > 新闻中心 > 公示公告 > 公示公告
  { name: 'breadcrumb', test: /^(您的位置|您现在的位置|当前位置|所在位置|现在位置)\s*[:：]|^首页\s*[>＞»›]/ },
  // 信息来源: | 发布时间 2017-08-22
  {
    name: 'source/date bar',
    test: /^(信息)?来源\s*[:：|]|发布(时间|日期)\s*[:：]?\s*\d{4}|^(作者|编辑|责任编辑|浏览(次数)?|点击(数|率)?|阅读(次数)?)\s*[:：]|【?字[体号]\s*[:：]?\s*[大中小]/,
  },
  // 地址:荆州市园林路25号 热线电话:0716-8212336 邮编:434000 QQ:260945676
  // 主办：武汉市江夏区总工会 地址：江夏区文化大道1号 电话：027-87951234
  { name: 'address/contact footer', test: /(地址|通讯地址|联系地址)\s*[:：].*(电话|邮编|传真)|(电话|热线)\s*[:：]\s*[\d-]{7,}.*(邮编|QQ|传真|地址)|QQ\s*[:：]\s*\d{5,}|^邮编\s*[:：]?\s*\d{6}|^(主办|承办|协办)(单位)?\s*[:：]/ },
  // 鄂ICP备12004590号-1
  { name: 'ICP licence', test: /ICP[备证]?\s*\d|ICP备|公网安备/ },
  // 版权所有 © 2017 …  /  Copyright … / 技术支持：…
  { name: 'copyright footer', test: /版权所有|Copyright|©|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]|网站标识码/i },
  // 【打印本页】【关闭窗口】, 分享到：, 上一篇：…, 返回顶部
  { name: 'page tools', test: /^[【\[]?(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回)[】\]]?(\s*[【\[]?(打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回)[】\]]?)*$|^分享到\s*[:：]?|^(上一篇|下一篇|上一条|下一条)\s*[:：]/ },
  // 首页 | 工会动态 | 政策法规 | 联系我们
  { name: 'navigation bar', test: /^([^\s|｜丨│。，,；;]{1,8}\s*[|｜丨│]\s*){3,}[^\s|｜丨│。，,；;]{1,8}$/ },
];

/** A menu item in a navigation menu written one item per line: short, no punctuation, no numbering. */
export const MENU_ITEM = /^[\u4e00-\u9fffA-Za-z0-9]{1,8}$/;

/** Items that look like menu items but are parts of a circular (signature, headings) are never in menus this long. */
export const MIN_MENU_RUN = 4;

export function matchChrome(line: string): ChromePattern | undefined {
  return CHROME_LINE_PATTERNS.find((p) => p.test.test(line));
}
