/**
 * npm run ingest [-- --seeds DIR] [-- --out DIR] [-- --check] [-- --quiet]
 *
 * Turns every seed into content/circulars/<slug>.mdx and <slug>.report.json.
 * Bad input gets one line on stderr naming the file (the seed, or its sidecar)
 * and the reason; every other file is still processed; the exit code is 1 at the
 * end. A seed that fails keeps the files of its last good run, so that one typo
 * does not take a circular off the site (a deleted seed's files are removed).
 * Everything is computed in memory first, then only changed files are written
 * (each atomically), so a failed run never leaves a half-written folder. --check writes nothing and
 * exits 1 when the folder is not what the seeds and the pipeline produce.
 * Earlier results are reused from node_modules/.cache/ingest (scripts/lib/ingest-cache.ts):
 * a run where nothing changed does no work; --no-cache recomputes everything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FileError, PrepareAll } from '../src/pipeline/ingest-corpus';
import type { IngestInput } from '../src/pipeline/ingest-file';
import { IngestCache } from './lib/ingest-cache';
import { prepareOnCores, serveAsWorker } from './lib/ingest-workers';

/** Refused before reading (the limit of src/pipeline/formats/read.ts). */
let MAX_FILE_BYTES = 0;

const SIDECAR = /\.ya?ml$/i;
const OUTPUT = /\.(mdx|report\.json)$/;

/**
 * Files are prepared on every core when run as `npm run ingest` (the bundle, scripts/run-ingest.mjs, is the
 * workers' entry); run from source by tsx, in this thread (tsx's loader does not reach worker threads).
 */
function onCores(inThread: PrepareAll): PrepareAll {
  const entry = process.env.INGEST_ENTRY;
  return entry ? prepareOnCores(entry, inThread) : inThread;
}

let workerTaxonomy: ReturnType<typeof import('../src/pipeline/text/themes').readTaxonomy> | undefined;

function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(2);
}

function seedNames(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`seeds folder ${dir} does not exist`);
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(path.join(dir, n)).isFile())
    .sort();
}

/** Each sidecar by the stem it curates (the first in name order when .yaml and .yml both exist). */
function sidecarsByStem(names: string[]): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const n of names) {
    if (!SIDECAR.test(n)) continue;
    const stem = n.replace(SIDECAR, '');
    if (!byStem.has(stem)) byStem.set(stem, n);
  }
  return byStem;
}

function readSeeds(dir: string, names: string[], errors: FileError[]): IngestInput[] {
  const inputs: IngestInput[] = [];
  // A map, not a search of the names per seed: that is quadratic, seconds at 10,000 seeds.
  const sidecars = sidecarsByStem(names);
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (!stat.isFile() || SIDECAR.test(name)) continue;
    if (stat.size > MAX_FILE_BYTES) {
      errors.push({ file: name, reason: `file is ${stat.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for one circular` });
      continue;
    }
    const stem = name.replace(/\.[^.]+$/, '');
    const sidecarName = sidecars.get(stem);
    inputs.push({
      file: name,
      bytes: readFileSync(full),
      sidecar: sidecarName ? readFileSync(path.join(dir, sidecarName), 'utf8') : null,
      ...(sidecarName ? { sidecarFile: sidecarName } : {}),
    });
  }
  return inputs;
}

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content/circulars' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const seedsDir = values.seeds!;
  const outDir = values.out!;
  const started = performance.now();
  const names = seedNames(seedsDir);
  const existing = existsSync(outDir) ? readdirSync(outDir).filter((n) => OUTPUT.test(n)).sort() : [];
  const cache = values['no-cache'] ? null : new IngestCache(seedsDir, outDir);
  const unchanged = cache?.unchangedSince(names, existing);
  if (unchanged) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!values.quiet || values.check) console.log(`ingest${values.check ? ' --check' : ''}: ${unchanged}; nothing changed since the last run, content is current (${seconds} s)`);
    process.exit(0);
  }
  // The pipeline is loaded only when there is work to do: loading it is most of a no-op run's time.
  const [{ ingestCorpus, outputNames, prepareInTurn }, read, { readTaxonomy }, { slugForFile }] = await Promise.all([
    import('../src/pipeline/ingest-corpus'),
    import('../src/pipeline/formats/read'),
    import('../src/pipeline/text/themes'),
    import('../src/pipeline/slug'),
  ]);
  MAX_FILE_BYTES = read.MAX_FILE_BYTES;
  const errors: FileError[] = [];
  const inputs = readSeeds(seedsDir, names, errors);
  let taxonomy;
  try {
    taxonomy = readTaxonomy();
  } catch (e) {
    fail(`the theme taxonomy src/data/themes.yaml is invalid: ${(e as Error).message}`);
  }
  const progress = inputs.length >= 500 && !values.quiet
    ? (done: number) => {
        if (done % 1000 === 0 || done === inputs.length) process.stderr.write(`ingest: ${done}/${inputs.length} files\n`);
      }
    : undefined;
  const result = await ingestCorpus(inputs, taxonomy, progress, cache ?? undefined, onCores(prepareInTurn(taxonomy!)));
  errors.push(...result.errors);

  // `existing` already lists the folder: only files in it need reading, no existence check per output.
  const present = new Set(existing);
  const changed = [...result.outputs].filter(([name, content]) => !present.has(name) || readFileSync(path.join(outDir, name), 'utf8') !== content);
  // A failing seed's files from its last good run stay (not those of a slug another seed now writes).
  const keptOf = (e: FileError) => Object.values(outputNames(slugForFile(e.seed ?? e.file))).filter((n) => present.has(n) && !result.outputs.has(n));
  const kept = new Set(errors.flatMap(keptOf));
  const stale = existing.filter((n) => !result.outputs.has(n) && !kept.has(n));
  for (const e of errors) {
    const page = keptOf(e).find((n) => n.endsWith('.mdx'));
    const note = page ? `; its last good page is kept (${path.join(outDir, page)})` : '';
    console.error(`ingest: error: ${path.join(seedsDir, e.file)}: ${e.reason}${note}`);
  }

  const measures = result.circulars.reduce((n, c) => n + c.data.measures.length, 0);
  const dropped = result.circulars.reduce((n, c) => n + c.report.dropped.length, 0);
  const joined = result.circulars.reduce((n, c) => n + c.report.joined.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const inputFiles = new Set(inputs.map((i) => i.file));
  const unread = errors.filter((e) => !inputFiles.has(e.seed ?? e.file)).length;
  const keptPages = [...kept].filter((n) => n.endsWith('.mdx')).length;
  const keptNote = keptPages > 0 ? `, kept the last good page of ${keptPages} failing seed${keptPages > 1 ? 's' : ''}` : '';
  const summary = `${inputs.length + unread} files, ${result.circulars.length} circulars, ${measures} measures, ${dropped} dropped pieces, ${joined} re-joined breaks, ${errors.length} errors`;
  const reusedNote = result.reused > 0 ? `, ${result.reused} reused from the cache` : '';

  if (values.check) {
    for (const [name] of changed) console.error(`ingest: stale: ${path.join(outDir, name)} differs from what the seeds produce`);
    for (const name of stale) console.error(`ingest: stale: ${path.join(outDir, name)} has no seed`);
    const ok = changed.length === 0 && stale.length === 0 && errors.length === 0;
    const verdict = errors.length > 0 ? `${changed.length + stale.length} stale files${keptNote} — fix the errors, then run npm run ingest` : `${changed.length + stale.length} stale files — run npm run ingest`;
    console.log(`ingest --check: ${summary}${reusedNote}; ${ok ? 'content is current' : verdict} (${seconds} s)`);
    if (ok) cache?.record(names, [...result.outputs.keys()].sort(), summary);
    process.exit(ok ? 0 : 1);
  }

  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of changed) writeAtomically(path.join(outDir, name), content);
  for (const name of stale) rmSync(path.join(outDir, name));
  if (errors.length === 0) cache?.record(names, [...result.outputs.keys()].sort(), summary);
  if (!values.quiet || errors.length > 0) {
    console.log(`ingest: ${summary}${reusedNote}; wrote ${changed.length}, removed ${stale.length}${keptNote}, unchanged ${result.outputs.size - changed.length} (${seconds} s)`);
  }
  process.exit(errors.length > 0 ? 1 : 0);
}

// A worker thread of this same script (scripts/lib/ingest-workers.ts) prepares files for the main thread.
const isWorker = await serveAsWorker(async (input) => {
  const [{ prepareCircular }, { readTaxonomy }] = await Promise.all([import('../src/pipeline/ingest-corpus'), import('../src/pipeline/text/themes')]);
  workerTaxonomy ??= readTaxonomy();
  return prepareCircular(input, workerTaxonomy);
});
if (!isWorker) await main();
