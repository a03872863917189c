/**
 * Reader for PDF circulars: each page's visual lines (pdf-extract.ts), less the
 * page numbers and running headers and footers (pdf-furniture.ts), rebuilt into
 * paragraphs across line and page breaks (pdf-paragraphs.ts), one per line. A
 * scan without a text layer is refused, as are encrypted and corrupt files.
 */
import { normalizeSpaces } from '../normalize';
import type { DroppedPiece, SourceLine } from '../types';
import { extractPages, type PageText } from './pdf-extract';
import { findFurniture, type Furniture } from './pdf-furniture';
import { buildParagraphs, type PdfParagraph, type VisualLine } from './pdf-paragraphs';
import type { ReadResult } from './types';

/** Fewer visible characters than this per page, on average, is a scan (maybe with a stamp or page number as text). */
const MIN_CHARS_PER_PAGE = 20;

const NO_TEXT = 'no text layer: a scanned image, needs OCR before it can be ingested';

/** The furniture and rotated runs as dropped pieces, each numbered by the paragraph it sat next to. */
function droppedPieces(pages: PageText[], body: VisualLine[][], paragraphs: PdfParagraph[], furniture: Furniture[]): DroppedPiece[] {
  const paragraphOf = new Map<VisualLine, number>();
  paragraphs.forEach((p, i) => p.lines.forEach((l) => paragraphOf.set(l, i + 1)));
  // A header sits before its page's first paragraph, a footer after its last.
  const lineNear = (page: number, header: boolean): number => {
    const own = body[page]!;
    const near = header ? own[0] : own[own.length - 1];
    const before = body.slice(0, page).flat();
    const line = near ? paragraphOf.get(near) : paragraphOf.get(before[before.length - 1]!);
    return Math.max(1, line ?? 1);
  };
  const dropped: DroppedPiece[] = furniture.map((f) => {
    const all = pages[f.page]!.lines;
    const detail = `page ${f.page + 1}: ${f.detail}`;
    return { reason: 'page-furniture', text: all[f.index]!.text, line: lineNear(f.page, f.index < all.length / 2), detail };
  });
  pages.forEach((p, i) => {
    for (const text of p.rotated) {
      dropped.push({ reason: 'page-furniture', text, line: lineNear(i, true), detail: `page ${i + 1}: rotated text (a watermark or stamp)` });
    }
  });
  return dropped.sort((a, b) => a.line - b.line);
}

/** A note for pages with no text at all among pages with text: a scan inserted into the document. */
function blankPagesNote(pages: PageText[]): string[] {
  const blank = pages.flatMap((p, i) => (p.chars === 0 ? [i + 1] : []));
  if (blank.length === 0) return [];
  return [`${blank.length > 1 ? 'pages' : 'page'} ${blank.join(', ')} of ${pages.length} without a text layer (scanned?): their text is missing`];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const pages = await extractPages(bytes);
  if (typeof pages === 'string') return { ok: false, reason: pages };
  if (pages.length === 0) return { ok: false, reason: 'not a readable PDF: it has no pages' };
  const chars = pages.reduce((s, p) => s + p.chars, 0);
  if (chars < MIN_CHARS_PER_PAGE * pages.length) return { ok: false, reason: NO_TEXT };

  const furniture = findFurniture(pages.map((p) => p.lines));
  const isFurniture = new Set(furniture.map((f) => `${f.page}:${f.index}`));
  const body = pages.map((p, i) => p.lines.filter((_, j) => !isFurniture.has(`${i}:${j}`)));
  const paragraphs = buildParagraphs(body);
  const lines: SourceLine[] = paragraphs.map((p, i) => ({ text: normalizeSpaces(p.text), line: i + 1 }));
  const dropped = droppedPieces(pages, body, paragraphs, furniture);
  const notes = blankPagesNote(pages);
  return { ok: true, doc: { format: 'pdf', encoding: 'pdf', lines, dropped, ...(notes.length > 0 ? { notes } : {}) } };
}
