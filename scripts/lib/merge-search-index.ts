/**
 * One search index from the shards a large corpus is indexed in. Pagefind needs
 * about 1.5 GB of memory per 1,000 circular pages in one run (14.9 GB for
 * 10,000), so the build indexes shards of pages in separate runs
 * (scripts/lib/search-index.ts); searched side by side, shards rank each page
 * with their own word statistics and the merged lists do not give the order
 * one index gives, and every shard's chunk holding a common word is loaded.
 * This joins the shards' files into the index one Pagefind run over all pages
 * would write: the pages one after the other, each word's page list joined
 * across shards, cut into chunks again, the filters joined, the fragments
 * (named by their content) moved together. It streams (one chunk per shard is
 * decoded at a time) and yields to the event loop as it goes, so that the build
 * goes on reading its other steps' output.
 *
 * Pagefind's files (read and written by pagefind-files.ts): the meta file
 * [version, pages [hash, word count, group], chunks [first word, last word,
 * file], filters [name, file], sorts, meta fields]; an index chunk [words [word,
 * pages [page number delta, locations, meta locations], extra]]; a filter file
 * [name, [value, page numbers]]. A shape this does not know (sorts, a word's
 * extra) stops the merge with a message rather than writing a wrong index.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'cborg';
import { byCodePoint, pagefindBytes, readPagefindFile } from './pagefind-files';

/** Uncompressed size a chunk is cut at: about the size of Pagefind's own chunks (60–90 KB). */
const CHUNK_BYTES = 64 * 1024;

type PageEntry = [number, number[], unknown[]];
type WordEntry = [string, PageEntry[], unknown[]];
type Meta = [string, [string, number, string][], [string, string, string][], [string, string][], unknown[], string[]];
type FilterFile = [string, [string, number[]][]];

const contentHash = (data: Uint8Array, length: number) => createHash('sha256').update(data).digest('hex').slice(0, length);

interface Shard {
  dir: string;
  language: string;
  meta: Meta;
  /** the number of the shard's first page in the merged index */
  offset: number;
}

function readShard(dir: string): Omit<Shard, 'offset'> {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const languages = Object.entries(entry.languages);
  if (languages.length !== 1) throw new Error(`${dir}: ${languages.length} languages; the merge knows one`);
  const [language, { hash }] = languages[0]!;
  const meta = readPagefindFile(path.join(dir, `pagefind.${hash}.pf_meta`)) as Meta;
  if (meta[4].length > 0) throw new Error(`${dir}: the index has sorts, which the merge does not know`);
  return { dir, language: language, meta };
}

/** A shard's words in order, one chunk decoded at a time, page numbers made absolute in the merged index. */
function* wordsOf(shard: Shard): Generator<{ word: string; pages: PageEntry[] }> {
  let previous: string | null = null;
  for (const [, , file] of shard.meta[2]) {
    const [words] = readPagefindFile(path.join(shard.dir, 'index', `${file}.pf_index`)) as [WordEntry[]];
    for (const [word, pages, extra] of words) {
      if (extra.length > 0) throw new Error(`${shard.dir}: the word ${word} has data the merge does not know`);
      if (previous !== null && byCodePoint(previous, word) >= 0) throw new Error(`${shard.dir}: words out of order at ${word}`);
      previous = word;
      let page = shard.offset;
      yield { word, pages: pages.map(([delta, locations, metaLocations]) => [(page += delta), locations, metaLocations] as PageEntry) };
    }
  }
}

/** The shards' words merged in order; a word in several shards gets their page lists one after the other. */
function* mergedWords(shards: Shard[]): Generator<WordEntry> {
  const heads = shards.map((shard) => {
    const iterator = wordsOf(shard);
    return { iterator, current: iterator.next() };
  });
  for (;;) {
    const live = heads.filter((h) => !h.current.done);
    if (live.length === 0) return;
    const word = live.map((h) => h.current.value!.word).reduce((a, b) => (byCodePoint(a, b) <= 0 ? a : b));
    const absolute: PageEntry[] = [];
    for (const head of live) {
      if (head.current.value!.word !== word) continue;
      absolute.push(...head.current.value!.pages);
      head.current = head.iterator.next();
    }
    let last = 0;
    const pages = absolute.map(([page, locations, metaLocations]): PageEntry => {
      const delta = page - last;
      last = page;
      return [delta, locations, metaLocations];
    });
    yield [word, pages, []];
  }
}

/** Join the filter files of every shard: each value's pages, renumbered. */
function mergedFilters(shards: Shard[], outDir: string, language: string): [string, string][] {
  const byName = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const [name, file] of shard.meta[3]) {
      const [, values] = readPagefindFile(path.join(shard.dir, 'filter', `${file}.pf_filter`)) as FilterFile;
      const merged = byName.get(name) ?? new Map<string, number[]>();
      for (const [value, pages] of values) merged.set(value, [...(merged.get(value) ?? []), ...pages.map((p) => p + shard.offset)]);
      byName.set(name, merged);
    }
  }
  mkdirSync(path.join(outDir, 'filter'), { recursive: true });
  return [...byName.keys()].sort(byCodePoint).map((name) => {
    const values = [...byName.get(name)!.entries()].sort(([a], [b]) => byCodePoint(a, b));
    const bytes = pagefindBytes([name, values]);
    const file = `${language}_${contentHash(bytes, 7)}`;
    writeFileSync(path.join(outDir, 'filter', `${file}.pf_filter`), bytes);
    return [name, file];
  });
}

/**
 * Merge the index folders `shardDirs` (in page order) into `outDir`, which must not exist yet. The shards' own
 * folders are left as they are, but their fragments are moved into `outDir`.
 */
export async function mergeSearchIndexes(shardDirs: readonly string[], outDir: string): Promise<{ pages: number; chunks: number }> {
  let offset = 0;
  const shards: Shard[] = shardDirs.map((dir) => {
    const shard = { ...readShard(dir), offset };
    offset += shard.meta[1].length;
    return shard;
  });
  const language = shards[0]!.language;
  for (const shard of shards) {
    if (shard.language !== language) throw new Error(`${shard.dir}: language ${shard.language}, not ${language}`);
    if (shard.meta[0] !== shards[0]!.meta[0]) throw new Error(`${shard.dir}: Pagefind ${shard.meta[0]}, not ${shards[0]!.meta[0]}`);
  }

  mkdirSync(path.join(outDir, 'index'), { recursive: true });
  const chunks: [string, string, string][] = [];
  let pending: WordEntry[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = pagefindBytes([pending]);
    const file = `${language}_${contentHash(bytes, 7)}`;
    writeFileSync(path.join(outDir, 'index', `${file}.pf_index`), bytes);
    chunks.push([pending[0]![0], pending.at(-1)![0], file]);
    pending = [];
    pendingBytes = 0;
  };
  let words = 0;
  for (const entry of mergedWords(shards)) {
    if (++words % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    const size = encode(entry).length;
    if (pendingBytes > 0 && pendingBytes + size > CHUNK_BYTES) flush();
    pending.push(entry);
    pendingBytes += size;
  }
  flush();

  const filters = mergedFilters(shards, outDir, language);
  const metaFields = [...new Set(shards.flatMap((s) => s.meta[5]))];
  const meta: Meta = [shards[0]!.meta[0], shards.flatMap((s) => s.meta[1]), chunks, filters, [], metaFields];
  const metaBytes = pagefindBytes(meta);
  const metaHash = `${language}_${contentHash(metaBytes, 13)}`;
  writeFileSync(path.join(outDir, `pagefind.${metaHash}.pf_meta`), metaBytes);

  // The runtime, its WebAssembly and the entry file: the first shard's, with the merged meta file and page count.
  const first = shards[0]!.dir;
  for (const name of readdirSync(first)) {
    const from = path.join(first, name);
    if (statSync(from).isDirectory() || name.endsWith('.pf_meta') || name === 'pagefind-entry.json') continue;
    writeFileSync(path.join(outDir, name), readFileSync(from));
  }
  const entry = JSON.parse(readFileSync(path.join(first, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
  entry.languages[language] = { ...entry.languages[language]!, hash: metaHash, page_count: meta[1].length };
  writeFileSync(path.join(outDir, 'pagefind-entry.json'), JSON.stringify(entry));

  mkdirSync(path.join(outDir, 'fragment'), { recursive: true });
  for (const shard of shards) {
    const dir = path.join(shard.dir, 'fragment');
    for (const name of readdirSync(dir)) renameSync(path.join(dir, name), path.join(outDir, 'fragment', name));
  }
  return { pages: meta[1].length, chunks: chunks.length };
}

/** Replace the shard folders `shardDirs` by their merge in `shardDirs[0]`. */
export async function mergeShardsInPlace(shardDirs: readonly string[]): Promise<{ pages: number; chunks: number }> {
  const first = shardDirs[0]!;
  const out = `${first}.merging`;
  rmSync(out, { recursive: true, force: true });
  const result = await mergeSearchIndexes(shardDirs, out);
  for (const dir of shardDirs) rmSync(dir, { recursive: true, force: true });
  renameSync(out, first);
  return result;
}
