/**
 * Stage 1, read: a file's bytes → its text lines, whatever the format. The
 * format is recognised from the content (sniff.ts), the name only breaking ties,
 * and each format has one reader; all return the same ReadDocument.
 */
import { readDocx } from './docx';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { sniffFormat } from './sniff';
import { readText } from './text';
import type { ReadResult } from './types';

/**
 * Largest file read: Word and PDF files carry images and fonts, and a saved page its markup, so the limit
 * is above plain text's (src/pipeline/decode.ts); a 20 MB "page" is not one circular.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export async function readDocument(file: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit for one circular` };
  }
  const sniffed = sniffFormat(file, bytes);
  if (!sniffed.ok) return sniffed;
  switch (sniffed.format) {
    case 'html':
      return readHtml(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'markdown':
      return readText(bytes, true);
    case 'text':
      return readText(bytes, false);
  }
}
