/**
 * Reading and writing Pagefind's index files, for the build's merge of index
 * shards and the benchmark's reading of an index. Every file is gzip over an
 * optional signature and CBOR (minicbor); strings are compared as Pagefind's
 * Rust does, by code point.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = 'pagefind_dcd';

/** The decoded contents of a Pagefind file (meta, index chunk, filter). */
export function readPagefindFile(file: string): unknown {
  const raw = gunzipSync(readFileSync(file));
  return decode(raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? raw.subarray(SIGNATURE.length) : raw);
}

/** The bytes of a Pagefind file holding `value`. */
export function pagefindBytes(value: unknown): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]));
}

/** Rust's order of strings (by UTF-8 bytes, that is by code point), in which Pagefind sorts words and compares chunk ranges. */
export function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
