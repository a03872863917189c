/**
 * npm run bench -- --docs N --out FILE [--seed S] [--skip reingest,formats,baselines,mdx,md,search,lighthouse] [--timeout-minutes M] [--resume]
 * npm run bench -- --report FILE     (the table of an earlier run again)
 *
 * Scale benchmark. Generates a synthetic corpus of N circulars from
 * the seeds (deterministic for a seed) — text files, web pages, and DOCX and PDF
 * made by LibreOffice when it is installed (scripts/bench/office.ts) — then measures in one run:
 *   ingest (full, unchanged, one seed changed), ingest throughput per format
 *   (scripts/bench/formats.ts), the site build with its search index — wall
 *   clock, CPU, peak memory of each process tree; sizes of dist/ and of the
 *   search index; page weights; what a first and a second search download in
 *   Chromium; Lighthouse on home, circular, matrix and search pages; and the
 *   same texts built by two bare Astro sites (MDX, Markdown) as baselines.
 * Writes the results as JSON (--out, rewritten after every step, `partial`
 * until the end) and prints a table with every budget marked met / not met.
 *
 * Everything goes under bench-out/<N>/ (git-ignored); the real content/ and
 * dist/ are never touched: the site is built with CIRCULARS_DIR, OUT_DIR and
 * ASTRO_CACHE_DIR pointing there (src/content.config.ts, astro.config.mjs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroBreakdown } from './bench/astro-log';
import { writeBaselineSite } from './bench/baseline';
import { DEBRIS_KINDS, editOneSeed, generateCorpus, SEED_FORMATS, type Truth } from './bench/generate-corpus';
import { measureIngestByFormat } from './bench/formats';
import { runLighthouse } from './bench/lighthouse';
import { folderSize, runStep, type StepResult } from './bench/measure';
import { largestCircularPage, pageWeight, typicalCircularPage } from './bench/pages';
import { makeOfficeFiles } from './bench/office';
import { loadPools } from './bench/pools';
import { assessQuality } from './bench/quality';
import { derive, formatReport, judge, type BenchResults } from './bench/report';
import { measureFirstResultTimes, measureSearch } from './bench/search';
import { searchFloor } from './bench/search-floor';
import { READER_QUERIES } from './bench/search-queries';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20250607' },
    skip: { type: 'string', default: '' },
    'timeout-minutes': { type: 'string', default: '120' },
    /** continue an interrupted run: keep the steps of --out that succeeded, run the rest */
    resume: { type: 'boolean', default: false },
    /** stop a step whose process tree passes this many GiB (the machine is shared; its OOM killer must never fire) */
    'memory-ceiling-gb': { type: 'string', default: '14' },
    // index only these pages (pagefind --glob), e.g. circulars/<slug>/index.html: the only pages with data-pagefind-body
    'pagefind-glob': { type: 'string' },
    /** print the table of an earlier run's JSON again (budgets re-judged), without running anything */
    report: { type: 'string' },
  },
});

if (values.report) {
  const earlier = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResults;
  const logs = path.resolve('bench-out', String(earlier.docs), 'logs');
  for (const [name, step] of Object.entries(earlier.steps)) {
    const log = path.join(logs, `${name}.log`);
    if (!step.astro && /astro|baseline/.test(name) && existsSync(log)) {
      const b = astroBreakdown(readFileSync(log, 'utf8'));
      step.astro = { ...b, routes: b.routes.slice(0, 12) };
    }
  }
  const truthFile = path.resolve('bench-out', String(earlier.docs), 'truth.json');
  const contentDir = path.resolve('bench-out', String(earlier.docs), 'content', 'circulars');
  if (earlier.quality && !earlier.quality.citationLinks && existsSync(truthFile) && existsSync(contentDir)) {
    earlier.quality = assessQuality(JSON.parse(readFileSync(truthFile, 'utf8')) as Truth[], contentDir);
    writeFileSync(values.report, `${JSON.stringify(earlier, null, 2)}\n`);
  }
  earlier.derived = derive(earlier);
  earlier.budgets = judge(earlier, earlier.derived);
  console.log(formatReport(earlier));
  process.exit(0);
}

const docs = Number(values.docs);
const seed = Number(values.seed);
if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive integer, got ${values.docs}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const timeoutSeconds = Number(values['timeout-minutes']) * 60;
const memoryCeilingBytes = Number(values['memory-ceiling-gb']) * 2 ** 30;

const ROOT = process.cwd();
const WORK = path.resolve('bench-out', String(docs));
const SEEDS = path.join(WORK, 'seeds');
const CONTENT = path.join(WORK, 'content', 'circulars');
const DIST = path.join(WORK, 'dist');
const CACHE = path.join(WORK, 'astro-cache');
const LOGS = path.join(WORK, 'logs');
/** The ingest's own cache (scripts/lib/ingest-cache.ts), per run: the full ingest starts cold, the shared one is left alone. */
const INGEST_CACHE = path.join(WORK, 'ingest-cache');
const OUT = path.resolve(values.out ?? path.join('bench-out', `bench-${docs}.json`));
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

const results: BenchResults = {
  docs,
  seed,
  startedAt: new Date().toISOString(),
  partial: true,
  machine: { cpus: os.cpus().length, memoryBytes: os.totalmem(), node: process.version, loadAverageAtStart: os.loadavg() },
  code: codeVersion(),
  steps: {},
};

/** The commit measured, and whether the working tree had changes (several engineers work in it at once). */
function codeVersion(): { commit: string | null; dirty: string[] } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: [] };
  }
}

if (values.resume && existsSync(OUT)) {
  const earlier = JSON.parse(readFileSync(OUT, 'utf8')) as BenchResults;
  if (earlier.docs !== docs || earlier.seed !== seed) throw new Error(`--resume: ${OUT} is a run of ${earlier.docs} circulars with seed ${earlier.seed}`);
  results.startedAt = earlier.startedAt;
  results.machine.loadAverageAtStart = earlier.machine.loadAverageAtStart;
  results.corpus = earlier.corpus;
  results.steps = earlier.steps;
  if (earlier.quality) results.quality = earlier.quality;
  if (earlier.ingestByFormat && !('error' in earlier.ingestByFormat)) results.ingestByFormat = earlier.ingestByFormat;
}

/** A step that an earlier run (--resume) already measured. */
const done = (name: string) => !!values.resume && (results.steps[name]?.exitCode === 0 || results.steps[`${name}-16g`]?.exitCode === 0);

function save(): void {
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
}

function say(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function mib(n: number): string {
  return `${(n / 2 ** 20).toFixed(0)} MiB`;
}

async function step(name: string, command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; note?: string } = {}): Promise<StepResult> {
  say(`${name}: ${[command, ...args].map((a) => path.relative(ROOT, a) || a).join(' ')}`);
  const r = await runStep({ name, command, args, cwd: opts.cwd ?? ROOT, env: opts.env, logDir: LOGS, timeoutSeconds, heartbeatSeconds: 60, memoryCeilingBytes });
  const killed = r.killedForMemory ? `stopped at the ${values['memory-ceiling-gb']} GiB memory ceiling after ${r.wallSeconds.toFixed(0)} s` : '';
  results.steps[name] = { ...r, ...(opts.note || killed ? { note: [opts.note, killed].filter(Boolean).join('; ') } : {}) };
  save();
  say(`${name}: exit ${r.timedOut ? 'timeout' : r.killedForMemory ? 'memory ceiling' : r.exitCode}, ${r.wallSeconds.toFixed(1)} s wall, tree peak ${mib(r.treePeakRssBytes)}`);
  if (r.exitCode !== 0 && r.tail) say(`${name}: last lines of ${r.log}:\n${r.tail}`);
  return r;
}

/** An astro build step, with where its time went (content sync, server build, routes) read from its log. */
async function astroStep(name: string, cwd: string, env: NodeJS.ProcessEnv, command: [string, string[]] = [bin('astro'), ['build']]): Promise<StepResult> {
  const r = await step(name, command[0], command[1], { cwd, env });
  const log = path.join(LOGS, `${name}.log`);
  if (existsSync(log)) {
    const b = astroBreakdown(readFileSync(log, 'utf8'));
    results.steps[name]!.astro = { ...b, routes: b.routes.slice(0, 12) };
    save();
  }
  return r;
}

const OOM = /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/;

/** An astro build; when it runs out of heap at Node's default, once more with a larger heap so the figures exist. */
async function astroBuild(name: string, cwd: string, env: NodeJS.ProcessEnv): Promise<StepResult> {
  const r = await astroStep(name, cwd, env);
  if (r.exitCode !== 0 && OOM.test(readFileSync(path.join(LOGS, `${name}.log`), 'utf8'))) {
    const first = results.steps[name]!;
    say(`${name}: out of memory at the default heap after ${first.wallSeconds.toFixed(0)} s; again with --max-old-space-size=16384`);
    const again = await astroStep(`${name}-16g`, cwd, { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16384`.trim() });
    first.note = `out of memory at Node's default heap after ${first.wallSeconds.toFixed(0)} s (tree peak ${mib(first.treePeakRssBytes)}); with --max-old-space-size=16384: exit ${again.exitCode}, ${again.wallSeconds.toFixed(0)} s, peak ${mib(again.treePeakRssBytes)}`;
    save();
    return again.exitCode === 0 ? { ...again, name } : r;
  }
  return r;
}

function internalSeconds(log: string): { seconds: number | null; summary: string | null } {
  const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
  const line = text.split('\n').reverse().find((l) => /^ingest: \d+ files/.test(l)) ?? null;
  const m = line?.match(/\(([\d.]+) s\)\s*$/);
  return { seconds: m ? Number(m[1]) : null, summary: line };
}

async function main(): Promise<void> {
  mkdirSync(LOGS, { recursive: true });
  say(`${docs} circulars in ${path.relative(ROOT, WORK)}; results to ${path.relative(ROOT, OUT)}`);

  // 1. The corpus
  const t0 = performance.now();
  const pools = loadPools(path.join(ROOT, 'seeds'));
  const corpus = generateCorpus({ docs, seed, pools });
  // DOCX and PDF from LibreOffice (cached by content); without it they are written as HTML, and the run goes on.
  const office = makeOfficeFiles(corpus);
  if (office.skipped) say(`office: DOCX and PDF skipped — ${office.skipped}`);
  else if (office.made.docx + office.made.pdf > 0) say(`office: ${office.made.docx} DOCX and ${office.made.pdf} PDF by LibreOffice, ${office.reused} from the cache, ${office.seconds.toFixed(1)} s`);
  const slugOf = new Map(corpus.truth.map((t) => [t.file, t.slug]));
  if (!done('ingest-full')) {
    rmSync(SEEDS, { recursive: true, force: true });
    mkdirSync(SEEDS, { recursive: true });
    for (const f of corpus.files) writeFileSync(path.join(SEEDS, f.name), f.bytes);
    for (const [name, text] of corpus.sidecars) writeFileSync(path.join(SEEDS, name), text);
    writeFileSync(path.join(WORK, 'truth.json'), `${JSON.stringify(corpus.truth)}\n`);
  }
  const debris = Object.fromEntries(DEBRIS_KINDS.map((k) => [k, corpus.truth.filter((t) => t.debris.includes(k)).length]));
  const formats = Object.fromEntries(SEED_FORMATS.map((f) => [f, corpus.files.filter((x) => x.format === f).length]));
  results.corpus = {
    files: corpus.files.length,
    sidecars: corpus.sidecars.size,
    bytes: corpus.files.reduce((n, f) => n + f.bytes.length, 0),
    seconds: (performance.now() - t0) / 1000,
    debris,
    formats,
    wordExportPages: corpus.truth.filter((t) => t.page?.wordExport).length,
    office: { ...office, seconds: Number(office.seconds.toFixed(2)) },
  };
  save();
  say(`corpus: ${corpus.files.length} files (${Object.entries(formats).map(([f, n]) => `${f} ${n}`).join(', ')}), ${mib(results.corpus.bytes)}, ${results.corpus.seconds.toFixed(1)} s`);

  // 2. Ingest: full (cold), unchanged, one seed changed
  if (!done('ingest-full')) {
    rmSync(path.join(WORK, 'content'), { recursive: true, force: true });
    rmSync(INGEST_CACHE, { recursive: true, force: true });
  }
  // What `npm run ingest` runs: the CLI precompiled into one bundle (scripts/run-ingest.mjs).
  const ingestArgs = [path.join(ROOT, 'scripts', 'run-ingest.mjs'), '--seeds', SEEDS, '--out', CONTENT];
  for (const [name, prepare] of [
    ['ingest-full', () => undefined],
    ['ingest-unchanged', () => undefined],
    [
      'ingest-one-changed',
      () => {
        // A text seed: editOneSeed adds a sentence to a text, not to markup or a container.
        const f = corpus.files.find((x, i) => i >= Math.floor(docs / 2) && x.format === 'text' && corpus.truth[i]!.encoding === 'utf-8' && !corpus.truth[i]!.debris.includes('bom')) ?? corpus.files[0]!;
        writeFileSync(path.join(SEEDS, f.name), editOneSeed(f.text));
        return f.name;
      },
    ],
  ] as const) {
    if (done(name) || (name !== 'ingest-full' && skip.has('reingest'))) continue;
    const changed = prepare();
    await step(name, process.execPath, ingestArgs, { env: { INGEST_CACHE_DIR: INGEST_CACHE }, ...(changed ? { note: `changed ${changed}` } : {}) });
    const s = results.steps[name]!;
    const { seconds, summary } = internalSeconds(path.join(LOGS, `${name}.log`));
    s.internalSeconds = seconds;
    if (summary) s.summary = summary;
    const wrote = summary?.match(/wrote (\d+)/)?.[1];
    if (wrote) s.note = [s.note, `wrote ${wrote} files`].filter(Boolean).join('; ');
    save();
  }
  if (!results.quality) results.quality = assessQuality(corpus.truth, CONTENT);
  save();

  // Ingest throughput per format, in this process (scripts/bench/formats.ts says how and why).
  if (!skip.has('formats') && !results.ingestByFormat) {
    say('ingest by format: in-process, per format');
    try {
      results.ingestByFormat = await measureIngestByFormat(corpus);
    } catch (e) {
      results.ingestByFormat = { error: (e as Error).message.split('\n')[0]! };
    }
    save();
  }

  // 3. The site with its search index (cold cache)
  if (!done('astro-build')) {
    rmSync(DIST, { recursive: true, force: true });
    rmSync(CACHE, { recursive: true, force: true });
  }
  // The loader records file paths relative to the site root, so the content folder is given relative to it.
  // SEEDS_DIR: the reading pages list and serve the seeds (src/lib/reading/reading-site.ts).
  // Our site is built as `npm run build:site` builds it (scripts/build-site.ts: astro build with the
  // V8 settings that script gives it, the bodies rendered ahead next to it, the search index started as
  // soon as the circular pages are written): one step, the index included.
  const siteEnv = { CIRCULARS_DIR: path.relative(ROOT, CONTENT), SEEDS_DIR: SEEDS, OUT_DIR: DIST, ASTRO_CACHE_DIR: CACHE };
  const glob = values['pagefind-glob'];
  const siteArgs = [path.join(ROOT, 'scripts/build-site.ts'), ...(glob ? ['--skip-index'] : [])];
  const astro = done('astro-build') ? results.steps['astro-build']! : await astroStep('astro-build', ROOT, siteEnv, [process.execPath, ['--import', 'tsx', ...siteArgs]]);
  if (!glob) {
    results.steps['astro-build']!.includesIndex = true; // what derive() reads
    save();
  }
  const pagefindStep = 'pagefind-glob';
  if (glob && astro.exitCode === 0 && !done(pagefindStep)) {
    // An experiment: the site without its index, then Pagefind alone over the pages the glob names.
    await step(pagefindStep, bin('pagefind'), ['--site', DIST, '--glob', glob], { note: `only ${glob}` });
  }

  // 4. Baselines, right after ours so that they run under similar load
  if (!skip.has('baselines')) {
    for (const kind of ['mdx', 'md'] as const) {
      if (skip.has(kind) || done(`baseline-${kind}`)) continue;
      const dir = path.join(WORK, `baseline-${kind}`);
      writeBaselineSite(dir, kind, corpus.files, ROOT, (f) => slugOf.get(f.name)!);
      await astroBuild(`baseline-${kind}`, dir, {});
    }
  }

  // 5. Sizes and pages
  const dist = folderSize(DIST);
  // The search index: /pagefind/ (one index, its shards joined at the end of the build).
  const index = folderSize(path.join(DIST, 'pagefind'));
  results.sizes = {
    distBytes: dist.bytes,
    distFiles: dist.files,
    indexBytes: index.bytes,
    indexFiles: index.files,
    contentBytes: folderSize(path.join(WORK, 'content')).bytes,
    baselineMdxDistBytes: folderSize(path.join(WORK, 'baseline-mdx', 'dist')).bytes,
    baselineMdDistBytes: folderSize(path.join(WORK, 'baseline-md', 'dist')).bytes,
  };
  const typical = typicalCircularPage(DIST);
  const largest = largestCircularPage(DIST);
  results.pages = {
    circular: typical ? pageWeight(DIST, typical.path) : null,
    circularLargest: largest ? pageWeight(DIST, largest) : null,
    home: pageWeight(DIST, 'index.html'),
    matrix: pageWeight(DIST, 'compare/index.html'),
    search: pageWeight(DIST, 'search/index.html'),
  };
  save();

  // 6. Search in Chromium
  if (!skip.has('search') && astro.exitCode === 0) {
    say('search: measuring in Chromium');
    try {
      results.search = await measureSearch(DIST);
    } catch (e) {
      results.search = { error: (e as Error).message.split('\n')[0]! };
    }
    save();
    say('search: what each query of the fixed list loads from the index');
    try {
      results.searchFloor = searchFloor(DIST, READER_QUERIES);
    } catch (e) {
      results.searchFloor = { error: (e as Error).message.split('\n')[0]! };
    }
    save();
    say('search: time to the first result of each query, on a throttled phone');
    try {
      results.firstResults = await measureFirstResultTimes(DIST, READER_QUERIES);
    } catch (e) {
      results.firstResults = { error: (e as Error).message.split('\n')[0]! };
    }
    save();
  }

  // 7. Lighthouse
  if (!skip.has('lighthouse') && astro.exitCode === 0) {
    const pages = [
      { name: 'home', path: '/' },
      ...(typical ? [{ name: 'circular', path: `/${path.dirname(typical.path)}/` }] : []),
      ...(results.pages.matrix ? [{ name: 'matrix', path: '/compare/' }] : []),
      // The search page three times (the issue's median), and with a common-word query it runs on load.
      ...(results.pages.search
        ? [
            { name: 'search', path: '/search/', runs: 3 },
            { name: 'search with a query', path: `/search/?q=${encodeURIComponent(READER_QUERIES[8]!)}`, runs: 3 },
          ]
        : []),
    ];
    say(`lighthouse: ${pages.map((p) => p.path).join(' ')}`);
    try {
      results.lighthouse = await runLighthouse(DIST, pages);
    } catch (e) {
      results.lighthouse = { error: (e as Error).message.split('\n')[0]! };
    }
    save();
  }

  results.derived = derive(results);
  results.budgets = judge(results, results.derived);
  results.partial = false;
  results.finishedAt = new Date().toISOString();
  results.machine.loadAverageAtEnd = os.loadavg();
  save();
  console.log(formatReport(results));
  console.log(`\nResults: ${path.relative(ROOT, OUT)}; logs: ${path.relative(ROOT, LOGS)}/`);
}

main().catch((e) => {
  console.error(e);
  save();
  process.exit(1);
});
