/**
 * Document numbers (发文字号): issuer code + year + serial + 号. The standard
 * (GB/T 9704) form wraps the year in 六角括号: 广工发〔2017〕77号. Because
 * 〔〕 is hard to type, copies print every other bracket:
 *   朝工发【2015】24号      seed 004, the notice's own number
 *   京朝发【2015】4号       seed 004, cited after a title
 *   广工发[2017]77号, 广工发(2017)77号, 广工发（2017）77号
 *   广工发2017第77号, 广工发〔2017〕第77号, 广工发〔2017〕077号
 * The standard form drops 第 and leading zeros: 广工发〔2017〕77号.
 */
import { toAsciiDigits } from './chinese-numerals';

export interface FoundDocNumber {
  /** as printed, e.g. 朝工发【2015】24号 */
  printed: string;
  /** standard form, e.g. 朝工发〔2015〕24号 */
  standard: string;
  /** offset of the printed number in the text */
  index: number;
}

const OPEN = '〔【\\[［(（〖﹝';
const CLOSE = '〕】\\]］)）〗﹞';
const HAN = '\\u4e00-\\u9fff';

/**
 * Issuer code (1–8 Han characters), year in any bracket (or none, then 第 is
 * required: 广工发2017第77号), optional 第, serial, 号.
 */
const DOC_NUMBER = new RegExp(
  `([${HAN}]{1,8})\\s*(?:[${OPEN}]\\s*([0-9０-９]{4})\\s*[${CLOSE}]\\s*(第?)|([0-9０-９]{4})\\s*年?\\s*(第))\\s*([0-9０-９]{1,5})\\s*号`,
  'g',
);

/**
 * Words that end the sentence before an issuer code and must not be swallowed
 * by it, e.g. 根据 in 根据京朝发【2015】4号, 印发 in 现印发广工发〔2017〕77号.
 * Issuer codes are abbreviations (京朝发, 广工发, 总工办发, 川经信发) and do not contain these.
 */
const LEAD_WORDS = [
  '依据', '根据', '按照', '参照', '依照', '遵照', '对照', '贯彻', '落实', '执行', '转发', '印发', '下发',
  '制发', '文件', '精神', '规定', '要求', '通知', '见', '即', '和', '及', '与', '或', '的', '是', '为', '了',
  '在', '于', '将', '把', '以',
];

/** Cut the leading words off a candidate issuer code: the code starts after the last lead word. */
function trimIssuer(candidate: string): string {
  let start = 0;
  for (const w of LEAD_WORDS) {
    const at = candidate.lastIndexOf(w);
    if (at >= 0 && at + w.length > start) start = at + w.length;
  }
  return candidate.slice(start);
}

function standardOf(issuer: string, year: string, serial: string): string | null {
  const n = Number(toAsciiDigits(serial));
  if (!Number.isInteger(n) || n <= 0) return null;
  return `${issuer}〔${toAsciiDigits(year)}〕${n}号`;
}

/** Every document number in the text, in order, with its standard form. */
export function findDocNumbers(text: string): FoundDocNumber[] {
  const found: FoundDocNumber[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const issuer = trimIssuer(m[1]!);
    if (issuer === '') continue;
    const year = m[2] ?? m[4]!;
    const standard = standardOf(issuer, year, m[6]!);
    if (!standard) continue;
    const skipped = m[1]!.length - issuer.length;
    found.push({ printed: m[0].slice(skipped), standard, index: m.index + skipped });
  }
  return found;
}

/** A whole line that is a number whose serial a template left blank, to be written in by hand: 某教政〔2016〕  号. */
const BLANK_SERIAL = new RegExp(`^([${HAN}]{1,8})[${OPEN}](\\d{4})[${CLOSE}]\\s*号$`);

/** Such a number as printed, and its standard form with the serial still blank (某教政〔2016〕号); null otherwise. */
export function blankSerialNumber(line: string): { printed: string; standard: string } | null {
  const m = BLANK_SERIAL.exec(line.trim());
  return m ? { printed: line.trim(), standard: `${m[1]}〔${m[2]}〕号` } : null;
}

/** The standard form of one printed document number, or null when the string is not one (whole string, trimmed). */
export function normalizeDocNumber(printed: string): string | null {
  const t = printed.trim();
  const hits = findDocNumbers(t);
  const only = hits[0];
  if (hits.length !== 1 || !only || only.index !== 0 || only.printed.length !== t.length) return null;
  return only.standard;
}

/** Bracket pairs a document number is printed with; the standard 〔〕 first. */
const BRACKET_PAIRS: readonly (readonly [string, string])[] = [
  ['〔', '〕'],
  ['[', ']'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
];

/**
 * The printed variants of a document number, standard form first, so that a
 * search for 广工发[2017]77号 or 广工发2017第77号 finds the circular numbered
 * 广工发〔2017〕77号. Accepts a standard or printed form; [] when unparseable.
 */
export function docNumberSearchVariants(standard: string): string[] {
  const std = normalizeDocNumber(standard);
  if (!std) return [];
  const m = /^(.+)〔(\d{4})〕(\d+)号$/.exec(std);
  if (!m) return [];
  const [, issuer, year, serial] = m;
  const variants = new Set<string>();
  for (const ordinal of ['', '第']) {
    for (const [open, close] of BRACKET_PAIRS) variants.add(`${issuer}${open}${year}${close}${ordinal}${serial}号`);
  }
  variants.add(`${issuer}${year}第${serial}号`);
  return [...variants];
}
