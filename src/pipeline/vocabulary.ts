/**
 * The vocabulary of Chinese official documents (公文), in one place for every
 * stage: document types, drafting status, organisation-name endings, the kinds
 * of union, heading numerals, and the words of a document's head and tail.
 * Each list says what it is for; patterns are built from the lists, never
 * written out again elsewhere.
 */

/** Document types a title ends with, longest first where one ends another (实施方案 before 方案). GB/T 9704 and common practice. */
export const DOC_TYPES = [
  '实施意见', '指导意见', '若干意见', '意见',
  '实施方案', '工作方案', '改革方案', '方案',
  '实施办法', '管理办法', '暂行办法', '办法',
  '实施细则', '细则', '暂行规定', '规定', '决定', '决议',
  '通知', '通报', '通告', '公告', '公示', '公报', '报告', '请示', '批复', '函', '纪要',
  '纲要', '规划', '计划', '工作要点', '要点', '条例', '章程', '制度', '规则', '守则', '倡议书', '法',
].sort((a, b) => b.length - a.length);

/** A title ends in one of these: the type (before an optional 》 and 的通知). */
export const DOC_TYPE_ALT = DOC_TYPES.join('|');

/**
 * A line ending in a document type of two or more characters is a title, never half of a sentence cut by a
 * page break (single-character types, 函 and 法, end too many ordinary words).
 */
export const TITLE_END = new RegExp(`(${DOC_TYPES.filter((t) => t.length > 1).join('|')})$`);

/** Drafting status printed in brackets after a title: 沙市区总工会改革实施方案(送审稿) */
const STATUS_WORDS = ['送审稿', '征求意见稿', '草案', '讨论稿', '修订稿', '试行', '暂行', '代拟稿'];
export const STATUS_RE = new RegExp(`[（(](${STATUS_WORDS.join('|')})[）)]$`);

/** Endings of an organisation's name, longest first: 宜宾市总工会, 中共某县委组织部, 浙江省教育厅办公室. */
export const ORG_ENDINGS = [
  '总工会', '工会联合会', '工会委员会', '工会工作委员会', '工会', '人民代表大会常务委员会', '常务委员会', '委员会', '联合会',
  '党委', '党组', '纪委', '组织部', '宣传部', '办公室', '办公厅', '人民政府', '政府', '人民检察院', '检察院', '人民法院', '法院',
  '教研室', '研究院', '研修院', '中心', '协会', '学会', '部', '委', '局', '厅', '署', '院', '室', '处', '科',
].sort((a, b) => b.length - a.length);
export const ORG_END = new RegExp(`(${ORG_ENDINGS.join('|')})$`);
export const ORG_ENDING_ALT = ORG_ENDINGS.join('|');

/**
 * Full names of organisations that end a navigation menu written one item per line (the issuer mark under
 * it): 宜宾市总工会, 某县工会委员会, 中共某县委组织部. At least five characters, so that menu items such as
 * 网上工会 or 基层工会 are not taken for one.
 */
export const MENU_ENDING_ORG = /^.{2,}(总工会|[省市县区州旗]工会|工会委员会|工会联合会|委员会|党委|党组|组织部|办公室)$/;

/** Prefixes of bodies that stand alone without a place name: national bodies, the party and its leagues. */
export const NATIONAL_PREFIX = /^(中华全国|中华人民共和国|全国|中共中央|中央|国务院|国家|最高人民|中国共产主义青年团中央|共青团中央|中国[^\s、，]{0,12}工会全国委员会)/;

/** A place-free body ending so is a central ministry or commission: 教育部, 公安部, 国家发展改革委. */
export const CENTRAL_BODY = /^[\u4e00-\u9fff]{2,4}(部|委|署)$/;

/** The 版头 formula: an issuer's name followed by 文件 (广元市总工会文件). */
export const MASTHEAD_FORMULA = '文件';

/**
 * Kinds of union, by what stands between the place and 工会:
 * a unit's own union (学校, 公司 …) is a grass-roots union, level `other`; a sector's (教育, 卫生 …) is an industry union.
 */
export const UNIT_WORDS = /(学校|(?<!中)小学|中学|大学|学院|幼儿园|[一二三四五六七八九十\d]+中(?=[^学]|$)|医院|公司|集团|企业|工厂|研究所)/;
export const INDUSTRY_UNION = /产业工会|^中国.{1,12}工会全国委员会|^全国(?!总工会).{1,12}工会/;

/** Heading numbering, highest level first, each with a real example. */
export const NUMBERING: { rank: number; re: RegExp }[] = [
  // 一、深入学习，准确把握工会改革的系列重大部署
  { rank: 1, re: /^[一二三四五六七八九十]{1,3}[、．.]/ },
  // （一）研制《广元市总工会兼（挂）职工会干部管理办法》 / (一)以发挥全总党组领导核心作用为保证
  { rank: 2, re: /^[（(][一二三四五六七八九十]{1,3}[）)]/ },
  // 1、健全区总工会机关内设机构设置。 / 7.开办“职工素质提升大讲堂”。 (not 2017. or 2.5%)
  { rank: 3, re: /^\d{1,2}(?:[、．]|\.(?!\d))/ },
  // （1）… / (1)…
  { rank: 4, re: /^[（(]\d{1,2}[）)]/ },
  // ①…
  { rank: 5, re: /^[①-⑳]/ },
  // 一是理顺管理体制，创新工作机制。 (an item, never a heading)
  { rank: 6, re: /^[一二三四五六七八九十]{1,2}是/ },
];

/** Numbering that starts a heading or an item: 一、 （一） (一) 1、 1． 1. （1） ① 一是 第一条 */
export const ITEM_START = /^([一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳]|第[一二三四五六七八九十百]+[，、条章节])/;

/** Sentence punctuation: a line holding one is running text, not a title, heading or name. */
export const SENTENCE = /[。；;！!？?]/;

/** 版记 (colophon) cues: 抄送：…, 印发 lines, 主题词：…, 承办单位：… */
export const COLOPHON_START = /^(抄送|抄报|印发|印发机关|印发日期|主题词|关键词|承办单位|联系人)\s*[:：]/;

/** Procedural lines of a law or regulation: 2004年9月25日 河南省第十届人民代表大会常务委员会第十一次会议通过 */
export const PROCEDURAL_ACTS = /(通过|修正|修订|批准|公布)/;
