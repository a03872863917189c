/**
 * Stage 3, clean: keep the circular, drop what is not part of it, and account
 * for every drop. Removes site chrome, encoded blobs and verbatim repeated
 * paragraphs, and re-joins sentences that a page break split in two. Every
 * removed piece is returned with its reason and source line; nothing else is
 * lost (see tests/unit/clean.unit.test.ts, which checks the accounting).
 */
import { MENU_ITEM, MIN_MENU_RUN, matchChrome } from './chrome-patterns';
import { splitRunOn } from './split-run-on';
import type { CleanResult, DroppedPiece, JoinedBreak, Paragraph, SourceLine, SplitLine } from './types';
import { ITEM_START, MENU_ENDING_ORG, TITLE_END } from './vocabulary';

/** A run of base64-like characters this long is an encoded blob, not text (OA signature or watermark data). */
const BLOB_RUN = /[A-Za-z0-9+/=]{40,}/g;
/** A whole line of base64-like characters, as in the continuation lines of a blob: YV4mcFf9CPn7T1km… */
const BLOB_LINE = /^[A-Za-z0-9+/=]{16,}$/;
/** A repeated paragraph is dropped only when it is long enough not to be a legitimate refrain (牵头领导：… lines repeat on purpose). */
const MIN_REPEAT_CHARS = 30;
/** Ends of a sentence or of a heading-like unit; a paragraph ending otherwise may have been cut by a page break. */
const TERMINAL = /[。！？!?；;：:…”’）)\]】」』》〕]$/;

function hasBlob(text: string): boolean {
  BLOB_RUN.lastIndex = 0;
  const m = text.match(BLOB_RUN);
  // Require a mix of upper case, lower case and digits: a long run of one case is more likely a URL or code.
  return !!m && m.some((run) => /[a-z]/.test(run) && /[A-Z]/.test(run) && /\d/.test(run));
}

interface Line extends SourceLine {
  /** index of the paragraph gap (blank lines) before this line */
  gapBefore: boolean;
}

/** Lines that are wholly or partly blob; returns the kept remainder of each line and the dropped pieces. */
function dropBlobs(lines: Line[], dropped: DroppedPiece[]): Line[] {
  const kept: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const cur = lines[i]!;
    if (!hasBlob(cur.text)) {
      kept.push(cur);
      i++;
      continue;
    }
    // Collect the blob: this line's run of blob characters, then, when the run reaches the end of the
    // line, continuation lines of blob characters and a lone closing bracket. Text after the run stays.
    const text = cur.text;
    BLOB_RUN.lastIndex = 0;
    const run = [...text.matchAll(BLOB_RUN)].find((m) => /[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]) && /\d/.test(m[0]))!;
    const runStart = run.index!;
    const runEnd = runStart + run[0].length;
    let prefix = text.slice(0, runStart);
    let suffix = text.slice(runEnd);
    let blob = run[0];
    let j = i + 1;
    if (suffix.trim() === '') while (j < lines.length && BLOB_LINE.test(lines[j]!.text)) blob += lines[j++]!.text;
    // A blob pasted inside brackets: "…落实。 (" / blob / ")" — the brackets belong to the blob.
    let opener = '';
    const open = prefix.match(/[(（]$/);
    if (open) {
      opener = open[0];
      prefix = prefix.slice(0, -1);
    } else if (prefix === '' && kept.length > 0 && /[(（]$/.test(kept[kept.length - 1]!.text)) {
      const prev = kept[kept.length - 1]!;
      opener = prev.text.slice(-1);
      prev.text = prev.text.slice(0, -1);
    }
    let closer = '';
    if (opener && /^\s*[)）]/.test(suffix)) {
      closer = suffix.match(/^\s*[)）]/)![0];
      suffix = suffix.slice(closer.length);
    } else if (opener && suffix.trim() === '' && j < lines.length && /^[)）]$/.test(lines[j]!.text)) closer = lines[j++]!.text;
    dropped.push({
      reason: 'encoded-blob',
      text: opener + blob + closer,
      line: cur.line,
      detail: `${blob.length} base64-like characters${j - i > 1 ? ` over ${j - i} lines` : ''}`,
    });
    const rest = `${prefix}${suffix}`.trim();
    if (rest !== '') {
      // The text after the blob may hold another blob: look at the remainder again.
      lines[i] = { ...cur, text: rest };
      if (j === i + 1 && hasBlob(rest)) continue;
      kept.push({ ...cur, text: rest });
    }
    i = j;
  }
  return kept;
}

function dropChrome(lines: Line[], dropped: DroppedPiece[], menus: boolean): Line[] {
  const kept: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const cur = lines[i]!;
    const pattern = matchChrome(cur.text);
    if (pattern) {
      dropped.push({ reason: 'site-chrome', text: cur.text, line: cur.line, detail: pattern.name });
      i++;
      continue;
    }
    // A navigation menu written one item per line: a run of short unpunctuated lines.
    let j = i;
    // An organisation's name (宜宾市总工会, the issuer mark under a menu) ends the run.
    while (j < lines.length && MENU_ITEM.test(lines[j]!.text) && !ITEM_START.test(lines[j]!.text) && !MENU_ENDING_ORG.test(lines[j]!.text)) j++;
    if (menus && j - i >= MIN_MENU_RUN) {
      dropped.push({
        reason: 'site-chrome',
        text: lines
          .slice(i, j)
          .map((l) => l.text)
          .join('\n'),
        line: cur.line,
        detail: `navigation menu (${j - i} short lines)`,
      });
      i = j;
      continue;
    }
    kept.push(cur);
    i++;
  }
  return kept;
}

function dropRepeats(paragraphs: Paragraph[], dropped: DroppedPiece[]): Paragraph[] {
  const seen = new Map<string, number>();
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    const key = p.text.replace(/\s+/g, '');
    const first = seen.get(key);
    if (first !== undefined && key.length >= MIN_REPEAT_CHARS) {
      dropped.push({ reason: 'repeated-paragraph', text: p.text, line: p.line, detail: `same as line ${first}` });
      continue;
    }
    if (first === undefined) seen.set(key, p.line);
    kept.push(p);
  }
  return kept;
}

/** True when `a` ends mid-sentence and `b` continues it: the mark of a page break (社会 / 组织，吸纳…). */
export function isSplitSentence(a: string, b: string): boolean {
  if (a.length < 30 || TERMINAL.test(a) || TITLE_END.test(a)) return false;
  // A numbered line with no full stop is a heading, not half a sentence.
  if (ITEM_START.test(a) && !/[。；;]/.test(a)) return false;
  // The continuation starts with a Chinese character (not a bracket, digit or numbering).
  if (!/^[\u4e00-\u9fff]/.test(b) || ITEM_START.test(b)) return false;
  return true;
}

function joinBreaks(paragraphs: Paragraph[], joined: JoinedBreak[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    if (prev && isSplitSentence(prev.text, p.text)) {
      joined.push({ line: prev.line, before: prev.text.slice(-8), after: p.text.slice(0, 8) });
      prev.text += p.text;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

export interface CleanOptions {
  /** whether a paragraph may have been cut by a page break: not where the format marks paragraphs (web pages, Word) or the reader re-joined them (PDF) */
  rejoin: boolean;
  /** whether a run of short lines may be a menu: not inside a web page's article, where menus were found by their links and short lines are table cells */
  menus: boolean;
}

export function clean(lines: SourceLine[], options: CleanOptions = { rejoin: true, menus: true }): CleanResult {
  const dropped: DroppedPiece[] = [];
  const joined: JoinedBreak[] = [];
  let gap = true;
  const nonEmpty: Line[] = [];
  for (const l of lines) {
    if (l.text === '') {
      gap = true;
      continue;
    }
    nonEmpty.push({ ...l, gapBefore: gap });
    gap = false;
  }
  const withoutBlobs = dropBlobs(nonEmpty, dropped);
  const withoutChrome = dropChrome(withoutBlobs, dropped, options.menus);
  // Each remaining line is a paragraph (web copies and OA exports put one paragraph per line),
  // except a one-line scrape, which is split where the parts of a circular start.
  const split: SplitLine[] = [];
  const paragraphs = withoutChrome.flatMap((l) => {
    const r = splitRunOn(l.text, l.line);
    split.push(...r.splits);
    return r.parts.map((text) => ({ text, line: l.line }));
  });
  const unique = dropRepeats(paragraphs, dropped);
  const rejoined = options.rejoin ? joinBreaks(unique, joined) : unique;
  dropped.sort((a, b) => a.line - b.line);
  return { paragraphs: rejoined, dropped, joined, split };
}
