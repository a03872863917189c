/**
 * Numbers as Chinese policy text prints them. The same quantity appears as
 * Arabic digits (65%), full-width digits (６５％, from Word and OA systems),
 * Chinese numerals with place units (五百七十名, 一到两个乡镇) and, in years,
 * digit-by-digit Chinese (二〇一七年). Every extractor that reads a quantity,
 * a date or a period goes through here, so the rules live in one place.
 */

/** Digit values. 两 is the counting form of 二 (两名, 一到两个); 〇 and ○ both occur as zero in years. */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // financial (大写) forms, used in budgets and on stamped documents
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Place units inside a section of four digits. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Section units: 万 (10⁴) and 亿 (10⁸) close a section, as in 一亿五千万. */
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that may start or continue a Chinese numeral (for callers building regexes). */
const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

/** A text of Chinese numeral characters only (one test, instead of a search of the list per character). */
const ONLY_NUMERAL_CHARS = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`);

/** Full-width digits and point (０-９, ．) to ASCII, so that one pattern reads both. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Round away binary noise from multiplying decimals, e.g. 1.39 × 10⁸. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Parse a Chinese numeral with place units: 十五 → 15, 二十 → 20, 五百七十 → 570,
 * 一百零五 → 105, 一亿五千万 → 150000000. A leading 十 means 一十 (十五 = 15).
 * Returns null when the characters do not form a well-ordered numeral.
 */
function parseWithUnits(s: string): number | null {
  let total = 0; // closed 亿/万 sections
  let section = 0; // the current group below 万
  let digit: number | null = null; // last digit not yet given a place
  let lastSmall = Infinity; // place units must fall inside a section: 五百七十, not 十百
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三 has no place
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      const value = section + (digit ?? 0);
      if (big === 1e8) {
        total = (total + value || 1) * big;
      } else {
        total += (value || 1) * big;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/**
 * Parse a number as printed: Arabic (65, 11.6), full-width (６５, １．５),
 * Chinese with units (十五, 五百七十, 两), zero (〇, 零), digit-by-digit Chinese
 * (二〇一七 → 2017), and an Arabic number followed by 万 or 亿
 * (1500万 → 15000000, 1.39亿 → 139000000, as in 会员总数达1.39亿人).
 * Returns null for anything else, including the empty string.
 */
export function parseChineseNumber(s: string): number | null {
  const t = toAsciiDigits(s.trim());
  if (t === '') return null;
  const arabic = /^(\d+(?:\.\d+)?)(万亿|万|亿)?$/.exec(t);
  if (arabic) {
    const n = Number(arabic[1]);
    const mult = arabic[2] === '万亿' ? 1e12 : arabic[2] === '万' ? 1e4 : arabic[2] === '亿' ? 1e8 : 1;
    return tidy(n * mult);
  }
  if (!ONLY_NUMERAL_CHARS.test(t)) return null;
  // Digit-by-digit (二〇一七, 一二): no place units at all and more than one character.
  if (t.length > 1 && [...t].every((c) => DIGITS[c] !== undefined)) {
    return Number([...t].map((c) => DIGITS[c]).join(''));
  }
  return parseWithUnits(t);
}

/**
 * A four-digit year written digit by digit, as on the date line of a
 * circular: 二〇一七年十月二十日 → 2017. Also accepts ○ for 〇 and Arabic
 * or full-width digits. Returns null unless there are exactly four digits.
 */
export function parseYearDigits(s: string): number | null {
  const chars = [...toAsciiDigits(s.trim())];
  if (chars.length !== 4) return null;
  let year = 0;
  for (const c of chars) {
    const d = /\d/.test(c) ? Number(c) : c === '两' ? undefined : DIGITS[c];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  return year;
}
