/**
 * Deadlines: dated commitments inside a measure, with the ISO date they
 * resolve to. A time expression counts only next to a deadline marker, because
 * circulars also print dates of past events (2017年2月6日，习近平总书记主持召开…)
 * and recurring ones (每年). The markers:
 *   after:  前 / 以前 / 之前          此项工作须在2018年6月底前完成
 *           完成 (with 基本/全面…)    2017年完成改革主要任务
 *   inside: 底 / 末 / 上半年 / 下半年 / 内 / 旬   确保2018年底，基本完成
 *   before: 到 / 至 / 截至 / 截止     从现在起到今年底年 (sic, seed 002)
 * and 年内 on its own. Start times are not deadlines: 从今年下半年开始, 自2017年起.
 *
 * Relative years (今年, 本年, 明年, 年内) and years left out (9月底前) resolve
 * against the circular's date; without one the deadline keeps its wording only.
 */
import type { Deadline } from '../../schema/circular';
import { parseChineseNumber, parseYearDigits, toAsciiDigits } from '../../shared/chinese-numerals';
import { findDates, lastDayOfMonthIso, toIsoDate } from './dates';

const YEAR = '([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年';
const RELATIVE_YEAR = '(今年|本年|明年)';
const MONTH = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月';
const DAY = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日';
/** Words that close a period: 底 and 末 the end, 上半年 June, 内 "within". */
const PERIOD_END = '(上半年|下半年|年底|年末|年内|底|末|内(?![部容设在外涵]))';
const TEN_DAYS = '(上旬|中旬|下旬|底|末)';
/** 前 as "by", but not in 前三季度 / 前10个月 (the first months of a year). */
const AFTER_MARKER = '(以前|之前|前(?![0-9０-９一二三四五六七八九十两几半]))';

/**
 * A year (printed or relative), then optionally a month and day or a part of
 * the period, then optionally 前. Groups: 1 year, 2 relative year, 3 month,
 * 4 day, 5 ten-day part or end of month, 6 end of year, 7 前.
 */
const WITH_YEAR = new RegExp(
  `(?:${YEAR}|${RELATIVE_YEAR})(?:${MONTH}(?:${DAY}|${TEN_DAYS})?|${PERIOD_END})?${AFTER_MARKER}?`,
  'g',
);
/** A month without a year, e.g. 9月底前: read only with 底/末/前. Groups: 1 month, 2 day, 3 part, 4 前. */
const MONTH_ONLY = new RegExp(
  `(?<![0-9０-９〇零○一二三四五六七八九十年])${MONTH}(?:${DAY}|${TEN_DAYS})?${AFTER_MARKER}?`,
  'g',
);
/** 年内 not preceded by a year or a count (一年内 is a duration, not a deadline). */
const WITHIN_YEAR = /(?<![0-9０-９〇零○一二三四五六七八九十两今本明年])年内/g;

/** Verbs of completion that make the time before them a deadline: 2017年完成改革主要任务. */
const COMPLETION = /^\s*(?:基本|全面|全部|要|须|必须|力争|确保|前)?完成/;
/** Words before a time that make it a deadline: 到今年底, 截至2017年底. */
const BEFORE_MARKER = /(?:到|至|截至|截止|截止到)\s*$/;
/** Words that make the time a start, not an end: 从今年下半年开始, 自2017年起. */
const START_BEFORE = /(?:从|自|自从)\s*$/;
const START_AFTER = /^\s*(?:开始|起|以来|以后|之后|后)/;

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseChineseNumber(toAsciiDigits(s));
}

function yearOf(docDate: string | null): number | null {
  return docDate && /^\d{4}/.test(docDate) ? Number(docDate.slice(0, 4)) : null;
}

function monthOf(docDate: string | null): number | null {
  return docDate && /^\d{4}-\d{2}/.test(docDate) ? Number(docDate.slice(5, 7)) : null;
}

/** The last day a month-and-part expression allows: 上旬 → 10th, 中旬 → 20th, 下旬/底/末 → last day. */
function monthEnd(year: number, month: number, part: string | undefined): string | null {
  if (month < 1 || month > 12) return null;
  if (part === '上旬') return toIsoDate(year, month, 10);
  if (part === '中旬') return toIsoDate(year, month, 20);
  return lastDayOfMonthIso(year, month);
}

/**
 * The date for a year with an optional month, day and part. A year alone, or
 * with 年底/内/下半年, is its last day: 2017年完成 → 2017-12-31. A month
 * without 底 (2018年6月前) is read generously as the month's last day.
 */
function resolve(year: number, month: number | null, day: number | null, part: string | undefined, yearEnd: string | undefined): string | null {
  if (month !== null) return day !== null ? toIsoDate(year, month, day) : monthEnd(year, month, part);
  if (yearEnd === '上半年') return toIsoDate(year, 6, 30);
  return toIsoDate(year, 12, 31);
}

interface Hit {
  deadline: Deadline;
  start: number;
  end: number;
}

/** Is the time at [start, end) a deadline, given its text and what surrounds it? */
function isDeadline(text: string, start: number, end: number, hasEndWord: boolean, hasBefore: boolean): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 8);
  if (START_BEFORE.test(before) || START_AFTER.test(after)) return false;
  return hasBefore || hasEndWord || COMPLETION.test(after) || BEFORE_MARKER.test(before);
}

/**
 * Every deadline in a measure's text, in order. `docDate` is the circular's
 * date (YYYY-MM-DD, YYYY-MM or YYYY) or null.
 */
export function extractDeadlines(text: string, docDate: string | null): Deadline[] {
  const docYear = yearOf(docDate);
  const docMonth = monthOf(docDate);
  const hits: Hit[] = [];
  const taken = (start: number, end: number): boolean => hits.some((h) => start < h.end && h.start < end);

  // Each pattern needs its 年 or 月: most measures have neither, and an indexOf is far cheaper than the scan.
  const hasYear = text.includes('年');
  const hasMonth = text.includes('月');

  if (hasYear) for (const m of text.matchAll(WITH_YEAR)) {
    const [whole, printedYear, relative, month, day, part, yearEnd, ante] = m;
    const start = m.index;
    const end = start + whole.length;
    const hasEndWord = part !== undefined || yearEnd !== undefined;
    if (!isDeadline(text, start, end, hasEndWord, ante !== undefined)) continue;
    let year: number | null;
    if (printedYear !== undefined) year = parseYearDigits(printedYear);
    else if (docYear === null) year = null;
    else year = relative === '明年' ? docYear + 1 : docYear;
    const date = year === null ? null : resolve(year, num(month), num(day), part, yearEnd);
    hits.push({ deadline: date ? { text: whole, date } : { text: whole }, start, end });
  }

  if (hasMonth) for (const m of text.matchAll(MONTH_ONLY)) {
    const [whole, month, day, part, ante] = m;
    const start = m.index;
    const end = start + whole.length;
    if (taken(start, end) || (part === undefined && ante === undefined)) continue;
    if (!isDeadline(text, start, end, part !== undefined, ante !== undefined)) continue;
    const mo = num(month);
    if (mo === null || mo < 1 || mo > 12) continue;
    // A month earlier than the circular's own month is next year's: a notice of 2017-10 saying 3月底前 means 2018.
    const year = docYear === null ? null : docMonth !== null && mo < docMonth ? docYear + 1 : docYear;
    const date = year === null ? null : resolve(year, mo, num(day), part, undefined);
    hits.push({ deadline: date ? { text: whole, date } : { text: whole }, start, end });
  }

  if (hasYear) for (const m of text.matchAll(WITHIN_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    hits.push({ deadline: docYear === null ? { text: m[0] } : { text: m[0], date: `${docYear}-12-31` }, start, end });
  }

  // ISO dates printed with 前: 2018-06-30前.
  for (const d of findDates(text)) {
    const end = d.index + d.text.length;
    const ante = /^(以前|之前|前)/.exec(text.slice(end));
    if (!ante || taken(d.index, end)) continue;
    hits.push({ deadline: { text: d.text + ante[0], date: d.iso }, start: d.index, end: end + ante[0].length });
  }

  return hits.sort((a, b) => a.start - b.start).map((h) => h.deadline);
}
