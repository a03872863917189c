/**
 * Where the circular starts in what the reader kept: at its head (版头,
 * 发文字号 or title, followed by 主送 or running text), which may stand below a
 * forwarding note ("各位老师：…请报名", a 转发 wrapper without a title of its own)
 * or the remains of a page heading. What stands above the head is dropped and
 * reported; a text with no head starts at its first line.
 */
import { isBodyStart, readHead } from './skeleton';
import type { DroppedPiece, Paragraph } from './types';
import { NUMBERING } from './vocabulary';

/** A section heading (一、 （一）): a note above a document has none; a document's own body does. */
const isSectionHeading = (text: string) => NUMBERING.slice(0, 2).some((n) => n.re.test(text));

/** A note above a document is short: a few paragraphs, a few hundred characters. */
const MAX_NOTE_PARAGRAPHS = 8;
const MAX_NOTE_CHARS = 800;

/** Index of the paragraph where the document's head starts, 0 when it starts at once or has no head. */
export function documentStart(texts: string[]): number {
  let chars = 0;
  for (let i = 0; i <= Math.min(MAX_NOTE_PARAGRAPHS, texts.length - 1); i++) {
    if (chars > MAX_NOTE_CHARS || (i > 0 && isSectionHeading(texts[i - 1]!))) break;
    const head = readHead(texts, i);
    if (head && head.end < texts.length && isBodyStart(texts[head.end]!)) return i;
    chars += texts[i]!.length;
  }
  return 0;
}

export function locateDocument(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; dropped: DroppedPiece[] } {
  const start = documentStart(paragraphs.map((p) => p.text));
  if (start === 0) return { paragraphs, dropped: [] };
  const note = paragraphs.slice(0, start);
  return {
    paragraphs: paragraphs.slice(start),
    dropped: [
      {
        reason: 'outside-document',
        text: note.map((p) => p.text).join('\n'),
        line: note[0]!.line,
        detail: `${note.length} paragraph${note.length > 1 ? 's' : ''} above the document's head (a forwarding note or a page heading)`,
      },
    ],
  };
}
