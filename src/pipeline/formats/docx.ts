/**
 * Reader for Word files (.docx): mammoth turns the document into plain HTML
 * (paragraphs, lists, tables; no styles), which the HTML reader splits into
 * blocks, and finds the article as in a web page (a Word file saved from a page keeps its menus as links).
 */
import mammoth from 'mammoth';
import { htmlToDocument } from './html';
import type { ReadResult } from './types';

export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    return { ok: false, reason: `not a readable Word (.docx) file: ${(e as Error).message.split('\n')[0]}` };
  }
  const r = htmlToDocument(html, 'docx');
  if (!r.ok) return { ok: false, reason: 'Word file with no text: scanned pages pasted as images need OCR' };
  return { ok: true, doc: { ...r.doc, format: 'docx' } };
}
