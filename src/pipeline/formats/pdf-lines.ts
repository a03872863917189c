/**
 * A PDF page's text runs → its visual lines, top to bottom. A PDF has no lines
 * or spaces, only runs of glyphs placed on the page; runs whose baselines agree
 * form a line, and the gap between two runs decides what separates them: nothing
 * inside Chinese text (a gap there is the layout's autospace next to a digit),
 * a space between Latin words, two spaces for a wide gap between fields or
 * table cells (which normalisation keeps as one).
 */
import { unifyRadicals } from './cjk-radicals';
import type { VisualLine } from './pdf-paragraphs';

/** One text run, in page coordinates with y growing downwards, as the reader hands it over. */
export interface PlacedText {
  str: string;
  /** left end of the run and its advance width, in points */
  x: number;
  width: number;
  /** the baseline's distance from the page's top, in points */
  baseline: number;
  /** font size in points */
  size: number;
}

/** Han characters and CJK or full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;

/** What goes between two runs of one line, from the characters that meet and the gap in ems. */
function separator(before: string, after: string, gapEm: number): string {
  if (gapEm >= 1) return '  ';
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  const cjkA = CJK.test(a);
  const cjkB = CJK.test(b);
  if (cjkA && cjkB) return gapEm >= 0.15 ? '  ' : '';
  if (!cjkA && !cjkB) return gapEm >= 0.15 ? ' ' : '';
  return '';
}

/** Width of the line's first unbreakable piece: a Latin word or number moves to the next line whole. */
function leadWidth(run: PlacedText): number {
  const per = run.width / Math.max(1, run.str.length);
  const word = /^[\x21-\x7e]+/.exec(run.str)?.[0].length ?? 1;
  return per * word;
}

/** A run without its leading and trailing white space, its ends moved in by as many average characters. */
function trimRun(r: PlacedText): PlacedText {
  const str = r.str.trim();
  if (str.length === r.str.length) return r;
  const per = r.width / r.str.length;
  const lead = r.str.length - r.str.trimStart().length;
  return { ...r, str, x: r.x + per * lead, width: per * str.length };
}

/** Runs that sit on one line, left to right, with a run drawn twice to fake bold kept once. */
function orderRuns(runs: PlacedText[]): PlacedText[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const kept: PlacedText[] = [];
  for (const r of sorted) {
    const twin = kept.find((k) => k.str === r.str && Math.abs(k.x - r.x) < 0.3 * r.size);
    if (!twin) kept.push(r);
  }
  return kept;
}

function toLine(runs: PlacedText[], page: number): VisualLine {
  const ordered = orderRuns(runs);
  let text = '';
  let end = -Infinity;
  for (const r of ordered) {
    const str = unifyRadicals(r.str);
    text += text === '' ? str : separator(text, str, (r.x - end) / r.size) + str;
    end = Math.max(end, r.x + r.width);
  }
  // The line's size is that of its longest run, not of a footnote mark or a big initial.
  const main = ordered.reduce((m, r) => (r.str.length > m.str.length ? r : m), ordered[0]!);
  const baseline = Math.max(...ordered.map((r) => r.baseline));
  return {
    text: text.trim(),
    x0: ordered[0]!.x,
    x1: end,
    top: baseline - main.size,
    size: main.size,
    page,
    lead: leadWidth(ordered[0]!),
  };
}

/** Group a page's runs into visual lines, top to bottom. Runs of only white space carry nothing but a gap. */
export function groupLines(runs: PlacedText[], page: number): VisualLine[] {
  const visible = runs.filter((r) => r.str.trim() !== '' && r.size > 0).map(trimRun);
  visible.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let base = 0;
  for (const r of visible) {
    // Same line when the baselines differ by less than half the larger size (a superscript stays on its line).
    if (current.length > 0 && Math.abs(r.baseline - base) <= 0.5 * Math.max(r.size, current[0]!.size)) {
      current.push(r);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [r];
    base = r.baseline;
  }
  if (current.length > 0) lines.push(current);
  return lines.map((l) => toLine(l, page)).filter((l) => l.text !== '');
}
