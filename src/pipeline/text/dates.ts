/**
 * Full calendar dates printed in circulars, in the forms the seeds use:
 *   2017年10月20日        the date line of 广工发〔2017〕77号
 *   2015年5月13日         （朝工发【2015】24号 2015年5月13日）
 *   2017-08-22            发布时间 2017-08-22 on a web page
 *   二〇一七年十月二十日  the official (公文) form of a date line
 *   2017.8.22 / 2017/8/22 accepted only year-first with a valid month and day,
 *                         so a decimal like 2017.5 or a version 1.2.3 is never a date
 * Each hit is checked against the real calendar (no 2月30日).
 */
import { format, lastDayOfMonth } from 'date-fns';
import { parseChineseNumber, parseYearDigits, toAsciiDigits } from '../../shared/chinese-numerals';

export interface FoundDate {
  /** the date as printed */
  text: string;
  /** YYYY-MM-DD */
  iso: string;
  /** offset of the printed date in the text */
  index: number;
}

const D = '[0-9０-９]';
const CN_DIGIT = '[〇零○一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]';

/** 2017年10月20日, optionally with spaces from PDF copies: 2017 年 10 月 20 日. */
const ARABIC_CJK = new RegExp(`(?<!${D})(${D}{4})\\s*年\\s*(${D}{1,2})\\s*月\\s*(${D}{1,2})\\s*日`, 'g');
/** 二〇一七年十月二十日 */
const CHINESE_CJK = new RegExp(`(${CN_DIGIT}{4})年(${CN_SMALL}{1,2})月(${CN_SMALL}{1,3})日`, 'g');
/** 2017-08-22, 2017.8.22, 2017/8/22; the separator must repeat, and no digit or point may continue it. */
const SEPARATED = new RegExp(`(?<![${'0-9０-９.．'}])(${D}{4})([-./])(${D}{1,2})\\2(${D}{1,2})(?![0-9０-９]|[.．][0-9０-９])`, 'g');

/** A character SEPARATED needs. */
const SEPARATOR = /[-./]/;

/** Valid years for policy text; guards against phone numbers and codes such as 0716-8212336. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

/**
 * Days in a month, via date-fns so leap years are right; kept per month, because
 * every date and deadline of every circular asks and the answers never change.
 */
const daysInMonth = new Map<number, number>();
function daysIn(year: number, month: number): number {
  const key = year * 100 + month;
  let days = daysInMonth.get(key);
  if (days === undefined) {
    days = lastDayOfMonth(new Date(year, month - 1, 1)).getDate();
    daysInMonth.set(key, days);
  }
  return days;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The ISO date for a year, month and day, or null when no such day exists. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysIn(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** lastDayOfMonthIso's answers by year × 100 + month. */
const lastDaysIso = new Map<number, string>();

/**
 * The last day of a month as YYYY-MM-DD, for deadlines such as 2018年6月底前
 * (→ 2018-06-30) and 2月底 in a leap year. Throws on a month outside 1–12.
 */
export function lastDayOfMonthIso(year: number, month: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`expected a year and a month 1–12, got ${year}-${month}`);
  }
  // Formatting with date-fns costs microseconds, and deadlines name few distinct months.
  const key = year * 100 + month;
  let iso = lastDaysIso.get(key);
  if (iso === undefined) {
    iso = format(lastDayOfMonth(new Date(year, month - 1, 1)), 'yyyy-MM-dd');
    if (lastDaysIso.size >= 10_000) lastDaysIso.clear();
    lastDaysIso.set(key, iso);
  }
  return iso;
}

/** Every full calendar date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const push = (m: RegExpExecArray, y: number | null, mo: number | null, d: number | null): void => {
    if (y === null || mo === null || d === null) return;
    const iso = toIsoDate(y, mo, d);
    if (iso) found.push({ text: m[0], iso, index: m.index });
  };
  // The 年…月…日 forms need all three, the separated ones a separator: texts without are not scanned (findDates runs on every measure).
  if (text.includes('年') && text.includes('月') && text.includes('日')) {
    for (const m of text.matchAll(ARABIC_CJK)) {
      push(m, Number(toAsciiDigits(m[1]!)), Number(toAsciiDigits(m[2]!)), Number(toAsciiDigits(m[3]!)));
    }
    for (const m of text.matchAll(CHINESE_CJK)) {
      push(m, parseYearDigits(m[1]!), parseChineseNumber(m[2]!), parseChineseNumber(m[3]!));
    }
  }
  if (SEPARATOR.test(text)) for (const m of text.matchAll(SEPARATED)) {
    push(m, Number(toAsciiDigits(m[1]!)), Number(toAsciiDigits(m[3]!)), Number(toAsciiDigits(m[4]!)));
  }
  return found.sort((a, b) => a.index - b.index);
}
