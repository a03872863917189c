/**
 * Reader for PDF circulars: pdf.js (legacy build, the one meant for Node) gives
 * each page's text runs; they become visual lines (pdf-lines.ts), page numbers
 * and running headers and footers are set aside as page furniture
 * (pdf-furniture.ts), and the lines are rebuilt into paragraphs, across page
 * breaks too (pdf-paragraphs.ts). A PDF that cannot be read (encrypted, a scan
 * without a text layer, corrupt) is refused with a one-line reason; pdf.js's
 * own console warnings are silenced and nothing is thrown.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { DroppedPiece, SourceLine } from '../types';
import { findFurniture } from './pdf-furniture';
import { groupLines, type PlacedText } from './pdf-lines';
import { buildParagraphs, type VisualLine } from './pdf-paragraphs';
import type { ReadResult } from './types';

/** pdf.js's data files (standard fonts, CMaps of older Chinese PDFs, image decoders), as file paths for Node. */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataDir = (name: string) => path.join(PDFJS_DIR, name) + path.sep;

/** Fewer visible characters than this per page, on average, is a scan (maybe with a stamp or page number as text). */
const MIN_CHARS_PER_PAGE = 20;

const NO_TEXT = 'no text layer: a scanned image, needs OCR before it can be ingested';
const ENCRYPTED = 'encrypted PDF: save an unprotected copy';

/** An exception's message as one short line. */
function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 150) || 'unknown error';
}

/** A page's horizontal text runs, in top-down page coordinates; rotated runs (watermarks, stamps) apart. */
function placeRuns(items: TextItem[], viewportTransform: number[]): { runs: PlacedText[]; rotated: string[] } {
  const runs: PlacedText[] = [];
  const rotated: string[] = [];
  for (const item of items) {
    const [a, b, c, d, x, y] = Util.transform(viewportTransform, item.transform) as number[];
    const size = Math.hypot(c!, d!);
    if (Math.abs(b!) > 0.05 * Math.abs(a!) || Math.abs(c!) > 0.05 * Math.abs(d!) || a! <= 0) {
      if (item.str.trim() !== '') rotated.push(item.str);
      continue;
    }
    runs.push({ str: item.str, x: x!, width: item.width * (a! / Math.hypot(item.transform[0]!, item.transform[1]!)), baseline: y!, size });
  }
  return { runs, rotated };
}

interface PageText {
  lines: VisualLine[];
  rotated: string[];
  chars: number;
}

async function readPages(bytes: Uint8Array): Promise<PageText[] | string> {
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
  });
  try {
    const doc = await task.promise;
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      const { runs, rotated } = placeRuns(items, viewport.transform);
      const chars = items.reduce((s, i) => s + i.str.replace(/\s/g, '').length, 0);
      pages.push({ lines: groupLines(runs, n), rotated, chars });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof Error && e.name === 'PasswordException') return ENCRYPTED;
    return `not a readable PDF: ${oneLine(e)}`;
  } finally {
    await task.destroy().catch(() => {});
  }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  let pages: PageText[] | string;
  try {
    pages = await readPages(bytes);
  } catch (e) {
    pages = `not a readable PDF: ${oneLine(e)}`;
  }
  if (typeof pages === 'string') return { ok: false, reason: pages };
  if (pages.length === 0) return { ok: false, reason: 'not a readable PDF: it has no pages' };
  const chars = pages.reduce((s, p) => s + p.chars, 0);
  if (chars < MIN_CHARS_PER_PAGE * pages.length) return { ok: false, reason: NO_TEXT };

  const furniture = findFurniture(pages.map((p) => p.lines));
  const isFurniture = new Set(furniture.map((f) => `${f.page}:${f.index}`));
  const body = pages.map((p, i) => p.lines.filter((_, j) => !isFurniture.has(`${i}:${j}`)));
  const paragraphs = buildParagraphs(body);
  const lines: SourceLine[] = paragraphs.map((p, i) => ({ text: p.text, line: i + 1 }));

  // A dropped piece is numbered by the paragraph it sat next to: the first one on its page for a header, the last for a footer.
  const paragraphOf = new Map<VisualLine, number>();
  paragraphs.forEach((p, i) => p.lines.forEach((l) => paragraphOf.set(l, i + 1)));
  const lineNear = (page: number, header: boolean): number => {
    const own = body[page]!;
    const near = header ? own[0] : own[own.length - 1];
    if (near) return paragraphOf.get(near)!;
    const before = body.slice(0, page).flat();
    return before.length > 0 ? paragraphOf.get(before[before.length - 1]!)! : 1;
  };
  const dropped: DroppedPiece[] = furniture.map((f) => {
    const all = pages[f.page]!.lines;
    return {
      reason: 'page-furniture',
      text: all[f.index]!.text,
      line: Math.min(lineNear(f.page, f.index < all.length / 2), Math.max(1, lines.length)),
      detail: `page ${f.page + 1}: ${f.detail}`,
    };
  });
  pages.forEach((p, i) => {
    for (const text of p.rotated) {
      dropped.push({ reason: 'page-furniture', text, line: lineNear(i, true), detail: `page ${i + 1}: rotated text (a watermark or stamp)` });
    }
  });
  dropped.sort((a, b) => a.line - b.line);

  const blank = pages.flatMap((p, i) => (p.chars === 0 ? [i + 1] : []));
  const notes = blank.length > 0 ? [`page${blank.length > 1 ? 's' : ''} ${blank.join(', ')} of ${pages.length} ha${blank.length > 1 ? 've' : 's'} no text layer (scanned?)`] : undefined;
  return { ok: true, doc: { format: 'pdf', encoding: 'pdf', lines, dropped, ...(notes ? { notes } : {}) } };
}
