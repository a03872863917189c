/**
 * PDFs printed by Chromium (and some other tools) map a glyph that a CJK font
 * shares between a radical and an ideograph to the radical's code point, so
 * 干 民 行 风 come out as ⼲ ⺠ ⾏ ⻛: the same picture, different text, and
 * searches and matches fail. Kangxi radicals (U+2F00–U+2FD5) all have a
 * compatibility decomposition to the ideograph (NFKC); of the CJK Radicals
 * Supplement (U+2E80–U+2EF3) only two do, so the ones that are whole,
 * everyday characters are listed here. Component-only radicals (氵 扌 …) are
 * left as they are: they never stand alone in running text.
 */

const SUPPLEMENT: Record<string, string> = {
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED1': '長',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2ED9': '韦',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEA': '黾',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

/** Replace radical code points that stand for whole characters by those characters; nothing else changes. */
export function unifyRadicals(text: string): string {
  if (!/[\u2E80-\u2FDF]/u.test(text)) return text;
  return text.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? (ch >= '\u2F00' ? ch.normalize('NFKC') : ch));
}
