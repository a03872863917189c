/**
 * The entry names of a ZIP archive, read by hand from its central directory,
 * so the sniffer can tell a .docx from an .xlsx, .odt or plain .zip without
 * unpacking anything. A cut-off archive (no end record) falls back to the
 * names in the local file headers, which are stored uncompressed.
 */

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

const NAMES = new TextDecoder('utf-8');

/** Entry names from the central directory, or null when it cannot be found or read. */
function centralNames(b: Uint8Array): string[] | null {
  // The end record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (u32(b, i) !== EOCD) continue;
    const count = u16(b, i + 10);
    let p = u32(b, i + 16);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== CENTRAL) return null;
      const nameLen = u16(b, p + 28);
      names.push(NAMES.decode(b.subarray(p + 46, p + 46 + nameLen)));
      p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    }
    return names;
  }
  return null;
}

/** Entry names found in local file headers anywhere in the bytes (a truncated archive). */
function localNames(b: Uint8Array): string[] {
  const names: string[] = [];
  for (let i = 0; i + 30 <= b.length; i++) {
    if (b[i] !== 0x50 || u32(b, i) !== LOCAL) continue;
    const nameLen = u16(b, i + 26);
    if (i + 30 + nameLen > b.length) break;
    names.push(NAMES.decode(b.subarray(i + 30, i + 30 + nameLen)));
    i += 29 + nameLen;
  }
  return names;
}

export function zipEntries(bytes: Uint8Array): string[] {
  return centralNames(bytes) ?? localNames(bytes);
}

/** The first entry's stored content when it is `mimetype` (OpenDocument and EPUB put it there, uncompressed). */
export function zipMimetype(bytes: Uint8Array): string | null {
  if (u32(bytes, 0) !== LOCAL || u16(bytes, 8) !== 0) return null;
  const nameLen = u16(bytes, 26);
  const start = 30 + nameLen + u16(bytes, 28);
  if (NAMES.decode(bytes.subarray(30, 30 + nameLen)) !== 'mimetype') return null;
  return NAMES.decode(bytes.subarray(start, start + Math.min(u32(bytes, 18), 100)));
}
