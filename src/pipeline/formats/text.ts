/**
 * Reader for plain-text and Markdown copies: decode (encodings, BOMs, binary
 * refused), remove and report Markdown markup, split into lines.
 */
import { decode } from '../decode';
import { normalize } from '../normalize';
import { unmark } from '../unmark';
import type { ReadResult } from './types';

export function readText(bytes: Uint8Array, markdown: boolean): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const unmarked = markdown ? unmark(decoded.text) : { text: decoded.text, dropped: [] };
  return {
    ok: true,
    doc: { format: markdown ? 'markdown' : 'text', encoding: decoded.encoding, lines: normalize(unmarked.text), dropped: unmarked.dropped },
  };
}
