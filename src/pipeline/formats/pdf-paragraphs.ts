/**
 * A PDF's visual lines → paragraphs, the unit every other reader hands on. A
 * PDF wraps each paragraph into lines and pages; the rest of the pipeline needs
 * it whole (a sentence cut at a line end is two half-sentences to every later
 * stage). A new paragraph starts where the layout says so: the line before
 * stopped well short of the text block's right edge, or this line is indented,
 * numbered (一、 （一） 1.), centred, set to the right (a 落款 line), in another size, or further down than
 * the line spacing, or the line before ended in ： (an addressee line). At a
 * page break the paragraph also ends when its last line ended a sentence.
 * Chinese lines are joined without a space.
 */

/** One visual line of a page, in points with y growing downwards. */
export interface VisualLine {
  text: string;
  x0: number;
  x1: number;
  /** the top of the line's main run (baseline minus font size) */
  top: number;
  size: number;
  /** 1-based page number */
  page: number;
  /** width of the line's first unbreakable piece: one Chinese character, or a whole Latin word or number */
  lead: number;
}

export interface PdfParagraph {
  text: string;
  lines: VisualLine[];
}

/** The text block the lines are set in, measured from the lines themselves. */
interface Frame {
  left: number;
  right: number;
  /** the right edge of lines set in one size, where it differs from the body's (a 版记 table, a smaller note) */
  rightBySize: Map<number, number>;
  em: number;
  /** usual distance from one line's top to the next's */
  pitch: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)]!;
};

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [x, n] of counts) if (n > bestCount || (n === bestCount && x < best)) [best, bestCount] = [x, n];
  return best;
}

function measure(pages: VisualLine[][]): Frame {
  const lines = pages.flat();
  const em = median(lines.map((l) => l.size)) || 12;
  // Most lines start at the left margin (only first lines are indented).
  const left = mode(lines.map((l) => l.x0));
  // Full lines end at the right margin: the median end of the long lines.
  const widest = Math.max(...lines.map((l) => l.x1));
  const long = lines.filter((l) => l.x1 - left > 0.6 * (widest - left));
  const right = median(long.map((l) => l.x1)) || widest;
  const rightBySize = new Map<number, number>();
  for (const size of new Set(long.map((l) => Math.round(l.size)))) {
    const ends = long.filter((l) => Math.round(l.size) === size).map((l) => l.x1);
    if (ends.length >= 3) rightBySize.set(size, median(ends));
  }
  const steps = pages.flatMap((p) => p.slice(1).map((l, i) => l.top - p[i]!.top)).filter((d) => d > 0.5 * em);
  const pitch = median(steps) || 1.5 * em;
  return { left, right, rightBySize, em, pitch };
}

/** A numbered heading or item: 一、 （一） (1) 1. 1、 1） 第一章 ① 附件： 附件2. */
const NUMBERED =
  /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、．.)）](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分]|[①-⑳]|附件[\d一二三四五六七八九十]*(?:[:：.．、]|$))/;
/** A sentence ends here: 。！？；： and … with any closing quotes or brackets after them. */
const SENTENCE_END = /[。！？；：!?;:…][”’」』）)\]]*$/;

const indented = (l: VisualLine, f: Frame) => l.x0 - f.left > 0.8 * f.em;

/** The right edge for a line of this size. */
const rightOf = (l: VisualLine, f: Frame) => f.rightBySize.get(Math.round(l.size)) ?? f.right;

/** Set in the middle, clear of both margins: a title line, a 文件 header. */
function centred(l: VisualLine, f: Frame): boolean {
  const right = rightOf(l, f);
  return l.x0 - f.left > 2 * f.em && right - l.x1 > 2 * f.em && Math.abs((l.x0 + l.x1) / 2 - (f.left + right) / 2) < f.em;
}

/** Set to the right: far from the left margin, reaching the right one: a 落款 line (issuer, 成文日期), a line of its own. */
function rightSet(l: VisualLine, f: Frame): boolean {
  return l.x0 - f.left > 4 * f.em && rightOf(l, f) - l.x1 < 2 * f.em;
}

/** The line stopped short: the next line's first piece would have fitted after it. */
function endsShort(prev: VisualLine, next: VisualLine, f: Frame): boolean {
  return rightOf(prev, f) - prev.x1 > Math.max(1.5 * prev.size, next.lead + 0.8 * prev.size);
}

/**
 * An indented line that goes on with its paragraph: the line before ran full and did not
 * end a sentence, and either starts where this one does in a wide block set in from the
 * margin (a roster; not a signature over its date), or the paragraph began at the margin
 * and wraps under its first item (抄送：…, a hanging indent).
 */
function continues(first: VisualLine, prev: VisualLine, line: VisualLine, f: Frame): boolean {
  if (endsShort(prev, line, f) || SENTENCE_END.test(prev.text)) return false;
  const wide = prev.x1 - prev.x0 > 0.5 * (rightOf(prev, f) - f.left);
  if (Math.abs(line.x0 - prev.x0) < 0.3 * f.em) return wide;
  return prev === first && !indented(first, f) && line.x0 - first.x0 > 0.8 * f.em;
}

function startsParagraph(first: VisualLine, prev: VisualLine, line: VisualLine, f: Frame): boolean {
  if (Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size)) return true;
  if (NUMBERED.test(line.text) || centred(prev, f) || rightSet(prev, f) || rightSet(line, f)) return true;
  if (indented(line, f) && !continues(first, prev, line, f)) return true;
  // A full line ending in ： closes an addressee line (各区、县（市）总工会：) or a 如下： lead-in more often than it wraps.
  if (endsShort(prev, line, f) || prev.text.endsWith('：')) return true;
  if (line.page !== prev.page) return SENTENCE_END.test(prev.text);
  return line.top - prev.top > 1.6 * f.pitch;
}

/** Join a wrapped line to the one before: a space only between two Latin words or numbers. */
function joinText(before: string, after: string): string {
  const space = /[A-Za-z0-9,.;:!?)\]'"%]$/.test(before) && /^[A-Za-z0-9(['"]/.test(after);
  return before + (space ? ' ' : '') + after;
}

/** Paragraphs of the pages' body lines (furniture already removed), in reading order. */
export function buildParagraphs(pages: VisualLine[][]): PdfParagraph[] {
  const lines = pages.flat();
  if (lines.length === 0) return [];
  const frame = measure(pages.filter((p) => p.length > 0));
  const out: PdfParagraph[] = [];
  let current: PdfParagraph | null = null;
  let prev: VisualLine | null = null;
  for (const line of lines) {
    if (current && prev && !startsParagraph(current.lines[0]!, prev, line, frame)) {
      current.text = joinText(current.text, line.text);
      current.lines.push(line);
    } else {
      current = { text: line.text, lines: [line] };
      out.push(current);
    }
    prev = line;
  }
  return out;
}
