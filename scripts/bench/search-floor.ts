/**
 * What each query of the fixed list loads from a built site's Pagefind index,
 * read from the index files themselves (no browser), and what the same
 * postings would weigh in other shapes — the floor the search budgets are
 * judged against.
 *
 * Pagefind's runtime splits a Chinese query into words with Intl.Segmenter and
 * loads, in every shard, the index chunks whose word range holds each word; in
 * them it matches the words that start with the query word. A chunk is many
 * words; each word lists every page it is on with every position on that page.
 * Per query:
 *   - chunkBytes: the chunk files loaded, as Pagefind fetches them (gzip);
 *   - postingBytes: only the query words' own entries (their prefix matches included), in Pagefind's format;
 *   - countsBytes: the same entries with every position set to 0 (Pagefind's format with the term
 *     counts its ranking reads, without the positions its phrase search and excerpts read);
 *   - presenceBytes: the same entries with one position per page (no term counts either);
 *   - idsTfBytes: a bitmap of the pages and one term count per page (no Pagefind format).
 * Plus, once per site, what a first search loads before any chunk: every shard's meta file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { byCodePoint, readPagefindFile } from '../lib/pagefind-files';

/** [word, pages as [page number delta, locations, …]] */
type WordEntry = [string, [number, number[], ...unknown[]][], ...unknown[]];
/** [first word, last word, chunk file name] */
type ChunkRange = [string, string, string];

interface Shard {
  dir: string;
  pages: number;
  chunks: ChunkRange[];
  metaBytes: number;
}

export interface QueryFloor {
  query: string;
  words: string[];
  /** pages holding a word starting with each query word that matches anything: Pagefind's hit count */
  pages: number;
  chunks: number;
  chunkBytes: number;
  postingBytes: number;
  countsBytes: number;
  presenceBytes: number;
  idsTfBytes: number;
}

export interface SearchFloor {
  pages: number;
  shards: number;
  /** every shard's meta file: loaded by the first search before any chunk */
  metaBytes: number;
  /** Pagefind's runtime (its scripts gzipped, its WebAssembly as it is): loaded by the first search too */
  runtimeBytes: number;
  queries: QueryFloor[];
}

function loadShards(site: string): Shard[] {
  return readdirSync(site)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .sort((a, b) => Number(a.split('-')[1] ?? 0) - Number(b.split('-')[1] ?? 0))
    .map((name) => {
      const dir = path.join(site, name);
      const metaFile = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!);
      const meta = readPagefindFile(metaFile) as [string, unknown[], ChunkRange[], ...unknown[]];
      return { dir, pages: meta[1].length, chunks: meta[2], metaBytes: statSync(metaFile).size };
    });
}

/** The words Pagefind's runtime searches for: Intl.Segmenter's words, lower-cased, punctuation dropped. */
export function queryWords(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(query)]
    .map(({ segment }) => segment.replace(/[\p{P}\s]/gu, '').toLocaleLowerCase())
    .filter((word) => word.length > 0);
}

/**
 * The chunks Pagefind's runtime loads for a word: every chunk whose range holds it; when none does, every chunk
 * whose range holds it once both are cut to the shorter length (a chunk that may hold a word extending it).
 */
function chunksFor(shard: Shard, word: string): ChunkRange[] {
  const strict = shard.chunks.filter(([from, to]) => byCodePoint(word, from) >= 0 && byCodePoint(word, to) <= 0);
  if (strict.length > 0) return strict;
  const cut = (s: string, n: number) => [...s].slice(0, n).join('');
  const length = [...word].length;
  return shard.chunks.filter(([from, to]) => {
    const f = Math.min(length, [...from].length);
    const t = Math.min(length, [...to].length);
    return byCodePoint(cut(word, f), cut(from, f)) >= 0 && byCodePoint(cut(word, t), cut(to, t)) <= 0;
  });
}

const gzipBytes = (data: Uint8Array): number => gzipSync(data, { level: 9 }).length;

function runtimeBytes(dir: string): number {
  return readdirSync(dir)
    .filter((f) => f === 'pagefind.js' || f === 'pagefind-worker.js' || /^wasm\..*\.pagefind$/.test(f))
    .reduce((n, f) => n + (f.endsWith('.js') ? gzipBytes(readFileSync(path.join(dir, f))) : statSync(path.join(dir, f)).size), 0);
}

/** The floor figures of every query over the index of a built site (its pagefind/, pagefind-1/ … folders). */
export function searchFloor(site: string, queries: readonly string[]): SearchFloor {
  const shards = loadShards(site);
  const chunkCache = new Map<string, { bytes: number; words: WordEntry[] }>();
  const chunk = (shard: Shard, name: string) => {
    const file = path.join(shard.dir, 'index', `${name}.pf_index`);
    let found = chunkCache.get(file);
    if (!found) {
      found = { bytes: statSync(file).size, words: (readPagefindFile(file) as [WordEntry[]])[0] };
      chunkCache.set(file, found);
    }
    return { file, ...found };
  };

  const rows = queries.map((query): QueryFloor => {
    const words = queryWords(query);
    const loaded = new Set<string>();
    const row: QueryFloor = { query, words, pages: 0, chunks: 0, chunkBytes: 0, postingBytes: 0, countsBytes: 0, presenceBytes: 0, idsTfBytes: 0 };
    for (const shard of shards) {
      // Each shard is an index of its own; in it, a word that matches nothing is left out of the query.
      const pageSets: Set<number>[] = [];
      for (const word of words) {
        const entries: WordEntry[] = [];
        for (const [, , name] of chunksFor(shard, word)) {
          const c = chunk(shard, name);
          if (!loaded.has(c.file)) {
            loaded.add(c.file);
            row.chunkBytes += c.bytes;
          }
          entries.push(...c.words.filter((entry) => entry[0].startsWith(word)));
        }
        const termCounts = new Map<number, number>();
        for (const [, pages] of entries) {
          let page = 0;
          for (const [delta, locations] of pages) {
            page += delta;
            // negative entries mark a change of weight, the rest are positions
            termCounts.set(page, (termCounts.get(page) ?? 0) + locations.filter((l) => l >= 0).length);
          }
        }
        row.postingBytes += gzipBytes(encode(entries));
        row.countsBytes += gzipBytes(encode(entries.map(([w, pages]) => [w, pages.map(([delta, locations]) => [delta, locations.map((l) => (l >= 0 ? 0 : l)), []]), []])));
        // up to the first position: the weight marker before it, if any, and the position
        row.presenceBytes += gzipBytes(encode(entries.map(([w, pages]) => [w, pages.map(([delta, locations]) => [delta, locations.slice(0, locations.findIndex((l) => l >= 0) + 1), []]), []])));
        const bitmap = new Uint8Array(Math.ceil(shard.pages / 8));
        const counts: number[] = [];
        for (const page of [...termCounts.keys()].sort((a, b) => a - b)) {
          bitmap[page >> 3]! |= 1 << (page & 7);
          counts.push(Math.min(255, termCounts.get(page)!));
        }
        row.idsTfBytes += gzipBytes(new Uint8Array([...bitmap, ...counts]));
        if (termCounts.size > 0) pageSets.push(new Set(termCounts.keys()));
      }
      row.pages += pageSets.length === 0 ? 0 : [...pageSets[0]!].filter((p) => pageSets.every((set) => set.has(p))).length;
    }
    row.chunks = loaded.size;
    return row;
  });

  return {
    pages: shards.reduce((n, s) => n + s.pages, 0),
    shards: shards.length,
    metaBytes: shards.reduce((n, s) => n + s.metaBytes, 0),
    runtimeBytes: runtimeBytes(path.join(site, 'pagefind')),
    queries: rows,
  };
}

// npm exec -- tsx scripts/bench/search-floor.ts <built site>: the table for a site already built.
if (import.meta.url === `file://${process.argv[1]}`) {
  const floor = searchFloor(process.argv[2] ?? 'dist', (await import('./search-queries')).READER_QUERIES);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`${floor.pages} pages in ${floor.shards} shard(s); runtime ${kb(floor.runtimeBytes)} KiB, meta files ${kb(floor.metaBytes)} KiB`);
  console.table(floor.queries.map((q) => ({ query: q.query, words: q.words.join(' '), pages: q.pages, chunks: q.chunks, 'chunks KiB': kb(q.chunkBytes), 'postings KiB': kb(q.postingBytes), 'counts KiB': kb(q.countsBytes), 'one position KiB': kb(q.presenceBytes), 'ids+tf KiB': kb(q.idsTfBytes) })));
}
