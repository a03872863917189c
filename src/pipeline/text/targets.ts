/**
 * Targets: every quantity a measure sets or reports, with its wording and its
 * parsed value, so that the comparison matrix can line up 65%以上 against 60%
 * across circulars. Three shapes are read, in this order (a later shape never
 * re-reads text an earlier one took):
 *
 *  1. a change     从50%调增至60%, 比例由11.6%增至15.4%, 由1个调整为3个
 *  2. a recurrence 每两年至少开展一次全区性技能大赛, 每年至少开展1次评议, 每5年召开一次
 *  3. a quantity   提高到65%以上, 各一名, 10%左右, 1－2个, 一到两个, 1.39亿人, 500人以下
 *
 * Numbers that only look like quantities are skipped: years and dates (no
 * unit), ordinals (第三十二次, 十三届八次), quoted slogans and names (“四个沙市”,
 * “五项制度”) and document titles (《…八项规定…》), idioms with a bare 一
 * (一支队伍, 成熟一个), and 一次性.
 */
import type { Target } from '../../schema/circular';
import { parseChineseNumber } from '../../shared/chinese-numerals';

/**
 * Units a target may carry, longest first so that 万元 wins over 元 and
 * 个百分点 over 个. 年 is deliberately absent: 2017年 is a date and 两年来 a
 * span; a number of years is only read as the period after 每 (每两年).
 * 人次 and 个百分点 are common in work reports (培训2000人次, 提高5个百分点).
 */
export const TARGET_UNITS = [
  '个百分点', '万元', '亿元', '小时', '人次',
  '%', '％', '名', '人', '个', '次', '项', '家', '所', '元', '户', '场', '支', '期', '天',
] as const;

/** Characters after a unit that make it part of another word: 一次性, 名称, 家庭, 期间, 人民. */
const UNIT_WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
  次: '性', 名: '称义单字誉录额', 家: '庭长属乡', 期: '间刊', 人: '民员', 个: '性体人', 支: '持部', 所: '有在属以', 元: '素化', 场: '所合地景',
};

/** Units that a bare 一 may carry without a qualifier: 选配一名工会协理员, 开展一次摸底排查. */
const BARE_ONE_UNITS = new Set(['名', '人', '次', '人次']);

const S = '[ \\t\\u3000]*'; // horizontal space kept by normalisation between 职工 and 12名
const NUM = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)';
const MULT = '(?:万亿|万|亿)(?!元)';
const RANGE_SEP = '[-－—–~～〜至到]';
const UNIT = `(?:${TARGET_UNITS.join('|')})`;
const SUFFIX = '(?:及以上|以上|以下|以内|之内|左右)';

/** A quantity: number, optional range end, optional 万/亿, optional 余/多, unit, optional bound. */
const CORE_SOURCE = `(${NUM})(?:${S}(${RANGE_SEP})${S}(${NUM}))?${S}(${MULT})?(余|多)?${S}(${UNIT})(${SUFFIX})?`;
const CORE = new RegExp(CORE_SOURCE, 'g');

/** Verbs of change between the two values of 从…至…, longest first. */
const CHANGE_VERBS = [
  '调增至', '调增到', '调减至', '调减到', '调整为', '调整到', '调整至', '增加到', '增加至', '增加为', '增长到',
  '增长至', '提高到', '提高至', '提升到', '提升至', '扩大到', '扩大至', '上升到', '上升至', '减少到', '减少至',
  '减少为', '降低到', '降低至', '下降到', '下降至', '压缩到', '压缩至', '精简为', '精简到', '调为', '增至', '增为',
  '减至', '降至', '变为', '改为', '到', '至', '为',
];
const FROM_TO = new RegExp(
  `(?:从|由)${S}(${NUM})${S}(${MULT})?${S}(${UNIT})?${S}(?:${CHANGE_VERBS.join('|')})${S}${CORE_SOURCE}`,
  'g',
);

/** 每两年, 每年, 每5年, 每半年, 每季度, 每两个月: the period of a recurring target. */
const PER = new RegExp(`每(${NUM})?(个)?(半年|季度|年|月|周|天)`, 'g');
/** How far after the period the count may stand: 每半年向全总作一次 has four characters between. */
const PER_GAP = 8;

/** Qualifiers right before a quantity, with the bound they set; the longest wins. */
const BOUND_WORDS: readonly (readonly [string, Target['op']])[] = [
  ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['至少', '>='], ['最少', '>='],
  ['不超过', '<='], ['不多于', '<='], ['不高于', '<='], ['最多', '<='], ['至多', '<='],
];
/** Bound words may be separated from the quantity by a short verb: 至少设置1名. */
const BOUND_GAP = 4;
/** Words printed right before a quantity that belong to its wording: 提高到65%以上, 各一名, 约10%. */
const LEAD_WORDS = [
  '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '减少到', '减少至', '降低到', '降低至',
  '控制在', '保持在', '达到', '增至', '降至', '大约', '约', '达', '各',
];

function opOfSuffix(suffix: string | undefined): Target['op'] | null {
  if (!suffix) return null;
  if (suffix.endsWith('以上')) return '>=';
  if (suffix === '左右') return '~';
  return '<=';
}

function normUnit(unit: string): string {
  return unit === '％' ? '%' : unit;
}

function value(num: string, mult: string | undefined): number | null {
  return parseChineseNumber(num + (mult ?? ''));
}

/** Spans of text inside quotation marks or 《》, whose numbers are names, not targets. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const pairs: [string, string, number][] = [['“', '”', 40], ['「', '」', 40], ['『', '』', 40], ['《', '》', 120]];
  for (const [open, close, max] of pairs) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      if (end - start <= max) spans.push([start, end + 1]);
      from = start + 1;
    }
  }
  // ASCII quotes pair up in order: "四个沙市"
  const ascii = text.includes('"') ? [...text.matchAll(/"/g)].map((m) => m.index) : [];
  for (let i = 0; i + 1 < ascii.length; i += 2) {
    if (ascii[i + 1]! - ascii[i]! <= 40) spans.push([ascii[i]!, ascii[i + 1]! + 1]);
  }
  return spans;
}

interface Found {
  target: Target;
  start: number;
  end: number;
}

/** Is the unit at `end` really the start of another word (一次性)? */
function unitIsWord(text: string, unit: string, end: number): boolean {
  const next = text[end];
  const cont = UNIT_WORD_CONTINUATIONS[unit];
  return next !== undefined && cont !== undefined && cont.includes(next);
}

/** Text right before a quantity that makes its number an ordinal: 第三十二次, 十三届八次, 第 8 次. */
function isOrdinal(text: string, start: number): boolean {
  return /[第届]\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

/** The groups of CORE_SOURCE: number, range separator, range end, 万/亿, 余/多, unit, bound. */
type CoreGroups = readonly (string | undefined)[];

/** Build a target from the groups of a CORE_SOURCE match, or null when the numbers do not parse. */
function coreTarget(g: CoreGroups): { target: Omit<Target, 'text'>; numText: string; unit: string; suffix: string } | null {
  const [num, sep, num2, mult, approx, unit, suffix] = g;
  if (num === undefined || unit === undefined) return null;
  const v = value(num, mult);
  if (v === null) return null;
  const t: Omit<Target, 'text'> = { value: v, op: opOfSuffix(suffix) ?? (approx ? '>=' : '='), unit: normUnit(unit) };
  if (sep !== undefined && num2 !== undefined) {
    const max = value(num2, mult);
    if (max === null || max <= v) return null;
    t.max = max;
  }
  return { target: t, numText: num, unit, suffix: suffix ?? '' };
}

function overlaps(a: [number, number], spans: readonly [number, number][]): boolean {
  return spans.some(([s, e]) => a[0] < e && s < a[1]);
}

/** Every quantity in a measure's text, in order of appearance. */
// Compiled once: extraction runs on every measure of every circular.
const PER_GAP_RE = new RegExp(`^([\\u4e00-\\u9fff]{0,${PER_GAP}}?)${S}${CORE_SOURCE}`);
const BOUND_RES = BOUND_WORDS.map(([word, bound]) => [word, bound, new RegExp(`${word}([\\u4e00-\\u9fff]{0,${BOUND_GAP}})${S}$`)] as const);
const LEAD_RES = LEAD_WORDS.map((w) => [w, new RegExp(`${w}${S}$`)] as const);
/**
 * Whether a text holds the first character of any of the words: most quantities
 * have no bound or lead word before them, and one test saves trying 10 and 20
 * patterns in turn.
 */
const startOfAny = (words: readonly string[]) => new RegExp(`[${[...new Set(words.map((w) => w[0]))].join('')}]`);
const MAY_HAVE_BOUND = startOfAny(BOUND_WORDS.map(([w]) => w));
const MAY_HAVE_LEAD = startOfAny(LEAD_WORDS);

export function extractTargets(text: string): Target[] {
  const excluded = quotedSpans(text);
  const taken: [number, number][] = [];
  const found: Found[] = [];

  // 1. Changes: 从50%调增至60%, 由1个调整为3个.
  // Each shape starts with a word of its own (从/由, 每): a text without it is not scanned for that shape.
  if (/[从由]/.test(text)) for (const m of text.matchAll(FROM_TO)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps([start, end], excluded)) continue;
    const from = value(m[1]!, m[2]);
    const core = coreTarget(m.slice(4)); // groups 1–3 are the starting value, its 万/亿 and unit
    if (from === null || !core || unitIsWord(text, core.unit, end)) continue;
    found.push({ target: { text: m[0], ...core.target, from }, start, end });
    taken.push([start, end]);
  }

  // 2. Recurrences: 每两年至少开展一次.
  if (text.includes('每')) for (const m of text.matchAll(PER)) {
    const start = m.index;
    const periodEnd = start + m[0].length;
    if (overlaps([start, periodEnd], excluded) || overlaps([start, periodEnd], taken)) continue;
    const window = text.slice(periodEnd, periodEnd + PER_GAP + 12);
    const gapMatch = PER_GAP_RE.exec(window);
    if (!gapMatch) continue;
    const gap = gapMatch[1]!;
    const core = coreTarget(gapMatch.slice(2));
    const end = periodEnd + gapMatch[0].length;
    if (!core || unitIsWord(text, core.unit, end)) continue;
    const n = m[1] === undefined ? null : parseChineseNumber(m[1]);
    if (m[1] !== undefined && n === null) continue;
    const per = `${n ?? ''}${m[2] ?? ''}${m[3]}`;
    let op = core.target.op;
    if (op === '=' && /至少|不少于|最少|不低于/.test(gap)) op = '>=';
    if (op === '=' && /最多|不超过|至多/.test(gap)) op = '<=';
    found.push({ target: { text: text.slice(start, end), ...core.target, op, per }, start, end });
    taken.push([start, end]);
  }

  // 3. Plain quantities, with the qualifier printed before them.
  const plain: Found[] = [];
  for (const m of text.matchAll(CORE)) {
    let start = m.index;
    const end = start + m[0].length;
    if (overlaps([start, end], excluded) || overlaps([start, end], taken)) continue;
    if (isOrdinal(text, start)) continue;
    const core = coreTarget(m.slice(1));
    if (!core || unitIsWord(text, core.unit, end)) continue;
    const { target } = core;
    const before = text.slice(Math.max(0, start - 12), start);
    let qualified = false;
    let op = target.op;
    // a bound word, possibly with a short verb between: 至少设置1名
    if (MAY_HAVE_BOUND.test(before)) for (const [, bound, re] of BOUND_RES) {
      const bm = re.exec(before);
      if (bm && !/[零〇一二两三四五六七八九十]/.test(bm[1]!)) {
        start -= before.length - bm.index;
        if (op === '=') op = bound;
        qualified = true;
        break;
      }
    }
    if (!qualified) {
      const lead = MAY_HAVE_LEAD.test(before) ? LEAD_RES.find(([, re]) => re.test(before))?.[0] : undefined;
      if (lead) {
        start -= before.length - before.lastIndexOf(lead);
        if (op === '=' && (lead === '约' || lead === '大约')) op = '~';
        qualified = true;
      }
    }
    const numText = core.numText;
    // 一支高素质的干部队伍, 成熟一个、组建一个: a bare 一 is an article unless qualified (各一名) or counting people or times.
    if (numText === '一' && target.max === undefined && !qualified && !BARE_ONE_UNITS.has(core.unit)) continue;
    // 千家万户: a bare 百/千 is only a number with a bound, as in 百人以上.
    if (/^[百千]$/.test(numText) && !core.suffix) continue;
    plain.push({ target: { text: text.slice(start, end), ...target, op }, start, end });
  }

  // 全总本级集中的5%中的70%: a share of a share reads as one target.
  for (let i = 0; i < plain.length; i++) {
    const a = plain[i]!;
    const b = plain[i + 1];
    if (b && a.target.unit === '%' && b.target.unit === '%' && text.slice(a.end, b.start) === '中的') {
      plain.splice(i, 2, { target: { ...b.target, text: text.slice(a.start, b.end) }, start: a.start, end: b.end });
    }
  }

  return [...found, ...plain].sort((a, b) => a.start - b.start).map((f) => f.target);
}
