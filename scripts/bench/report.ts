/**
 * The benchmark's results: their JSON shape, the budgets judged on them, and
 * the table printed at the end of a run.
 */
import type { AstroBreakdown } from './astro-log';
import type { IngestByFormat } from './formats';
import type { LighthousePage } from './lighthouse';
import type { StepResult } from './measure';
import type { OfficeResult } from './office';
import type { PageWeight } from './pages';
import type { Quality } from './quality';
import type { FirstResultTime, SearchResult } from './search';
import type { SearchFloor } from './search-floor';
import { FIRST_RESULT_MS, PAGE_BUDGETS } from '../lib/page-budgets';

export interface BenchResults {
  docs: number;
  seed: number;
  startedAt: string;
  finishedAt?: string;
  /** true until every step has run */
  partial: boolean;
  machine: { cpus: number; memoryBytes: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  /** git HEAD when the run started, and the tracked files that differed from it */
  code?: { commit: string | null; dirty: string[] };
  corpus?: {
    files: number;
    sidecars: number;
    bytes: number;
    seconds: number;
    debris: Record<string, number>;
    /** seeds per format (text, html, docx, pdf); absent in runs before formats */
    formats?: Record<string, number>;
    /** web pages with Word-export markup */
    wordExportPages?: number;
    /** the DOCX and PDF made by LibreOffice, or why they were written as HTML */
    office?: OfficeResult;
  };
  steps: Record<string, StepResult & { note?: string; internalSeconds?: number | null; summary?: string; astro?: AstroBreakdown }>;
  quality?: Quality;
  /** ingest throughput per seed format (scripts/bench/formats.ts) */
  ingestByFormat?: IngestByFormat | { error: string };
  sizes?: { distBytes: number; distFiles: number; indexBytes: number; indexFiles: number; contentBytes: number; baselineMdxDistBytes?: number; baselineMdDistBytes?: number };
  pages?: { circular: PageWeight | null; circularLargest: PageWeight | null; home: PageWeight | null; matrix: PageWeight | null; search: PageWeight | null };
  search?: SearchResult | { error: string };
  /** what each query of the fixed list loads from the index, and the same postings in smaller shapes */
  searchFloor?: SearchFloor | { error: string };
  /** time to the first result of each reader query under Lighthouse's mobile throttling */
  firstResults?: FirstResultTime[] | { error: string };
  lighthouse?: LighthousePage[] | { error: string };
  derived?: Derived;
  budgets?: Budget[];
}

export interface Derived {
  ingestPerSecondWall: number | null;
  ingestPerSecondCpu: number | null;
  unchangedReingestShare: number | null;
  oneChangedReingestShare: number | null;
  wholeBuildSeconds: number | null;
  wholeBuildPeakRssBytes: number | null;
  baselineMdxSeconds: number | null;
  baselineMdSeconds: number | null;
  ratioToMdx: number | null;
  ratioToMd: number | null;
  peakRatioToMdx: number | null;
  peakRatioToMd: number | null;
}

export interface Budget {
  id: string;
  text: string;
  value: string;
  met: boolean | null;
  note?: string;
}

const KB = 1024;
const GB = 1024 ** 3;
const fmtBytes = (n: number | null | undefined): string =>
  n == null ? 'n/a' : n >= GB ? `${(n / GB).toFixed(2)} GiB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : `${(n / KB).toFixed(1)} KiB`;
const fmtS = (n: number | null | undefined): string => (n == null ? 'n/a' : `${n.toFixed(n < 10 ? 2 : 1)} s`);
const ratio = (a: number | null | undefined, b: number | null | undefined): number | null => (a == null || b == null || b === 0 ? null : a / b);

const ok = (s: StepResult | undefined): s is StepResult => !!s && s.exitCode !== null && !s.timedOut;

export function derive(r: BenchResults): Derived {
  const ingest = r.steps['ingest-full'];
  const unchanged = r.steps['ingest-unchanged'];
  const one = r.steps['ingest-one-changed'];
  // A build that ran out of heap at the default is measured again with a larger heap (…-16g); use that figure.
  const effective = (name: string) => (r.steps[name]?.exitCode === 0 ? r.steps[name] : r.steps[`${name}-16g`] ?? r.steps[name]);
  const astro = effective('astro-build');
  // Pagefind over the whole site, or (--pagefind-glob) over the circular pages only.
  // None when the site build made the index itself (npm run build:site overlaps it with Astro).
  const withIndex = !!astro?.includesIndex;
  const pf = withIndex ? undefined : r.steps['pagefind']?.exitCode === 0 ? r.steps['pagefind'] : r.steps['pagefind-glob'] ?? r.steps['pagefind'];
  const mdx = effective('baseline-mdx');
  const md = effective('baseline-md');
  const cpu = (s: StepResult | undefined) => (s && s.userSeconds != null && s.systemSeconds != null ? s.userSeconds + s.systemSeconds : null);
  const indexSeconds = withIndex ? 0 : ok(pf) && pf.exitCode === 0 ? pf.wallSeconds : null;
  const whole = ok(ingest) && ok(astro) && astro.exitCode === 0 && indexSeconds != null ? ingest.wallSeconds + astro.wallSeconds + indexSeconds : null;
  const built = [ingest, astro, pf, r.steps['pagefind']].filter((s): s is StepResult => !!s);
  const peak = ingest && astro && (pf || withIndex) ? Math.max(...built.map((s) => s.treePeakRssBytes)) : null;
  const base = (s: StepResult | undefined) => (s && s.exitCode === 0 ? s.wallSeconds : null);
  return {
    ingestPerSecondWall: ok(ingest) ? r.docs / ingest.wallSeconds : null,
    ingestPerSecondCpu: ok(ingest) && cpu(ingest) ? r.docs / cpu(ingest)! : null,
    unchangedReingestShare: ok(ingest) && ok(unchanged) ? unchanged.wallSeconds / ingest.wallSeconds : null,
    oneChangedReingestShare: ok(ingest) && ok(one) ? one.wallSeconds / ingest.wallSeconds : null,
    wholeBuildSeconds: whole,
    wholeBuildPeakRssBytes: peak,
    baselineMdxSeconds: base(mdx),
    baselineMdSeconds: base(md),
    ratioToMdx: ratio(whole, base(mdx)),
    ratioToMd: ratio(whole, base(md)),
    peakRatioToMdx: mdx && mdx.exitCode === 0 ? ratio(peak, mdx.treePeakRssBytes) : null,
    peakRatioToMd: md && md.exitCode === 0 ? ratio(peak, md.treePeakRssBytes) : null,
  };
}

export function judge(r: BenchResults, d: Derived): Budget[] {
  const b: Budget[] = [];
  const at10k = r.docs >= 10_000;
  const scale = at10k ? '' : ` (budget is for 10,000; this run has ${r.docs.toLocaleString('en')})`;
  b.push({
    id: 'ingest-rate',
    text: 'Ingest ≥ 1,000 circulars/s on one core',
    value: `${d.ingestPerSecondCpu?.toFixed(0) ?? 'n/a'}/s per CPU-second (wall: ${d.ingestPerSecondWall?.toFixed(0) ?? 'n/a'}/s)`,
    met: d.ingestPerSecondCpu == null ? null : d.ingestPerSecondCpu >= 1000,
    note: 'judged on user+system CPU seconds of the ingest process tree (the machine is shared); wall shown too',
  });
  b.push({
    id: 'reingest-unchanged',
    text: 'Unchanged re-ingest ≤ 5% of a full ingest',
    value: d.unchangedReingestShare == null ? 'n/a' : `${(d.unchangedReingestShare * 100).toFixed(0)}% (${fmtS(r.steps['ingest-unchanged']?.wallSeconds)} vs ${fmtS(r.steps['ingest-full']?.wallSeconds)})`,
    met: d.unchangedReingestShare == null ? null : d.unchangedReingestShare <= 0.05,
    note: `one seed changed: ${d.oneChangedReingestShare == null ? 'n/a' : `${(d.oneChangedReingestShare * 100).toFixed(0)}%`}`,
  });
  const mdx = r.steps['baseline-mdx'];
  b.push({
    id: 'build-ratio-mdx',
    text: `Whole build (ingest + astro + index) ≤ 1.0 × bare MDX baseline${scale}`,
    value:
      d.ratioToMdx != null
        ? `${d.ratioToMdx.toFixed(2)} (${fmtS(d.wholeBuildSeconds)} vs ${fmtS(d.baselineMdxSeconds)}); vs bare Markdown ${d.ratioToMd?.toFixed(2) ?? 'n/a'} (${fmtS(d.baselineMdSeconds)})`
        : mdx && mdx.exitCode !== 0
          ? `baseline failed (${mdx.note ?? `exit ${mdx.exitCode}`}); ours ${fmtS(d.wholeBuildSeconds)}`
          : 'n/a',
    met: d.ratioToMdx != null ? d.ratioToMdx <= 1 : mdx && mdx.exitCode !== 0 && d.wholeBuildSeconds != null ? true : null,
    ...(mdx?.note ? { note: mdx.note } : {}),
  });
  const defaultHeap = r.steps['astro-build']?.exitCode === 0;
  const heapRetry = r.steps['astro-build-16g'];
  b.push({
    id: 'build-memory',
    text: `Peak memory ≤ 8 GB (default heap)${scale}`,
    value: `${fmtBytes(d.wholeBuildPeakRssBytes)} (process-tree sum; ${r.steps['astro-build']?.includesIndex ? 'site build with its search index' : 'astro'} ${fmtBytes(r.steps['astro-build']?.treePeakRssBytes)}${r.steps['astro-build-16g'] ? ` / with 16 GiB heap ${fmtBytes(r.steps['astro-build-16g'].treePeakRssBytes)}` : ''}${r.steps['pagefind'] ? `, pagefind ${fmtBytes(r.steps['pagefind'].treePeakRssBytes)}${r.steps['pagefind'].killedForMemory ? ' (stopped at the ceiling)' : ''}` : ''}${r.steps['pagefind-glob'] ? `, pagefind on circular pages only ${fmtBytes(r.steps['pagefind-glob'].treePeakRssBytes)}` : ''}, ingest ${fmtBytes(r.steps['ingest-full']?.treePeakRssBytes)})`,
    met: heapRetry ? false : d.wholeBuildPeakRssBytes == null || !defaultHeap ? null : d.wholeBuildPeakRssBytes <= 8 * 1e9,
    ...(heapRetry
      ? { note: `astro build ran out of memory at Node's default heap: ${r.steps['astro-build']?.note ?? ''}` }
      : r.steps['astro-build'] && !defaultHeap
        ? { note: `astro build failed (exit ${r.steps['astro-build'].exitCode}), see ${r.steps['astro-build'].log}` }
        : {}),
  });
  const pages = r.pages;
  const circ = pages?.circular;
  b.push({
    id: 'page-circular',
    text: 'Circular page ≤ 30 KB gzip HTML+CSS, no script but search',
    value: circ ? `${fmtBytes(circ.totalGzip)} (HTML ${fmtBytes(circ.htmlGzip)} + CSS ${fmtBytes(circ.totalGzip - circ.htmlGzip)}), ${circ.disallowedScripts} other scripts; largest page ${fmtBytes(pages?.circularLargest?.totalGzip)}` : 'n/a',
    met: circ ? circ.totalGzip <= PAGE_BUDGETS.circularPage && circ.disallowedScripts === 0 : null,
  });
  for (const [id, page, label] of [
    ['page-home', pages?.home, 'Home page'],
    ['page-matrix', pages?.matrix, 'Matrix page (/compare/)'],
  ] as const) {
    b.push({
      id,
      text: `${label} < 100 KB gzip HTML+CSS${scale}`,
      value: page ? `${fmtBytes(page.totalGzip)} (HTML ${fmtBytes(page.htmlGzip)}; ${page.scripts.length} scripts, ${page.disallowedScripts} not search)` : 'n/a (page does not exist)',
      met: page ? page.totalGzip < PAGE_BUDGETS.listPage : null,
    });
  }
  const s = r.search && 'first' in r.search ? r.search : null;
  b.push({
    id: 'search-first',
    text: `First search ≤ 300 KB downloaded${scale}`,
    value: s ? `${fmtBytes(s.first.gzipBytes)} gzip (${fmtBytes(s.first.bytes)} as served, ${s.first.requests} requests; ${s.mode})` : `n/a${r.search && 'error' in r.search ? ` (${r.search.error})` : ''}`,
    met: s ? s.first.gzipBytes <= PAGE_BUDGETS.firstSearch : null,
    ...(s?.problem ? { note: s.problem } : {}),
  });
  b.push({
    id: 'search-later',
    text: `Later searches ≤ 40 KB downloaded${scale}`,
    value: s
      ? `${fmtBytes(s.second.gzipBytes)} gzip (${fmtBytes(s.second.bytes)} as served, ${s.second.requests} requests, by ${s.secondVia}); through the API with the runtime loaded: ${fmtBytes(s.api.second.gzipBytes)}`
      : 'n/a',
    met: s ? s.second.gzipBytes <= PAGE_BUDGETS.laterSearch : null,
    ...(s?.problem ? { note: s.problem } : {}),
  });
  const floor = r.searchFloor && 'queries' in r.searchFloor ? r.searchFloor : null;
  if (floor) {
    // Lower bounds: the result fragments (about 5 KB each) come on top.
    const first = floor.queries.map((q) => ({ q, bytes: floor.runtimeBytes + floor.metaBytes + q.chunkBytes }));
    const within = (rows: { bytes: number }[], limit: number) => rows.filter((x) => x.bytes <= limit).length;
    const largest = (rows: { q: { query: string }; bytes: number }[]) => rows.reduce((a, x) => (x.bytes > a.bytes ? x : a));
    const later = floor.queries.map((q) => ({ q, bytes: q.chunkBytes }));
    b.push({
      id: 'search-first-list',
      text: `First search for each of the ${floor.queries.length} reader queries ≤ 300 KB (runtime, meta and index chunks; fragments not counted)${scale}`,
      value: `${within(first, PAGE_BUDGETS.firstSearch)} of ${floor.queries.length} within; largest ${fmtBytes(largest(first).bytes)} (${largest(first).q.query})`,
      met: within(first, PAGE_BUDGETS.firstSearch) === first.length,
    });
    b.push({
      id: 'search-later-list',
      text: `Later search for each of the ${floor.queries.length} reader queries ≤ 40 KB (index chunks; fragments not counted)${scale}`,
      value: `${within(later, PAGE_BUDGETS.laterSearch)} of ${floor.queries.length} within; largest ${fmtBytes(largest(later).bytes)} (${largest(later).q.query})`,
      met: within(later, PAGE_BUDGETS.laterSearch) === later.length,
    });
  }
  if (r.firstResults) {
    const times = Array.isArray(r.firstResults) ? r.firstResults : null;
    const within = times?.filter((t) => t.ms !== null && t.ms <= FIRST_RESULT_MS).length ?? 0;
    const sorted = (times ?? []).map((t) => t.ms ?? Infinity).sort((a, b) => a - b);
    const slowest = times?.reduce((a, t) => ((t.ms ?? Infinity) > (a.ms ?? Infinity) ? t : a));
    const seconds = (ms: number | null | undefined) => (ms == null || !Number.isFinite(ms) ? 'none within 60 s' : `${(ms / 1000).toFixed(1)} s`);
    b.push({
      id: 'search-first-result',
      text: `Time to the first result under Slow 4G and 4× CPU ≤ ${FIRST_RESULT_MS / 1000} s, each reader query${scale}`,
      value: times
        ? `${within} of ${times.length} within; median ${seconds(sorted[Math.floor(sorted.length / 2)])}; slowest ${seconds(slowest?.ms)} (${slowest?.query})`
        : `n/a (${'error' in r.firstResults ? r.firstResults.error : ''})`,
      met: times ? within === times.length : null,
    });
  }
  const lh = Array.isArray(r.lighthouse) ? r.lighthouse : null;
  for (const p of lh ?? []) {
    const sc = p.scores;
    const met =
      sc.performance == null || sc.accessibility == null || sc['best-practices'] == null || sc.seo == null
        ? null
        : sc.performance >= 95 && sc.accessibility === 100 && sc['best-practices'] >= 95 && sc.seo >= 95;
    b.push({
      id: `lighthouse-${p.name.replace(/\s+/g, '-')}`,
      text: `Lighthouse ${p.name} (${p.url}): perf ≥ 95, a11y 100, best practices ≥ 95, SEO ≥ 95`,
      value: p.error
        ? `error: ${p.error}`
        : `${sc.performance} / ${sc.accessibility} / ${sc['best-practices']} / ${sc.seo}${p.performanceRuns ? ` (performance the median of ${p.performanceRuns.join(', ')})` : ''}`,
      met,
      ...(met === false
        ? {
            note: Object.entries(p.failing)
              .filter(([, list]) => list.length > 0)
              .map(([c, list]) => `${c}: ${list.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ')}`)
              .join('; '),
          }
        : {}),
    });
  }
  return b;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => pad(c, widths[i]!)).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Benchmark: ${r.docs.toLocaleString('en')} circulars (seed ${r.seed}), ${r.machine.cpus} CPUs, Node ${r.machine.node}; load ${r.machine.loadAverageAtStart.map((n) => n.toFixed(1)).join(' ')} at start${r.machine.loadAverageAtEnd ? `, ${r.machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' ')} at end` : ''}`);
  if (r.code) out.push(`Code: ${r.code.commit ?? 'unknown commit'}${r.code.dirty.length > 0 ? ` + uncommitted changes in ${r.code.dirty.join(', ')}` : ''}`);
  if (r.corpus) out.push(`Corpus: ${r.corpus.files} files + ${r.corpus.sidecars} sidecars, ${fmtBytes(r.corpus.bytes)}, generated in ${fmtS(r.corpus.seconds)}; debris: ${Object.entries(r.corpus.debris).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (r.corpus?.formats) {
    const o = r.corpus.office;
    const office = !o ? '' : o.skipped ? `; DOCX/PDF skipped: ${o.skipped}` : `; DOCX/PDF by LibreOffice in ${fmtS(o.seconds)} (${o.reused} from the cache)`;
    out.push(`Formats: ${Object.entries(r.corpus.formats).map(([k, v]) => `${k} ${v}`).join(', ')} (${r.corpus.wordExportPages ?? 0} pages with Word-export markup)${office}`);
  }
  out.push('');
  const rows = [['step', 'exit', 'wall', 'user+sys', 'max RSS (1 proc)', 'peak RSS (tree)', 'procs', 'note']];
  for (const s of Object.values(r.steps)) {
    rows.push([
      s.name,
      s.timedOut ? 'timeout' : s.killedForMemory ? 'mem-cap' : String(s.exitCode),
      fmtS(s.wallSeconds),
      s.userSeconds == null ? 'n/a' : fmtS(s.userSeconds + (s.systemSeconds ?? 0)),
      fmtBytes(s.maxRssBytes),
      fmtBytes(s.treePeakRssBytes),
      String(s.treePeakProcesses),
      [s.internalSeconds != null ? `pipeline ${fmtS(s.internalSeconds)}` : '', s.note ?? ''].filter(Boolean).join('; '),
    ]);
  }
  out.push(table(rows));
  for (const s of Object.values(r.steps)) {
    if (!s.astro) continue;
    const a = s.astro;
    out.push(
      `  ${s.name}: content sync ${a.contentSyncSeconds ?? 'n/a'} s, server build ${a.serverBuildSeconds?.toFixed(1) ?? 'n/a'} s, ${a.pages ?? 'n/a'} pages in ${a.pagesSeconds?.toFixed(1) ?? 'n/a'} s; slowest routes: ${a.routes
        .slice(0, 4)
        .map((x) => `${x.route.replace('src/pages/', '')} ${x.pages}× ${x.wallSeconds} s`)
        .join(', ')}`,
    );
  }
  if (r.ingestByFormat) {
    out.push('');
    if ('error' in r.ingestByFormat) out.push(`Ingest by format: error ${r.ingestByFormat.error}`);
    else {
      out.push(`Ingest by format (${r.ingestByFormat.method}):`);
      const rowsF = [['format', 'seeds', 'size', 'rounds', 'CPU', 'wall', 'circulars/CPU-s', 'circulars/s wall', 'errors']];
      for (const [format, f] of Object.entries(r.ingestByFormat.formats)) {
        rowsF.push([format, String(f.files), fmtBytes(f.bytes), String(f.rounds), fmtS(f.cpuSeconds), fmtS(f.wallSeconds), f.perCpuSecond.toFixed(0), f.perWallSecond.toFixed(0), String(f.errors)]);
      }
      out.push(table(rowsF));
      for (const [format, f] of Object.entries(r.ingestByFormat.formats)) for (const e of f.errorExamples) out.push(`  ${format} error: ${e.file}: ${e.reason}`);
    }
  }
  if (r.sizes) {
    out.push('');
    out.push(`Sizes: dist ${fmtBytes(r.sizes.distBytes)} in ${r.sizes.distFiles} files; search index ${fmtBytes(r.sizes.indexBytes)} in ${r.sizes.indexFiles} files; content ${fmtBytes(r.sizes.contentBytes)}; baseline dist MDX ${fmtBytes(r.sizes.baselineMdxDistBytes)}, Markdown ${fmtBytes(r.sizes.baselineMdDistBytes)}`);
  }
  if (r.pages) {
    const rowsP = [['page', 'HTML', 'HTML gz', 'CSS gz', 'total gz', 'scripts (not search)']];
    for (const [name, p] of Object.entries(r.pages)) {
      if (!p) {
        rowsP.push([name, 'n/a', '', '', '', '']);
        continue;
      }
      rowsP.push([`${name} ${p.path}`, fmtBytes(p.htmlBytes), fmtBytes(p.htmlGzip), fmtBytes(p.totalGzip - p.htmlGzip), fmtBytes(p.totalGzip), `${p.scripts.length} (${p.disallowedScripts})`]);
    }
    out.push('');
    out.push(table(rowsP));
  }
  if (r.search) {
    out.push('');
    if ('error' in r.search) out.push(`Search: error ${r.search.error}`);
    else {
      const s = r.search;
      const kinds = (p: typeof s.first) => Object.entries(p.byKind).map(([k, v]) => `${k} ${v.requests}× ${fmtBytes(v.gzipBytes)}`).join(', ');
      out.push(`Search (${s.mode}; queries ${s.queries.join(' / ')}; results shown ${s.resultsShown.join(' / ')}):`);
      if (s.page) out.push(`  page HTML+CSS: ${fmtBytes(s.page.gzipBytes)} gzip`);
      out.push(`  first:  ${fmtBytes(s.first.gzipBytes)} gzip, ${fmtBytes(s.first.bytes)} as served — ${kinds(s.first)}`);
      out.push(`  second: ${fmtBytes(s.second.gzipBytes)} gzip, ${fmtBytes(s.second.bytes)} as served — ${kinds(s.second)}`);
      out.push(`  second search made by: ${s.secondVia}`);
      out.push(`  Pagefind API (runtime kept loaded): first ${fmtBytes(s.api.first.gzipBytes)} — ${kinds(s.api.first)}; later ${fmtBytes(s.api.second.gzipBytes)} — ${kinds(s.api.second)}`);
      if (s.problem) out.push(`  note: ${s.problem}`);
      for (const e of (s.errors ?? []).slice(0, 5)) out.push(`  error on the search page: ${e}`);
    }
  }
  if (r.searchFloor) {
    out.push('');
    if ('error' in r.searchFloor) out.push(`Search index per reader query: error ${r.searchFloor.error}`);
    else {
      const f = r.searchFloor;
      out.push(`Search index per reader query (${f.pages} pages, ${f.shards} shard(s); a first search also loads the runtime ${fmtBytes(f.runtimeBytes)} and the meta files ${fmtBytes(f.metaBytes)}):`);
      const rowsF = [['query', 'words', 'pages', 'chunks', 'chunk bytes', 'its postings', 'positions 0', 'one position a page', 'page bitmap + counts']];
      for (const q of f.queries) rowsF.push([q.query, q.words.join(' '), String(q.pages), String(q.chunks), fmtBytes(q.chunkBytes), fmtBytes(q.postingBytes), fmtBytes(q.countsBytes), fmtBytes(q.presenceBytes), fmtBytes(q.idsTfBytes)]);
      out.push(table(rowsF));
    }
  }
  if (r.firstResults) {
    out.push('');
    if ('error' in r.firstResults) out.push(`Time to the first result: error ${r.firstResults.error}`);
    else {
      const shown = r.firstResults.map((t) => `${t.query} ${t.ms === null ? 'none within 60 s' : `${(t.ms / 1000).toFixed(1)} s`}`);
      out.push(`Time to the first result at /search/?q=, empty cache, Slow 4G and 4× CPU: ${shown.join(', ')}`);
    }
  }
  if (r.lighthouse) {
    out.push('');
    if ('error' in r.lighthouse) out.push(`Lighthouse: error ${r.lighthouse.error}`);
    else {
      const rowsL = [['lighthouse', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'DOM']];
      for (const p of r.lighthouse) {
        rowsL.push([
          `${p.name} ${p.url}`,
          String(p.scores.performance ?? 'n/a'),
          String(p.scores.accessibility ?? 'n/a'),
          String(p.scores['best-practices'] ?? 'n/a'),
          String(p.scores.seo ?? 'n/a'),
          p.metrics.lcpMs == null ? '' : `${(p.metrics.lcpMs / 1000).toFixed(1)} s`,
          p.metrics.tbtMs == null ? '' : `${p.metrics.tbtMs.toFixed(0)} ms`,
          p.metrics.domSize == null ? '' : String(p.metrics.domSize),
        ]);
      }
      out.push(table(rowsL));
    }
  }
  if (r.quality) {
    const q = r.quality;
    out.push('');
    out.push(`Extraction vs generator truth (${q.circulars} circulars, ${q.missingOutputs} without output): ${Object.entries(q.fields).map(([k, v]) => `${k} ${(v.rate * 100).toFixed(1)}% of ${v.expected}`).join(', ')}`);
    for (const [format, f] of Object.entries(q.byFormat ?? {})) {
      const scored = Object.entries(f.fields).filter(([, v]) => v.expected > 0);
      out.push(`  ${format} (${f.circulars} circulars, ${f.missingOutputs} without output): ${scored.map(([k, v]) => `${k} ${(v.rate * 100).toFixed(1)}% of ${v.expected}`).join(', ') || 'nothing to score'}`);
    }
    if (q.pageFacts) out.push(`  web pages: the page's own title taken as the circular's ${q.pageFacts.titleTaken}×, its publish date taken as the circular's ${q.pageFacts.dateTaken}× (of ${q.pageFacts.pages} pages)`);
    const l = q.citationLinks;
    if (l) out.push(`Citation links: ${l.correct} to the cited circular, ${l.wrong} to another one (${l.wrongSharedTitle} of them where several circulars share the cited title), ${l.unlinked} unlinked`);
    const d = q.debris;
    out.push(`Debris: chrome lines put ${d.chromeLinesPut} / dropped ${d.chromePiecesDropped}; blobs ${d.blobsPut} / ${d.blobsDropped}; repeats ${d.repeatsPut} / ${d.repeatsDropped}; page breaks ${d.splitsPut} / joins ${d.joinsReported}`);
  }
  if (r.derived) {
    const d = r.derived;
    out.push('');
    out.push(`Whole build ${fmtS(d.wholeBuildSeconds)}, peak ${fmtBytes(d.wholeBuildPeakRssBytes)}; bare MDX ${fmtS(d.baselineMdxSeconds)} (ratio ${d.ratioToMdx?.toFixed(2) ?? 'n/a'}, memory ratio ${d.peakRatioToMdx?.toFixed(2) ?? 'n/a'}); bare Markdown ${fmtS(d.baselineMdSeconds)} (ratio ${d.ratioToMd?.toFixed(2) ?? 'n/a'}, memory ratio ${d.peakRatioToMd?.toFixed(2) ?? 'n/a'})`);
  }
  if (r.budgets) {
    out.push('');
    out.push('Budgets:');
    for (const b of r.budgets) {
      const mark = b.met === null ? 'n/a    ' : b.met ? 'met    ' : 'NOT MET';
      out.push(`  [${mark}] ${b.text}: ${b.value}${b.note ? `\n            ${b.note}` : ''}`);
    }
  }
  return out.join('\n');
}
