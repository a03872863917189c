/**
 * Stage 2, normalise: only invisible differences. Line ends become \n; the
 * many kinds of space (no-break, ideographic, zero-width, tabs) become layout
 * and are removed where Chinese text meets Chinese text or punctuation, and
 * collapsed to one space elsewhere (e.g. between 一线职工 and 12名 the printed
 * space stays). No visible character is changed.
 */
import type { SourceLine } from './types';

/** Every character treated as a space: tab, NBSP, ideographic space (U+3000), en/em and thin spaces, zero-width ones, BOM. */
const SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** Han ideographs and CJK/full-width punctuation: text where a space carries no meaning. */
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2010-\u2027\u2030-\u205E]/u;
/** ASCII punctuation: a space next to it, on a Chinese line, is debris, as in 15.4% ; or (三 ). */
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

function isTight(ch: string | undefined): boolean {
  return ch !== undefined && (CJK.test(ch) || ASCII_PUNCT.test(ch));
}

/**
 * Any character that normalizeSpaces changes or trims: SPACE's characters are all
 * JavaScript white space (\s, what trim() removes) except the zero-width space.
 */
const ANY_SPACE = /[\s\u200B]/;

/** Remove or collapse the spaces inside one line. */
export function normalizeSpaces(line: string): string {
  // Most lines of Chinese text have no space at all: one test instead of four passes.
  if (!ANY_SPACE.test(line)) return line;
  // An ideographic space is as wide as a character: it counts as two spaces.
  const trimmed = line.replace(/\u3000/g, '  ').replace(SPACE, (run) => ' '.repeat(run.length)).trim();
  return trimmed.replace(/ +/g, (_run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + _run.length];
    const beforeCjk = before !== undefined && CJK.test(before);
    const afterCjk = after !== undefined && CJK.test(after);
    // Drop a single space when both sides are Chinese or punctuation (以改革提高 工作 is
    // debris); keep one for a wider gap, which separates fields (牵头领导：李自民   责任部门：组宣部),
    // and wherever Chinese meets a letter or digit.
    if (_run.length === 1 && ((isTight(before) && isTight(after)) || (beforeCjk && afterCjk))) return '';
    return ' ';
  });
}

/** Split decoded text into normalised lines, keeping each line's 1-based source number. */
export function normalize(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((raw, i) => ({ text: normalizeSpaces(raw), line: i + 1 }));
}
