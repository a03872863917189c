/**
 * What makes an unchanged re-ingest cheap, kept in node_modules/.cache/ingest/:
 * - entries/<key>.json: a circular prepared by an earlier run, keyed by its bytes,
 *   its sidecar and a fingerprint of the pipeline's own code and data, so a change
 *   to the pipeline invalidates everything;
 * - manifest-<folders>.json: the size and modification time of every seed and
 *   output of the last run. When nothing differs, the run has nothing to do.
 * Deleting the folder is always safe: the next run recomputes everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PreparedCache, PreparedCircular } from '../../src/pipeline/ingest-corpus';
import type { IngestInput } from '../../src/pipeline/ingest-file';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What the pipeline reads at run time rather than compiles in: the taxonomy, and the libraries (the lockfile). */
const DATA = ['src/data/themes.yaml', 'package-lock.json'];
/** Run from source (tsx), its code is taken to be these folders; run from the bundle, the bundle's key names exactly the files compiled into it. */
const SOURCE_FOLDERS = ['src/pipeline', 'src/shared', 'src/schema'];

function filesUnder(p: string): string[] {
  const full = path.join(ROOT, p);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [p];
  return readdirSync(full)
    .sort()
    .flatMap((n) => filesUnder(path.join(p, n)));
}

/** A hash of the pipeline's code and data: any edit to them makes every cache entry stale. */
export function pipelineFingerprint(entry = process.env.INGEST_ENTRY): string {
  const hash = createHash('sha256');
  // scripts/run-ingest.mjs names the bundle it runs ingest-<hash of every project file bundled>.mjs.
  const bundleKey = /ingest-([0-9a-f]+)\.mjs$/.exec(entry ?? '')?.[1];
  if (bundleKey) hash.update(`bundle ${bundleKey}\0`);
  for (const file of [...(bundleKey ? [] : SOURCE_FOLDERS), ...DATA].flatMap(filesUnder)) {
    hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0');
  }
  return hash.digest('hex');
}

type Stats = Record<string, [size: number, mtimeMs: number]>;

interface Manifest {
  fingerprint: string;
  seeds: Stats;
  outputs: Stats;
  summary: string;
}

function statsOf(dir: string, names: string[]): Stats {
  const out: Stats = {};
  for (const n of names) {
    const s = statSync(path.join(dir, n));
    out[n] = [s.size, s.mtimeMs];
  }
  return out;
}

function sameStats(a: Stats, b: Stats): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] !== undefined && b[k]![0] === a[k]![0] && b[k]![1] === a[k]![1]);
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}

export class IngestCache implements PreparedCache {
  /** INGEST_CACHE_DIR moves it, e.g. for a test that must start cold. */
  private readonly dir = process.env.INGEST_CACHE_DIR ?? path.join(ROOT, 'node_modules/.cache/ingest');
  private readonly manifestFile: string;
  readonly fingerprint = pipelineFingerprint();

  constructor(
    private readonly seedsDir: string,
    private readonly outDir: string,
  ) {
    const folders = createHash('sha1').update(path.resolve(seedsDir)).update('\0').update(path.resolve(outDir)).digest('hex').slice(0, 12);
    this.manifestFile = path.join(this.dir, `manifest-${folders}.json`);
    mkdirSync(path.join(this.dir, 'entries'), { recursive: true });
  }

  private key(input: IngestInput): string {
    return createHash('sha256')
      .update(this.fingerprint)
      .update('\0')
      .update(input.file)
      .update('\0')
      .update(input.bytes)
      .update('\0')
      .update(input.sidecar ?? '')
      .digest('hex');
  }

  get(input: IngestInput): PreparedCircular | undefined {
    const file = path.join(this.dir, 'entries', `${this.key(input)}.json`);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as PreparedCircular;
    } catch {
      return undefined;
    }
  }

  /** Serialised at once, before the corpus resolves citations in place: no copy needed. */
  put(input: IngestInput, prepared: PreparedCircular): void {
    writeJson(path.join(this.dir, 'entries', `${this.key(input)}.json`), prepared);
  }

  /** The summary of the last run when no seed, output or pipeline file has changed since it; otherwise null. */
  unchangedSince(seedNames: string[], outputNames: string[]): string | null {
    if (!existsSync(this.manifestFile)) return null;
    try {
      const m = JSON.parse(readFileSync(this.manifestFile, 'utf8')) as Manifest;
      if (m.fingerprint !== this.fingerprint) return null;
      return sameStats(m.seeds, statsOf(this.seedsDir, seedNames)) && sameStats(m.outputs, statsOf(this.outDir, outputNames)) ? m.summary : null;
    } catch {
      return null;
    }
  }

  /** Record a clean run (no errors) so that the next one can tell nothing changed. */
  record(seedNames: string[], outputNames: string[], summary: string): void {
    const manifest: Manifest = { fingerprint: this.fingerprint, seeds: statsOf(this.seedsDir, seedNames), outputs: statsOf(this.outDir, outputNames), summary };
    writeJson(this.manifestFile, manifest);
  }
}
