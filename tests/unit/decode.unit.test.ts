import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decode } from '../../src/pipeline/decode';

const text = '广工发〔2017〕77号\n关于加快推进市县工会及产业工会改革的通知\n';
const utf8 = new TextEncoder().encode(text);

describe('decode', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decode(utf8)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decode(withBom)).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('reads GB18030 text as the same characters', () => {
    const gb = iconv.encode(text, 'gb18030');
    expect(gb.length).not.toBe(utf8.length);
    expect(decode(gb)).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decode(iconv.encode(text, 'utf-16le', { addBOM: true }))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(iconv.encode(text, 'utf-16be', { addBOM: true }))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses an empty file and a file of white space', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decode(new TextEncoder().encode(' \n\u3000\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('refuses binary data with NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decode(png)).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 97 + 13) % 256).map((b) => (b === 0 ? 1 : b)));
    expect(decode(bytes).ok).toBe(false);
  });

  it('refuses a file over the size limit without decoding it', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(decode(big)).toMatchObject({ ok: false, reason: expect.stringContaining('limit') });
  });
});
