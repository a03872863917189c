/**
 * The skeleton of an official document (GB/T 9704), wherever it stands in a
 * text: the head (版头 "XX文件", 发文字号, the title — joined when it is set
 * over two or three lines —, 主送) and the 落款 (issuer lines and 成文日期).
 * Each recogniser looks at the shape of a line, never at a particular issuer.
 */
import { placesIn } from './regions';
import { findDates } from './text/dates';
import { blankSerialNumber, findDocNumbers } from '../shared/doc-number';
import {
  CENTRAL_BODY, COLOPHON_START, DOC_TYPE_ALT, DOC_TYPES, ITEM_START, MASTHEAD_FORMULA, NATIONAL_PREFIX, ORG_END, ORG_ENDINGS, PROCEDURAL_ACTS,
  SENTENCE, STATUS_RE,
} from './vocabulary';

const TITLE_RE = new RegExp(`(${DOC_TYPE_ALT})》?(的通知)?$`);
/** The characters a title can end with: a type's last, 》, or the 知 of 的通知; tested before TITLE_RE, which is slow on long lines. */
const TITLE_LAST = new Set([...DOC_TYPES.map((t) => t[t.length - 1]!), '》', '知']);
/** Verbs of a title: a line holding one names what a body does, not the body. */
const TITLE_VERBS = /关于|印发|转发|开展|举办/;
/** Longest line of a title set over several lines. */
const MAX_TITLE_LINE = 50;

function isTitle(text: string): boolean {
  const t = text.replace(STATUS_RE, '');
  return t.length >= 5 && t.length <= 100 && !/[。；;]/.test(t) && TITLE_LAST.has(t[t.length - 1]!) && TITLE_RE.test(t) && !ITEM_START.test(t);
}

/** A line that is a document number, perhaps with a date or brackets: 广工发〔2017〕77号, (朝工发【2015】24号 2015年5月13日). */
function isDocNumberLine(text: string): boolean {
  if (text.length > 50) return false;
  if (blankSerialNumber(text)) return true;
  const nums = findDocNumbers(text);
  if (nums.length === 0) return false;
  let rest = text;
  for (const n of nums) rest = rest.replace(n.printed, '');
  for (const d of findDates(rest)) rest = rest.replace(d.text, '');
  return rest.replace(/[\s()（）]/g, '').length <= 4;
}

function isDateOnly(text: string): boolean {
  const dates = findDates(text);
  return dates.length === 1 && text.replace(dates[0]!.text, '').replace(/[\s()（）]/g, '') === '';
}

function isAddressees(text: string, afterTitle: boolean): boolean {
  if (!/[：:]$/.test(text) || SENTENCE.test(text) || text.length > 200) return false;
  return text.startsWith('各') || (afterTitle && text.length <= 80 && !/^(为|根据|按照)/.test(text));
}

/** 版记 lines: 抄送：…, 主题词：…, 广元市总工会组宣部 2017年10月20日印发. */
export function isColophon(text: string): boolean {
  return (/印发$/.test(text) && findDates(text).length > 0) || COLOPHON_START.test(text);
}

/** A serial under a title, not a 发文字号: （第5号）, (第3号). */
function isSerial(text: string): boolean {
  return /^[（(]第?[\d一二三四五六七八九十]+号?[）)]$/.test(text);
}

/** A procedural line of a law: 2004年9月25日 河南省第十届人民代表大会常务委员会第十一次会议通过. */
function isProcedural(text: string): boolean {
  const first = findDates(text)[0];
  return !!first && first.index <= 1 && /会议/.test(text) && PROCEDURAL_ACTS.test(text);
}

/** A name that can stand alone as an issuer: starts with a place, a national prefix, or is a central ministry. */
function standsAlone(name: string): boolean {
  if (NATIONAL_PREFIX.test(name) || CENTRAL_BODY.test(name)) return true;
  const bare = name.replace(/^中共/, '');
  return placesIn(bare).some((p) => bare.startsWith(p.name)) || /^[\u4e00-\u9fff]{2,3}[省市县区]/.test(bare);
}

/** One organisation's name: ends so, has a stem before its ending, holds no verb of a title. */
function isOrgName(name: string): boolean {
  if (name.length < 3 || name.length > 40 || /[，,。；;：:、《》“”]/.test(name) || TITLE_VERBS.test(name)) return false;
  const end = name.match(ORG_END);
  return !!end && name.length > end[0].length + 1;
}

/** A cut at `at` falls inside an organisation-name ending (国家监察委|员会): no name starts there. */
function cutsAnEnding(run: string, at: number): boolean {
  if (at === 0) return false;
  return ORG_ENDINGS.some((e) => {
    for (let k = 1; k < e.length; k++) if (run.slice(at - k, at) === e.slice(0, k) && run.startsWith(e.slice(k), at)) return true;
    return false;
  });
}

/**
 * A run of organisation names printed without separators (joint issuers whose spacing was lost):
 * 中共某某市纪委某某市监察局 → [中共某某市纪委, 某某市监察局]. Every part must stand alone as an
 * issuer, so that 越城区人民政府征兵办公室 stays one body; the split into most parts wins.
 */
export function splitJointNames(run: string): string[] {
  const n = run.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const prev = best[start];
      if (!prev) continue;
      const part = run.slice(start, end);
      if (!isOrgName(part) || !standsAlone(part) || cutsAnEnding(run, start)) continue;
      if (!best[end] || best[end]!.length < prev.length + 1) best[end] = [...prev, part];
    }
  }
  return best[n] && best[n]!.length > 1 ? best[n]! : [run];
}

/** The organisations a line names and nothing else (a 版头 or a signature), or null: 某市教育局 某市教育工会 → both. */
export function orgNamesIn(line: string): string[] | null {
  const t = line.replace(new RegExp(`\\s*${MASTHEAD_FORMULA}$`), '').trim();
  if (t === '' || t.length > 80) return null;
  const parts = t.split(/[\s、，,]+/).filter((p) => p !== '');
  const names: string[] = [];
  for (const p of parts) {
    if (!isOrgName(p)) return null;
    names.push(...splitJointNames(p));
  }
  return names;
}

/** A line ending in the 版头 formula or naming organisations only. */
function isMastheadLine(text: string): boolean {
  return text === MASTHEAD_FORMULA || orgNamesIn(text) !== null;
}

/** An issuer line followed by a date, on one line: 某中学教育集团工会 2025年12月22日. */
export function signatureWithDate(text: string): { names: string[]; date: string } | null {
  const dates = findDates(text);
  const d = dates[dates.length - 1];
  if (!d || d.index + d.text.length !== text.length) return null;
  const names = orgNamesIn(text.slice(0, d.index).trim());
  return names ? { names, date: d.text } : null;
}

/** Lines [from, to] of a title starting at `at`, set over one to three lines; null when none starts there. */
function titleSpan(ps: string[], at: number): [number, number] | null {
  let joined = '';
  for (let k = at; k < Math.min(ps.length, at + 3); k++) {
    const line = ps[k]!;
    if (line.length > MAX_TITLE_LINE || SENTENCE.test(line) || /[：:]$/.test(line) || isDocNumberLine(line) || isDateOnly(line) || ITEM_START.test(line)) {
      return null;
    }
    // A line naming organisations only is a 版头 (GB/T 9704 allows the name without 文件), never a title's first line.
    if (k === at && orgNamesIn(line) && !isTitle(line)) return null;
    joined += line;
    if (isTitle(joined)) return [at, k];
  }
  return null;
}

/** Where each part of a document's head is, as paragraph indices. */
export interface Head {
  masthead: number[];
  number: number | null;
  /** the title's lines, first and last */
  title: [number, number] | null;
  /** a title-like line above the title (a 公告 masthead with its serial) */
  overTitle: number[];
  serial: number | null;
  /** issuer and date printed under the title instead of at the end */
  signature: number | null;
  date: number | null;
  procedural: number[];
  addressees: number | null;
  /** first paragraph after the head */
  end: number;
}

/** Read a head starting at `start`; null when nothing of a head is there. */
export function readHead(ps: string[], start: number): Head | null {
  const head: Head = { masthead: [], number: null, title: null, overTitle: [], serial: null, signature: null, date: null, procedural: [], addressees: null, end: start };
  let j = start;
  while (j < ps.length && j < start + 10) {
    const t = ps[j]!;
    if (head.number === null && isDocNumberLine(t) && head.date === null) {
      head.number = j++;
      continue;
    }
    const span = titleSpan(ps, j);
    if (span && (head.title === null || (head.serial !== null && head.signature === null && head.overTitle.length === 0))) {
      // A second title right after the first and its serial: the first was a masthead (XX公告 (第3号)).
      if (head.title) {
        head.overTitle.push(...range(head.title), head.serial!);
        head.serial = null;
      }
      head.title = span;
      j = span[1] + 1;
      if (j < ps.length && isSerial(ps[j]!)) head.serial = j++;
      continue;
    }
    if (head.title === null && isMastheadLine(t)) {
      head.masthead.push(j++);
      continue;
    }
    if (head.title !== null && head.signature === null && orgNamesIn(t) && j + 1 < ps.length && isDateOnly(ps[j + 1]!)) {
      head.signature = j;
      head.date = j + 1;
      j += 2;
      continue;
    }
    if (head.title !== null && isProcedural(t)) {
      head.procedural.push(j++);
      continue;
    }
    break;
  }
  if (j < ps.length && isAddressees(ps[j]!, head.title !== null)) head.addressees = j++;
  head.end = j;
  const hasHead = head.title !== null || head.number !== null || head.masthead.some((m) => ps[m]!.endsWith(MASTHEAD_FORMULA));
  return hasHead ? head : null;
}

function range([from, to]: [number, number]): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Running text starts here: a sentence, a numbered item, or a long line — not another part of a head. */
export function isBodyStart(text: string): boolean {
  if (isDocNumberLine(text) || isTitle(text) || orgNamesIn(text)) return false;
  return /[，,。；;：:、]/.test(text) || ITEM_START.test(text) || text.length > 40;
}

/** The line before `at` ends a list of attachments (附件：1.… / 2.…), which stands just above the 落款. */
function afterAttachmentList(ps: string[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (/^附件/.test(ps[k]!)) return true;
    if (!ITEM_START.test(ps[k]!)) return false;
  }
  return false;
}

/** Lines of the 落款: the issuer lines (none when the seal stands alone) and the date line. */
export interface Signature {
  names: string[];
  /** paragraph indices of the issuer lines and of the date (the same index when printed on one line) */
  nameLines: number[];
  dateLine: number;
  date: string;
}

/**
 * The first 落款 after the body has begun: issuer lines over a date line, an issuer and a date on one
 * line, or a date line alone after running text. The first, because a forwarded document or an
 * attachment with its own 落款 may follow.
 */
export function findSignature(ps: string[], from: number): Signature | null {
  for (let i = Math.max(from, 1); i < ps.length; i++) {
    const t = ps[i]!;
    const inline = signatureWithDate(t);
    if (inline && inline.names.length > 0) return { names: inline.names, nameLines: [i], dateLine: i, date: inline.date };
    if (!isDateOnly(t)) continue;
    const nameLines: number[] = [];
    for (let k = i - 1; k >= from && nameLines.length < 3 && orgNamesIn(ps[k]!); k--) nameLines.unshift(k);
    // A date alone (the seal's name omitted) counts only after running text or the 附件 list, over the
    // 版记, or as the text's last line: a table cell of dates is not a 落款.
    const closes = i === ps.length - 1 || isColophon(ps[i + 1] ?? '');
    if (nameLines.length === 0 && !/[。；;！!]$/.test(ps[i - 1] ?? '') && !afterAttachmentList(ps, i) && !closes) continue;
    const names = nameLines.flatMap((k) => orgNamesIn(ps[k]!)!);
    return { names, nameLines, dateLine: i, date: findDates(t)[0]!.text };
  }
  return null;
}
