/**
 * Markdown copies (*.md): the markup is not part of the circular. Removes
 * heading hashes, bullets, quote marks, emphasis markers and backslash escapes
 * line by line, and reports every removed marker, so the cleaning report still
 * accounts for every character. Numbering such as "1." is content in a
 * Chinese circular and is kept.
 */
import type { DroppedPiece } from './types';

/** Leading markers of a Markdown line: "# ", "## ", "- ", "* ", "+ ", "> ". */
const LEADING = /^(\s{0,3})(#{1,6}\s+|[-*+]\s+(?=\S)|>\s?)+/;
/** Emphasis pairs around text: **成工发〔2019〕8号**, __x__. */
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
/** A backslash escaping punctuation: \* \_ \# */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export function unmark(text: string): { text: string; dropped: DroppedPiece[] } {
  const dropped: DroppedPiece[] = [];
  const lines = text.split('\n').map((raw, i) => {
    const removed: string[] = [];
    let line = raw.replace(LEADING, (_m, indent: string, markers: string) => {
      removed.push(markers.trim() || markers);
      return indent;
    });
    line = line.replace(EMPHASIS, (_m, marker: string, inner: string) => {
      removed.push(marker, marker);
      return inner;
    });
    line = line.replace(ESCAPE, (_m, ch: string) => {
      removed.push('\\');
      return ch;
    });
    // A thematic break, or an HTML comment on a line of its own (<!-- INFO END -->): markup, not text.
    if (/^\s*([-*_]\s*){3,}$/.test(line) || /^\s*<!--.*-->\s*$/.test(line)) {
      removed.push(line.trim());
      line = '';
    }
    if (removed.length > 0) dropped.push({ reason: 'markup', text: removed.join(''), line: i + 1, detail: 'Markdown markup' });
    return line;
  });
  return { text: lines.join('\n'), dropped };
}
