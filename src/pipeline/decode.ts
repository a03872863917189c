/**
 * Stage 1, decode: raw bytes → text. Detects the encoding (BOMs first, then
 * strict UTF-8, then chardet's guess among the Chinese encodings) and decodes
 * with the WHATWG TextDecoder in fatal mode, so undecodable bytes are an error
 * rather than silently replaced characters.
 */
import chardet from 'chardet';

/** Files larger than this are refused: the longest real circulars are ~100 KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Encodings chardet may name for Chinese text; all decode as GB18030, their superset. */
const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312', 'GB-18030']);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters other than tab/newline: text has almost none. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  // By index, not for…of: that makes a string per character. Surrogates never count, so code units will do.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / text.length;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit for one circular` };
  }
  let text: string | null = null;
  let encoding = '';
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) {
    text = tryDecode(bytes, bom.encoding);
    encoding = bom.encoding;
    if (text === null) return { ok: false, reason: `starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}` };
  } else if (bytes.includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes and no UTF-16 byte-order mark)' };
  } else {
    text = tryDecode(bytes, 'utf-8');
    encoding = 'utf-8';
    if (text === null) {
      // Chinese files from older Windows tools are GBK/GB18030; chardet may also
      // report Big5 or a single-byte code page for short texts, so GB18030 is
      // tried whenever the bytes are not UTF-8 and decode strictly as GB18030.
      // chardet's guess is only needed when that fails or looks doubtful (it is slow).
      text = tryDecode(bytes, 'gb18030');
      encoding = 'gb18030';
      const guess = () => (chardet.detect(bytes) ?? '').toUpperCase() || 'unknown';
      if (text === null) return { ok: false, reason: `not valid UTF-8 or GB18030 text (detected: ${guess()})` };
      if (controlShare(text) > 0) {
        const detected = guess();
        if (!GB_FAMILY.has(detected)) return { ok: false, reason: `not valid UTF-8, and not recognisably GB18030 (detected: ${detected})` };
      }
    }
  }
  if (controlShare(text) > 0.01) return { ok: false, reason: `binary file (decoded as ${encoding}, but full of control characters)` };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
}
