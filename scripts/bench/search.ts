/**
 * What a search downloads, measured in Chromium (playwright-core, Debian's
 * /usr/bin/chromium) against the built site served on loopback.
 *
 * With a /search/ page: open /search/?q=<first query> (the page runs it on
 * load) and wait until the network is quiet; then type the second query into
 * its search box (and press Enter if typing does nothing). The first search
 * counts everything the page fetched for search (its scripts, Pagefind's
 * runtime, wasm, filters, index and fragments) but not the page's own HTML and
 * CSS (reported apart). Always also: Pagefind's API from the home page with
 * the least a results list needs (search, data() of the first five results,
 * no filters): the floor for a first and a later search with Pagefind as built.
 *
 * The loopback server does not compress; `gzipBytes` is what a host sending
 * text types gzipped would transfer (Pagefind's index files are compressed
 * already and count as they are).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { startStaticServer } from '../lib/static-server';
import { gzipSize } from './pages';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Fetched {
  url: string;
  kind: string;
  bytes: number;
  gzipBytes: number;
}

export interface PhaseBytes {
  requests: number;
  bytes: number;
  gzipBytes: number;
  byKind: Record<string, { requests: number; bytes: number; gzipBytes: number }>;
}

export interface ApiBytes {
  first: PhaseBytes;
  second: PhaseBytes;
  results: [number, number];
}

export interface SearchResult {
  mode: 'search-page' | 'pagefind-api';
  queries: [string, string];
  /** the search page itself: HTML and CSS */
  page: PhaseBytes | null;
  /** first search: its scripts and data, from page load to the first results */
  first: PhaseBytes;
  second: PhaseBytes;
  resultsShown: [number | null, number | null];
  /** how the second search was made: typing (the page searches as one types), Enter, or Enter that reloaded the page */
  secondVia: 'typing' | 'enter' | 'enter-reload' | 'api';
  /** the same two queries through Pagefind's API with the runtime kept loaded: the floor for a later search */
  api: ApiBytes;
  files: { first: Fetched[]; second: Fetched[] };
  /** why the search page could not be measured as a reader uses it */
  problem?: string;
  /** script errors on the search page */
  errors?: string[];
}

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|csv)$|\/$/i;

function kindOf(url: string): string {
  const p = new URL(url).pathname;
  if (/\/pagefind\/fragment\//.test(p)) return 'pagefind fragment';
  if (/\/pagefind\/index\//.test(p)) return 'pagefind index chunk';
  if (/\/pagefind\/filter\//.test(p)) return 'pagefind filter';
  if (/\/pagefind\/.*\.pf_meta$/.test(p)) return 'pagefind meta';
  if (/\/pagefind\/wasm\./.test(p)) return 'pagefind wasm';
  if (/\/pagefind\/pagefind-entry\.json$/.test(p)) return 'pagefind entry';
  if (/\/pagefind\/.*\.js$/.test(p)) return 'pagefind js';
  if (/\/pagefind\//.test(p)) return 'pagefind other';
  if (/\.js$|\.mjs$/.test(p)) return 'site js';
  if (/\.css$/.test(p)) return 'css';
  if (/\.json$/.test(p)) return 'site json';
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  return 'other';
}

function summarize(list: Fetched[]): PhaseBytes {
  const byKind: PhaseBytes['byKind'] = {};
  for (const f of list) {
    const k = (byKind[f.kind] ??= { requests: 0, bytes: 0, gzipBytes: 0 });
    k.requests++;
    k.bytes += f.bytes;
    k.gzipBytes += f.gzipBytes;
  }
  return {
    requests: list.length,
    bytes: list.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: list.reduce((n, f) => n + f.gzipBytes, 0),
    byKind,
  };
}

/** Collects every response of a page into the current bucket, and tells when the network has been quiet. */
class Recorder {
  bucket: Fetched[] = [];
  private inFlight = 0;
  private last = Date.now();
  private pending: Promise<void>[] = [];

  constructor(page: Page) {
    page.on('request', () => {
      this.inFlight++;
      this.last = Date.now();
    });
    const done = () => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.last = Date.now();
    };
    page.on('requestfailed', done);
    page.on('requestfinished', async (request) => {
      const bucket = this.bucket;
      const task = (async () => {
        const response: Response | null = await request.response();
        if (!response) return;
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return;
        }
        const url = response.url();
        const p = new URL(url).pathname;
        bucket.push({ url: p, kind: kindOf(url), bytes: body.length, gzipBytes: COMPRESSIBLE.test(p) ? gzipSize(body) : body.length });
      })();
      this.pending.push(task);
      await task;
      done();
    });
  }

  async quiet(quietMs = 1200, maxMs = 60_000): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < maxMs) {
      await new Promise((r) => setTimeout(r, 100));
      if (this.inFlight === 0 && Date.now() - this.last >= quietMs) break;
    }
    await Promise.all(this.pending);
  }

  take(): Fetched[] {
    const out = this.bucket;
    this.bucket = [];
    return out;
  }
}

/** What the results list shows now: its links, in order (to tell when a new search has rendered). */
async function resultsSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-results], .search-results, .pagefind-ui__results');
    const status = document.querySelector('[data-status], [role="status"]');
    return `${status?.textContent ?? ''}|${list ? [...list.querySelectorAll('a')].map((a) => a.getAttribute('href')).join(' ') : ''}`;
  });
}

/**
 * Wait until the results list shows something other than `before` (the search ran and rendered), then until
 * the network is quiet. Pagefind's wasm can compute for seconds on large index chunks with no request in flight,
 * so network quiet alone would end the wait too early.
 */
async function waitForResults(page: Page, rec: Recorder, before: string, maxMs = 90_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const now = await resultsSignature(page);
    if (now !== before && !/正在检索|检索中|Loading/i.test(now.split('|')[0] ?? '')) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await rec.quiet(1500);
}

async function countResults(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-results], .search-results, .pagefind-ui__results');
    return list ? list.children.length : null;
  });
}

/** Pagefind's API from the home page, as the site's search page uses it: options, init, filters (facet counts), search, data() of the first ten results. */
async function measureApi(browser: Browser, base: string, queries: [string, string]): Promise<ApiBytes> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const rec = new Recorder(page);
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await rec.quiet();
  rec.take();
  const run = (q: string) =>
    page.evaluate(async (query) => {
      type PF = {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
      };
      const w = window as unknown as { __pf?: PF };
      if (!w.__pf) {
        const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as PF;
        await pf.options({ excerptLength: 30 });
        await pf.init();
        w.__pf = pf;
      }
      const r = await w.__pf.search(query);
      await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
      return r.results.length;
    }, q);
  const n1 = await run(queries[0]);
  await rec.quiet();
  const first = rec.take();
  const n2 = await run(queries[1]);
  await rec.quiet();
  const second = rec.take();
  await context.close();
  return { first: summarize(first), second: summarize(second), results: [n1, n2] };
}

export async function measureSearch(distDir: string, queries: [string, string] = ['工会改革', '职工之家']): Promise<SearchResult> {
  const server = await startStaticServer(path.resolve(distDir), 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const errors: string[] = [];
  try {
    const api = await measureApi(browser, server.url, queries);
    if (!existsSync(path.join(distDir, 'search', 'index.html'))) {
      return { mode: 'pagefind-api', queries, page: null, first: api.first, second: api.second, resultsShown: api.results, secondVia: 'api', api, files: { first: [], second: [] } };
    }
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(`console: ${m.text()}`);
    });
    const rec = new Recorder(page);
    // The first search: arriving with a query (?q=), which the page runs on load as it would a typed one.
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(queries[0])}`, { waitUntil: 'load' });
    await waitForResults(page, rec, '|');
    const loaded = rec.take();
    const pageOwn = loaded.filter((f) => f.kind === 'html' || f.kind === 'css');
    const first = loaded.filter((f) => f.kind !== 'html' && f.kind !== 'css');
    const shown1 = await countResults(page);
    // The next search: type another query into the box (the page searches as one types); if nothing
    // happens, press Enter, as a reader would.
    // The page's own search box (a site-wide box in the header may be hidden on this page).
    const input = page.locator('[data-search-input]:visible, main input[type="search"]:visible, input[type="search"]:visible').first();
    let second: Fetched[] = [];
    let secondVia: SearchResult['secondVia'] = 'typing';
    const problems: string[] = [];
    if (!first.some((f) => f.kind === 'pagefind index chunk')) problems.push('/search/?q= fetched no index chunk: the page did not run the query');
    if ((await input.count()) > 0) {
      const before = await resultsSignature(page);
      try {
        await input.click({ timeout: 10_000 });
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.insertText(queries[1]);
      } catch (e) {
        problems.push(`could not type into the search box: ${(e as Error).message.split('\n')[0]}`);
      }
      await waitForResults(page, rec, before, 30_000);
      second = rec.take();
      if (!second.some((f) => f.kind === 'pagefind index chunk')) {
        const before = page.url();
        let navigated = false;
        page.once('framenavigated', () => (navigated = true));
        await page.keyboard.press('Enter');
        await rec.quiet(2000);
        second = [...second, ...rec.take()];
        secondVia = navigated ? 'enter-reload' : 'enter';
        problems.push(
          `typing a second query into the search box started no search${navigated ? `; Enter reloaded the page (${before} → ${page.url()}), fetching Pagefind's runtime, wasm and filters again` : ''}`,
        );
      }
    } else problems.push('no visible search box (input[type=search]) on /search/');
    const shown2 = await countResults(page);
    await context.close();
    return {
      mode: 'search-page',
      queries,
      page: summarize(pageOwn),
      first: summarize(first),
      second: summarize(second),
      resultsShown: [shown1, shown2],
      secondVia,
      api,
      files: { first, second },
      ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
      ...(errors.length > 0 ? { errors } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Lighthouse's mobile throttling: its Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower
 * CPU, applied by Chromium to every request. (Lighthouse's own applied mode multiplies the latency by 3.75, 562 ms
 * a request, which puts any page needing four requests in a row past 1.5 s; its default simulation uses 150 ms.)
 */
const SLOW_4G = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

export interface FirstResultTime {
  query: string;
  /** from the start of navigation to /search/?q= until the first result is on the page; null: none within the time limit */
  ms: number | null;
}

/**
 * For each query: a reader arrives at /search/?q=<query> with an empty cache on a throttled phone; how long until
 * the first result is shown. A fresh browser context a query, so nothing is cached.
 */
export async function measureFirstResultTimes(distDir: string, queries: readonly string[], limitMs = 60_000): Promise<FirstResultTime[]> {
  const server = await startStaticServer(path.resolve(distDir), 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out: FirstResultTime[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      // The moment the results list first gets an item, on the page's own clock (0 = navigation start).
      await page.addInitScript(() => {
        const w = window as unknown as { __firstResult?: number };
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-results] > li')) {
            w.__firstResult = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      let ms: number | null = null;
      try {
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: limitMs });
        ms = Math.round((await (await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, undefined, { timeout: limitMs })).jsonValue()) as number);
      } catch {
        ms = null;
      }
      out.push({ query, ms });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
