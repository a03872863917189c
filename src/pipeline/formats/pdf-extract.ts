/**
 * The pdf.js side of the PDF reader: load pdf.js (legacy build: pdf.js 6's modern
 * one calls Uint8Array.prototype.toHex, which Node 24 lacks; with its console
 * warnings off), open the document, and hand over
 * each page's horizontal text runs grouped into visual lines. Encrypted and
 * corrupt files come back as a one-line reason, never as an exception.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { groupLines, type PlacedText } from './pdf-lines';
import type { VisualLine } from './pdf-paragraphs';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
interface Loaded {
  lib: PdfJs;
  /** pdf.js's data files (standard fonts, the CMaps of older Chinese PDFs, image decoders) as paths, for Node */
  dataDir: (name: string) => string;
}
let loaded: Promise<Loaded> | null = null;

/**
 * pdf.js, loaded on the first PDF: a run without PDFs never pays for it, and a
 * failure to load it refuses PDFs instead of stopping the whole ingest.
 */
function loadPdfJs(): Promise<Loaded> {
  loaded ??= (async () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // In Node pdf.js runs its worker in-process, importing it from "./pdf.worker.mjs" beside
    // itself; bundled into the ingest's single file it would look beside the bundle instead.
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(dir, 'legacy/build/pdf.worker.mjs')).href;
    return { lib, dataDir: (name: string) => path.join(dir, name) + path.sep };
  })();
  return loaded;
}

const ENCRYPTED = 'encrypted PDF: save an unprotected copy';

/** An exception's message as one short line. */
function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 150) || 'unknown error';
}

/** A page's horizontal text runs, in top-down page coordinates; rotated runs (watermarks, stamps) apart. */
function placeRuns(lib: PdfJs, items: TextItem[], viewportTransform: number[]): { runs: PlacedText[]; rotated: string[] } {
  const runs: PlacedText[] = [];
  const rotated: string[] = [];
  for (const item of items) {
    const [a, b, c, d, x, y] = lib.Util.transform(viewportTransform, item.transform) as number[];
    const size = Math.hypot(c!, d!);
    if (Math.abs(b!) > 0.05 * Math.abs(a!) || Math.abs(c!) > 0.05 * Math.abs(d!) || a! <= 0) {
      if (item.str.trim() !== '') rotated.push(item.str);
      continue;
    }
    // At scale 1 the viewport only flips and moves: the run's width stays in points.
    runs.push({ str: item.str, x: x!, width: item.width, baseline: y!, size });
  }
  return { runs, rotated };
}

/** One page's text: its visual lines, the rotated runs left out of them, and how many characters it has at all. */
export interface PageText {
  lines: VisualLine[];
  rotated: string[];
  chars: number;
}

/** Each page's text, or why the PDF cannot be read, in one line. Never throws. */
export async function extractPages(bytes: Uint8Array): Promise<PageText[] | string> {
  try {
    return await readPages(bytes);
  } catch (e) {
    return `not a readable PDF: ${oneLine(e)}`;
  }
}

async function readPages(bytes: Uint8Array): Promise<PageText[] | string> {
  let lib: PdfJs;
  let dataDir: Loaded['dataDir'];
  try {
    ({ lib, dataDir } = await loadPdfJs());
  } catch (e) {
    return `PDF reader unavailable: ${oneLine(e)}`;
  }
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    verbosity: lib.VerbosityLevel.ERRORS,
    standardFontDataUrl: dataDir('standard_fonts'),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    wasmUrl: dataDir('wasm'),
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      const { runs, rotated } = placeRuns(lib, items, viewport.transform);
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
