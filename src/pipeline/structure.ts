/**
 * Stage 4, structure: paragraphs → typed blocks → a tree of sections.
 * Recognises the parts of an official circular (版头 issuer mark, 发文字号,
 * title, 主送 addressees, the enclosed document's title, signature, date,
 * 版记 colophon) and the heading levels of Chinese policy text.
 */
import { findDates } from './text/dates';
import { findDocNumbers } from './text/doc-number';
import type { Paragraph } from './types';

export type BlockKind =
  | 'issuer-mark'
  | 'doc-number'
  | 'title'
  | 'addressees'
  | 'enclosed-title'
  | 'heading'
  | 'item'
  | 'paragraph'
  | 'signature'
  | 'date-line'
  | 'colophon';

export interface Block {
  kind: BlockKind;
  text: string;
  line: number;
  /** heading rank from the numbering: 1 一、 2 （一） 3 1、 4 （1） 5 ① ; items: the same, 6 for 一是 */
  rank?: number;
}

/** Heading numbering, highest level first. Each pattern with a real example. */
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

export function numberingOf(text: string): { rank: number; marker: string } | null {
  for (const n of NUMBERING) {
    const m = text.match(n.re);
    if (m) return { rank: n.rank, marker: m[0] };
  }
  return null;
}

/** Sentence punctuation: a numbered line containing one is an item with text, not a bare heading. */
const SENTENCE = /[。；;！!？?]/;
/** Document-type words a title ends with (before an optional status in brackets). */
export const DOC_TYPES = [
  '实施意见', '指导意见', '若干意见', '意见', '实施方案', '工作方案', '改革方案', '方案', '实施办法', '管理办法', '暂行办法', '办法',
  '实施细则', '细则', '暂行规定', '规定', '决定', '决议', '通知', '通报', '报告', '纲要', '规划', '计划', '工作要点', '要点', '条例', '批复', '函', '制度', '规则',
];
const TYPE_ALT = DOC_TYPES.join('|');
/** Drafting status printed in brackets after a title: 沙市区总工会改革实施方案(送审稿) */
export const STATUS_RE = /[（(](送审稿|征求意见稿|草案|讨论稿|修订稿|试行|暂行|代拟稿)[）)]$/;
const TITLE_RE = new RegExp(`(${TYPE_ALT})》?(的通知)?$`);
/**
 * The characters a title can end with: a type's last, 》, or the 知 of 的通知.
 * Tested first because TITLE_RE, anchored only at the end, is tried at every
 * position of every candidate line.
 */
const TITLE_LAST = new Set([...DOC_TYPES.map((t) => t[t.length - 1]!), '》', '知']);
/** Organisation names used as an issuer mark or signature: 广元市总工会, 中共始兴县委组织部 */
export const ORG_END = /(总工会|工会联合会|工会委员会|工会|委员会|党委|党组|组织部|办公室|办公厅|人民政府|政府|联合会|委|局|厅)$/;

function isTitle(text: string): boolean {
  const t = text.replace(STATUS_RE, '');
  return t.length >= 6 && t.length <= 100 && !/[。；;]/.test(t) && TITLE_LAST.has(t[t.length - 1]!) && TITLE_RE.test(t) && !numberingOf(t);
}

/** 版头 (issuer mark): 广元市总工会, or the formula 湖北省总工会文件. */
function isIssuerMark(text: string): boolean {
  return text.length <= 30 && !/[，,。；;：:、《》]/.test(text) && ORG_END.test(text.replace(/文件$/, ''));
}

function isDocNumberLine(text: string): boolean {
  const nums = findDocNumbers(text);
  if (nums.length === 0 || text.length > 50) return false;
  let rest = text;
  for (const n of nums) rest = rest.replace(n.printed, '');
  for (const d of findDates(rest)) rest = rest.replace(d.text, '');
  return rest.replace(/[\s()（）]/g, '').length <= 4;
}

function isAddressees(text: string, afterTitle: boolean): boolean {
  if (!/[：:]$/.test(text) || SENTENCE.test(text) || text.length > 200) return false;
  return text.startsWith('各') || (afterTitle && text.length <= 80 && !/^(为|根据|按照)/.test(text));
}

function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  return dates.length === 1 && text.replace(dates[0]!.text, '').replace(/[\s()（）]/g, '') === '';
}

/** 广元市总工会组宣部 2017年10月20日印发 / 抄送：… / 印发机关 */
function isColophon(text: string): boolean {
  return /印发$/.test(text) && findDates(text).length > 0 || /^(抄送|印发|印发机关|印发日期)[：:]/.test(text);
}

/** The title of the document a notice issues: 关于印发《X》的通知 → X. */
export function enclosedTitleOf(title: string): string | null {
  const m = title.match(/印发\s*《(.+)》\s*的?通知$/);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

/** Classify every paragraph. Header parts are looked for only before the body starts, tail parts only at the end. */
export function classify(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = paragraphs.map((p) => ({ kind: 'paragraph', text: p.text, line: p.line }));
  // Header: issuer mark, document number, title, addressees — at most the first eight paragraphs.
  let title: string | null = null;
  let afterTitle = false;
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const b = blocks[i]!;
    if (isDocNumberLine(b.text)) b.kind = 'doc-number';
    else if (title === null && isTitle(b.text)) {
      b.kind = 'title';
      title = b.text;
      afterTitle = true;
      continue;
    } else if (title === null && isIssuerMark(b.text)) b.kind = 'issuer-mark';
    else if (isAddressees(b.text, afterTitle)) {
      b.kind = 'addressees';
      break;
    } else break;
  }
  // The enclosed document's own title line, after the notice.
  const enclosed = title ? enclosedTitleOf(title) : null;
  if (enclosed) {
    const hit = blocks.find((b) => b.kind === 'paragraph' && b.text.replace(/\s+/g, '') === enclosed);
    if (hit) hit.kind = 'enclosed-title';
  }
  // Tail: colophon, date line, signature — scanning back over the last few paragraphs.
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 5); i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') break;
    if (isColophon(b.text)) b.kind = 'colophon';
    else if (isDateOnly(b.text)) b.kind = 'date-line';
    else if (isIssuerMark(b.text) && blocks[i + 1]?.kind === 'date-line') b.kind = 'signature';
    else break;
  }
  // Headings and numbered items in the body.
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const n = numberingOf(b.text);
    if (!n) continue;
    const rest = b.text.slice(n.marker.length);
    b.rank = n.rank;
    b.kind = n.rank <= 5 && !SENTENCE.test(rest) && rest.length <= 60 ? 'heading' : 'item';
  }
  return blocks;
}
