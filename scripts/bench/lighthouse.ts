/**
 * Lighthouse (npm lighthouse, driven with Debian's chromium through
 * chrome-launcher) on the built site served on loopback: the four category
 * scores of each page, and the audits that cost points. A page asked for more
 * than one run reports the run with the median performance score, and every
 * run's score (single runs vary by about ±5 here).
 */
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../lib/static-server';
import { CHROMIUM_PATH } from './search';

export interface LighthousePage {
  name: string;
  url: string;
  /** 0–100, null when the category could not be scored */
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  /** audits that cost points, per category */
  failing: Record<string, { id: string; score: number | null; displayValue?: string }[]>;
  metrics: Record<string, number | null>;
  /** the performance score of every run, when the page was run more than once */
  performanceRuns?: (number | null)[];
  error?: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function runLighthouse(distDir: string, pages: { name: string; path: string; runs?: number }[]): Promise<LighthousePage[]> {
  const server = await startStaticServer(path.resolve(distDir), 0);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const out: LighthousePage[] = [];
  try {
    for (const p of pages) {
      const runs: LighthousePage[] = [];
      for (let i = 0; i < (p.runs ?? 1); i++) runs.push(await runOnce(chrome.port, `${server.url}${p.path}`, p));
      if (runs.length === 1) out.push(runs[0]!);
      else {
        const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
        out.push({ ...byPerformance[Math.floor(runs.length / 2)]!, performanceRuns: runs.map((r) => r.scores.performance) });
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}

/** One Lighthouse run of one page. */
async function runOnce(port: number, url: string, p: { name: string; path: string }): Promise<LighthousePage> {
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no result');
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
    ) as LighthousePage['scores'];
    const failing: LighthousePage['failing'] = {};
    for (const c of CATEGORIES) {
      const cat = lhr.categories[c];
      if (!cat) continue;
      failing[c] = cat.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => ({ id: a.id, score: a.score, ...(a.displayValue ? { displayValue: a.displayValue } : {}) }));
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    return {
      name: p.name,
      url: p.path,
      scores,
      failing,
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        domSize: metric('dom-size'),
        totalByteWeight: metric('total-byte-weight'),
      },
    };
  } catch (e) {
    return {
      name: p.name,
      url: p.path,
      scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
      failing: {},
      metrics: {},
      error: (e as Error).message,
    };
  }
}
