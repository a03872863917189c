/**
 * The characters of a saved web page: byte-order mark first, then the bytes
 * themselves when they are valid UTF-8 (pages are often re-saved as UTF-8 and
 * keep a stale `<meta charset=gb2312>`), then the page's own declaration
 * (the WHATWG prescan of `<meta>`, html-encoding-sniffer), then GB18030, the
 * superset of what Chinese pages without a declaration are written in.
 */
import sniffHtmlEncoding from 'html-encoding-sniffer';

/** `note` says when the page's own declaration was wrong, for the cleaning report. */
export type DecodedHtml = { ok: true; text: string; encoding: string; note?: string } | { ok: false; reason: string };

/** The encoding a byte-order mark names (the Encoding Standard's BOM sniff), or null. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** WHATWG decoding by Node's own TextDecoder (full ICU: GBK, GB18030, Big5 …); the BOM is dropped. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Whether GB bytes hold a four-byte GB18030 sequence (lead 0x81–0xFE, then a digit 0x30–0x39), which GBK
 * and GB2312 lack. Needed since Node 22's TextDecoder follows the Encoding Standard and decodes "gbk" with
 * the GB18030 decoder, four-byte sequences included: a page declared gb2312 whose bytes need GB18030
 * decodes cleanly under its declaration, and only this tells that it is GB18030.
 */
function hasFourByteGb18030(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x81 || b > 0xfe) continue;
    const next = bytes[i + 1];
    if (next !== undefined && next >= 0x30 && next <= 0x39) return true;
    i++; // the trail byte of a two-byte character
  }
  return false;
}

/** Share of U+FFFD in a decoded text: the mark of a wrong declaration. */
function replacementShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return text.length === 0 ? 0 : n / text.length;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { ok: true, text: decodeAs(bytes, bom), encoding: bom.toLowerCase() };
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: 'NONE' });
  const declared = sniffed === 'NONE' ? null : sniffed;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    const wrong = declared && declared !== 'UTF-8' && /[^\x00-\x7f]/.test(utf8);
    return { ok: true, text: utf8, encoding: 'utf-8', ...(wrong ? { note: `the page declares ${declared.toLowerCase()}, but its bytes are UTF-8` } : {}) };
  }
  // Not UTF-8: the declaration, when it decodes cleanly; else GB18030 (GBK and GB2312 pages are its subsets).
  const gbkDeclaredNeedsGb18030 = declared === 'GBK' && hasFourByteGb18030(bytes);
  if (declared && declared !== 'UTF-8' && declared !== 'UTF-16LE' && declared !== 'UTF-16BE' && !gbkDeclaredNeedsGb18030) {
    const text = decodeAs(bytes, declared);
    if (replacementShare(text) < 0.001) return { ok: true, text, encoding: declared.toLowerCase() };
  }
  const gb = decodeAs(bytes, 'gb18030');
  if (replacementShare(gb) < 0.001) {
    return { ok: true, text: gb, encoding: 'gb18030', ...(declared ? { note: `the page declares ${declared.toLowerCase()}, but its bytes are GB18030` } : {}) };
  }
  return { ok: false, reason: `web page in an unknown encoding: not UTF-8${declared ? `, not the declared ${declared.toLowerCase()}` : ''}, not GB18030` };
}
