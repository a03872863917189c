/**
 * Short forms of a measure's figures for matrix cells and tables: the numbers a
 * reader compares (65%以上, 50%→60%, 1名, 1–2个, 每两年至少一次), built from the
 * structured target so that the same quantity reads the same in every circular.
 * The printed wording stays available next to it (`Target.text`).
 */
import type { Target } from '../../schema/circular';

const SMALL = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2 → 两, 5 → 五 for counts of times and periods up to ten; other values stay Arabic. */
function smallChinese(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? SMALL[n]! : String(n);
}

/**
 * A number as Chinese documents write large quantities: 300000000 → 3亿,
 * 139000000 → 1.39亿, 15000000 → 1500万; smaller numbers unchanged (12, 11.6).
 */
export function formatNumber(n: number): string {
  const trim = (x: number) => String(Number(x.toFixed(2)));
  if (Math.abs(n) >= 1e8) return `${trim(n / 1e8)}亿`;
  if (Math.abs(n) >= 1e4 && n % 1e4 === 0) return `${trim(n / 1e4)}万`;
  return trim(n);
}

/** `2年` → 每两年, `年` → 每年, `半年` → 每半年, `季度` → 每季度. */
export function formatPeriod(per: string): string {
  const m = /^(\d+)(.*)$/.exec(per);
  return m ? `每${smallChinese(Number(m[1]))}${m[2]}` : `每${per}`;
}

/** The compact figure of a target. */
export function formatTarget(t: Target): string {
  const u = t.unit;
  // 次 counts read as words (一次), as the circulars print them.
  const num = (n: number) => (u === '次' ? smallChinese(n) : formatNumber(n));
  let core: string;
  if (t.from !== undefined) core = `${num(t.from)}${u}→${num(t.value)}${u}`;
  else if (t.max !== undefined) core = `${num(t.value)}–${num(t.max)}${u}`;
  else core = `${num(t.value)}${u}`;
  if (t.per !== undefined) {
    const bound = t.op === '>=' ? '至少' : t.op === '<=' ? '至多' : t.op === '~' ? '约' : '';
    return `${formatPeriod(t.per)}${bound}${core}`;
  }
  if (t.from !== undefined || t.max !== undefined) return core;
  switch (t.op) {
    case '>=':
      return `${core}以上`;
    case '<=':
      return `${core}以下`;
    case '~':
      return `${core}左右`;
    default:
      return core;
  }
}

/** A number for a data table: right-aligned columns read better without thousands separators in Chinese text. */
export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN');
}
