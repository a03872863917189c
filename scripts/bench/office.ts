/**
 * The DOCX and PDF seeds of the benchmark's corpus, made from the document
 * HTML the generator wrote for them (scripts/bench/source-files.ts renderDocument) by
 * LibreOffice headless: one soffice call per format for every file not yet
 * made, into a cache folder keyed by the HTML's hash, so that a rerun (or
 * another corpus size with the same circulars) reuses them.
 *
 * LibreOffice writes dates and ids into its files, so a DOCX or PDF is the same
 * bytes only as long as it comes from the cache; the HTML it is made from is
 * deterministic. When soffice is not installed or fails, the circulars meant
 * to be DOCX or PDF are written as that HTML instead (format html), and the
 * returned `skipped` says so: the benchmark never fails for want of it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedCorpus, SeedFormat } from './generate-corpus';

type OfficeFormat = Extract<SeedFormat, 'docx' | 'pdf'>;
const OFFICE_FORMATS: readonly OfficeFormat[] = ['docx', 'pdf'];

/** Part of the cache key: bump when the conversion itself changes (filters, options). */
const CONVERSION = 'soffice-html-writer-1';

const DEFAULT_OFFICE_CACHE = path.resolve('bench-out', 'office-cache');

export interface OfficeResult {
  /** files per format now in the corpus as DOCX or PDF */
  made: Record<OfficeFormat, number>;
  /** of those, how many came from the cache */
  reused: number;
  seconds: number;
  /** why some or all were written as HTML instead, or null */
  skipped: string | null;
}

/** soffice (or libreoffice) on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const full = path.join(dir, name);
      try {
        if (statSync(full).isFile()) return full;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

const keyOf = (format: OfficeFormat, html: string) => createHash('sha256').update(`${CONVERSION}\0${format}\0${html}`).digest('hex').slice(0, 32);

/**
 * Runs one soffice over every HTML file of `keys` in `work`, converting to
 * `format`; returns the error message when it failed. Its own user profile, so
 * that it neither waits for nor hands its work to a LibreOffice already running.
 */
function convertBatch(soffice: string, format: OfficeFormat, keys: string[], work: string, profile: string): string | null {
  const inputs = keys.map((k) => path.join(work, `${k}.html`));
  const filter = format === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export';
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        // Open the pages as Writer documents, not Writer/Web, so both export filters apply.
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        filter,
        '--outdir',
        path.join(work, 'out'),
        ...inputs,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60_000, maxBuffer: 64 * 2 ** 20 },
    );
    return null;
  } catch (e) {
    const err = e as { message: string; stderr?: Buffer };
    return (err.stderr?.toString().trim().split('\n').pop() || err.message.split('\n')[0]) ?? 'failed';
  }
}

/**
 * Gives the corpus's DOCX and PDF circulars their bytes (and their Truth its
 * size), from the cache or from one soffice call per format. What cannot be
 * made is written as its HTML (name, format and truth changed to html).
 */
export function makeOfficeFiles(corpus: GeneratedCorpus, opts: { cacheDir?: string } = {}): OfficeResult {
  const t0 = performance.now();
  const cacheDir = opts.cacheDir ?? DEFAULT_OFFICE_CACHE;
  const result: OfficeResult = { made: { docx: 0, pdf: 0 }, reused: 0, seconds: 0, skipped: null };
  const wanted = corpus.files
    .map((f, i) => ({ i, format: f.format, key: f.format === 'docx' || f.format === 'pdf' ? keyOf(f.format, f.text) : '' }))
    .filter((x): x is { i: number; format: OfficeFormat; key: string } => x.key !== '');
  if (wanted.length === 0) return result;
  const soffice = findSoffice();
  const cachedFile = (x: { format: OfficeFormat; key: string }) => path.join(cacheDir, `${x.key}.${x.format}`);
  const before = new Set(wanted.filter((x) => existsSync(cachedFile(x))).map((x) => x.i));
  const failures: string[] = [];
  if (!soffice) failures.push('soffice (LibreOffice) is not on PATH');
  else {
    mkdirSync(cacheDir, { recursive: true });
    for (const format of OFFICE_FORMATS) {
      const todo = wanted.filter((x) => x.format === format && !before.has(x.i));
      const missing = [...new Set(todo.map((x) => x.key))];
      if (missing.length === 0) continue;
      const work = path.join(cacheDir, `work-${process.pid}-${format}`);
      rmSync(work, { recursive: true, force: true });
      mkdirSync(path.join(work, 'out'), { recursive: true });
      for (const x of todo) writeFileSync(path.join(work, `${x.key}.html`), corpus.files[x.i]!.text);
      // A profile of its own in the work folder: two runs converting at once do not share (and lock) one.
      const error = convertBatch(soffice, format, missing, work, path.join(work, 'profile'));
      let lost = 0;
      for (const k of missing) {
        const out = path.join(work, 'out', `${k}.${format}`);
        if (existsSync(out) && statSync(out).size > 0) renameSync(out, path.join(cacheDir, `${k}.${format}`));
        else lost++;
      }
      rmSync(work, { recursive: true, force: true });
      if (lost > 0) failures.push(`soffice made ${missing.length - lost} of ${missing.length} ${format.toUpperCase()} files${error ? ` (${error})` : ''}`);
    }
  }
  for (const x of wanted) {
    const f = corpus.files[x.i]!;
    const t = corpus.truth[x.i]!;
    if (soffice && existsSync(cachedFile(x))) {
      f.bytes = new Uint8Array(readFileSync(cachedFile(x)));
      t.bytes = f.bytes.length;
      result.made[x.format]++;
      if (before.has(x.i)) result.reused++;
      continue;
    }
    // Not made: the circular is written as the HTML document it would have been made from.
    f.name = f.name.replace(/\.[^.]+$/, '.html');
    f.format = 'html';
    f.bytes = new Uint8Array(Buffer.from(f.text, 'utf8'));
    Object.assign(t, { file: f.name, format: 'html', encoding: 'utf-8', bytes: f.bytes.length });
  }
  const made = result.made.docx + result.made.pdf;
  result.seconds = (performance.now() - t0) / 1000;
  if (failures.length > 0) {
    const asHtml = wanted.length - made;
    result.skipped = `${failures.join('; ')}: ${asHtml} of ${wanted.length} circulars meant as DOCX or PDF written as HTML instead`;
  }
  return result;
}
