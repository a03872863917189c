/**
 * Which reader a file needs, decided by its content first and its name second:
 * circulars arrive as .doc files that are really web pages, .pdf files that are
 * .docx, .html files that are plain text. Formats the ingest cannot read
 * (legacy Office binaries, RTF, spreadsheets, images) are refused here with a
 * one-line reason that says what the file is and what to do with it.
 */
import type { Format } from './types';
import { zipEntries, zipMimetype } from './zip-entries';

export type Sniffed = { ok: true; format: Format } | { ok: false; reason: string };

const refuse = (reason: string): Sniffed => ({ ok: false, reason });

const startsWith = (b: Uint8Array, magic: number[], at = 0) => magic.every((m, i) => b[at + i] === m);

/** Bytes as Latin-1 characters: enough to look for ASCII markers in any ASCII-compatible encoding. */
function latin1(b: Uint8Array, from = 0, to = b.length): string {
  const end = Math.min(to, b.length);
  return end > from ? Buffer.from(b.buffer, b.byteOffset + from, end - from).toString('latin1') : '';
}

const IMAGES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ext = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/** A legacy Office compound file: its stream names (UTF-16LE in the directory) say which program wrote it. */
function sniffOle2(file: string, b: Uint8Array): Sniffed {
  const dir = latin1(b).replace(/\0/g, '');
  const e = ext(file);
  if (dir.includes('WordDocument') || (!dir.includes('Workbook') && (e === 'doc' || e === 'wps' || e === 'dot'))) {
    return refuse('legacy Word/WPS binary (.doc/.wps): open it in Word, WPS or LibreOffice and save as .docx');
  }
  if (dir.includes('Workbook') || e === 'xls' || e === 'et') {
    return refuse('legacy Excel binary (.xls): a spreadsheet, not a circular; save the circular itself as .docx or PDF');
  }
  if (dir.includes('PowerPoint Document') || e === 'ppt' || e === 'dps') {
    return refuse('legacy PowerPoint binary (.ppt): save the circular itself as .docx or PDF');
  }
  return refuse('legacy Office binary (OLE2 compound file): open it in Word, WPS or LibreOffice and save as .docx or PDF');
}

function sniffZip(b: Uint8Array): Sniffed {
  const names = zipEntries(b);
  if (names.includes('word/document.xml')) return { ok: true, format: 'docx' };
  if (names.includes('xl/workbook.xml')) return refuse('an Excel workbook (.xlsx): a spreadsheet, not a circular; save the circular itself as .docx or PDF');
  if (names.includes('ppt/presentation.xml')) return refuse('a PowerPoint presentation (.pptx): save the circular itself as .docx or PDF');
  if (names.includes('OFD.xml')) return refuse('an OFD document (the Chinese fixed-layout format): export it to PDF in the OFD reader and ingest the PDF');
  const mime = zipMimetype(b) ?? '';
  if (mime.includes('opendocument.text')) return refuse('an OpenDocument text (.odt): open it in LibreOffice or WPS and save as .docx');
  if (mime.includes('opendocument')) return refuse(`an OpenDocument file (${mime}): save the circular as .docx or PDF`);
  const listed = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  return refuse(`a ZIP archive (${names.length} entries${listed ? ': ' + listed : ''}): unpack it and ingest the circular inside`);
}

/** Tags that only begin an HTML document: decisive wherever the file came from. */
const DOC_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/;
const DOC_TAG = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s/;
/** Block tags of a fragment, counted only with their closing tag. */
const PAIRED = ['html', 'body', 'p', 'div'];
/** With an HTML name, these are enough too (a saved table or a run of spans). */
const PAIRED_WEAK = ['table', 'tr', 'td', 'span', 'font', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'a', 'b', 'strong', 'center'];
const HTML_EXT = new Set(['html', 'htm', 'xhtml', 'shtml', 'aspx', 'asp', 'jsp', 'php']);

/** Opening tag in the first KB and its closing tag in the text read: markup, not a `<党委>` in a sentence. */
function hasPair(head: string, text: string, tags: string[]): boolean {
  return tags.some((t) => new RegExp(`<${t}(?:\\s[^<>]*)?>`).test(head) && text.includes(`</${t}>`));
}

/** The first 64 KB as text for sniffing: UTF-16 by its byte-order mark, anything else as Latin-1, lower-cased. */
function sniffText(b: Uint8Array): string {
  const head = b.subarray(0, 64 * 1024);
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(head);
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(head);
  else text = latin1(head);
  return text
    .replace(/^(?:\uFEFF|\xEF\xBB\xBF)/, '')
    .replace(/^\s+/, '')
    .toLowerCase();
}

type Markup = 'document' | 'fragment' | 'weak' | null;

function htmlMarkup(text: string): Markup {
  const head = text.slice(0, 1024);
  if (DOC_START.test(head)) return 'document';
  // A comment first (`<!-- saved from url=… -->`), or an XML declaration, then the document.
  if ((head.startsWith('<!--') || head.startsWith('<?xml')) && DOC_TAG.test(head.slice(4))) return 'document';
  if (hasPair(head, text, PAIRED)) return 'fragment';
  if (hasPair(head, text, PAIRED_WEAK) || /<br\s*\/?>/.test(head)) return 'weak';
  return null;
}

export function sniffFormat(file: string, bytes: Uint8Array): Sniffed {
  if (latin1(bytes, 0, 1024).includes('%PDF-')) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(bytes);
  if (startsWith(bytes, OLE2)) return sniffOle2(file, bytes);
  const image = IMAGES.find(([, magic]) => startsWith(bytes, magic));
  if (image) return refuse(`an image (${image[0]}): a scan or photo, needs OCR before it can be ingested`);

  const text = sniffText(bytes);
  if (text.startsWith('{\\rtf')) return refuse('RTF document: open it in Word, WPS or LibreOffice and save as .docx');
  if (/^mime-version:/m.test(text.slice(0, 1024)) && text.slice(0, 2048).includes('multipart/related')) {
    return refuse('a MIME HTML archive (.mht/.mhtml): open it in a browser or Word and save as .html or .docx');
  }
  const markup = htmlMarkup(text);
  const e = ext(file);
  if (markup === 'document') return { ok: true, format: 'html' };
  // Markdown may hold HTML blocks (<div align="center">); only a whole page makes a .md file HTML.
  if (e === 'md' || e === 'markdown') return { ok: true, format: 'markdown' };
  if (markup === 'fragment' || (markup === 'weak' && HTML_EXT.has(e))) return { ok: true, format: 'html' };
  return { ok: true, format: 'text' };
}
