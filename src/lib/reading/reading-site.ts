/**
 * What the reading pages derive from the corpus, computed once per build and
 * shared by every page: the hierarchy index, the browse facets, theme names and
 * the files in seeds/. Pure pieces live in the sibling modules and are unit-tested.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { servedSeeds } from '../../integrations/seed-files';
import { getCorpus, LEVEL_LABELS, LEVEL_ORDER, type Circular, type Corpus, type Issuer, type Region } from '../corpus';
import { buildHierarchyIndex, type HierarchyIndex } from './hierarchy';
import { facetValues, type FacetKind, type FacetValue } from './listing';
import { regionChildren } from './region-tree';
import type { CleaningReport, DropReason } from '../../schema/cleaning-report';

/**
 * seeds/ and content/circulars/ relative to the project root, where `astro build` runs.
 * CIRCULARS_DIR / SEEDS_DIR: other folders, e.g. the benchmark's generated corpus (as in src/content.config.ts).
 */
const SEEDS_DIR = path.resolve(process.env.SEEDS_DIR ?? 'seeds');
const CONTENT_DIR = path.resolve(process.env.CIRCULARS_DIR ?? 'content/circulars');

export interface ReadingSite {
  corpus: Corpus;
  hierarchy: HierarchyIndex<Circular>;
  facets: Record<FacetKind, FacetValue<Circular>[]>;
  themeNames: Map<string, string>;
  /** file names in seeds/ that the site serves at /seeds/<file> (src/integrations/seed-files.ts) */
  seeds: Set<string>;
  /** issuers with the most circulars first (for the facet bar) */
  busiestIssuers: Issuer[];
  /** region code ('' for the top) → the regions one step below */
  regionChildren: Map<string, Region[]>;
  /** region code → the issuers based exactly there */
  issuersAt: Map<string, Issuer[]>;
}

let cached: Promise<ReadingSite> | null = null;

export function getReadingSite(): Promise<ReadingSite> {
  cached ??= getCorpus().then((corpus) => ({
    corpus,
    hierarchy: buildHierarchyIndex(corpus.circulars),
    facets: facetValues(corpus.circulars, LEVEL_ORDER, LEVEL_LABELS),
    themeNames: new Map(corpus.themes.map((t) => [t.id, t.zh])),
    seeds: new Set(servedSeeds(SEEDS_DIR)),
    busiestIssuers: [...corpus.issuers].sort((a, b) => b.circulars.length - a.circulars.length),
    regionChildren: regionChildren(corpus.regions),
    issuersAt: corpus.issuers.reduce((map, issuer) => {
      const code = issuer.region[issuer.region.length - 1]?.code;
      if (code) map.set(code, [...(map.get(code) ?? []), issuer]);
      return map;
    }, new Map<string, Issuer[]>()),
  }));
  return cached;
}

/** The curation sidecar of a seed (seeds/<name>.yaml), when there is one. */
export function sidecarOf(site: ReadingSite, seedFile: string): string | null {
  const name = seedFile.replace(/\.[^.]+$/, '.yaml');
  return name !== seedFile && site.seeds.has(name) ? name : null;
}

/** content/circulars/<slug>.report.json: what the cleaner dropped and re-joined. */
export function readCleaningReport(slug: string): CleaningReport | null {
  const file = path.join(CONTENT_DIR, `${slug}.report.json`);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Partial<CleaningReport>;
  return { file: '', sha256: '', format: 'text', encoding: '', ...report, dropped: report.dropped ?? [], joined: report.joined ?? [], split: report.split ?? [] };
}

/** Why the cleaner dropped a piece, in words: one for every DropReason. */
export const DROP_REASONS: Record<DropReason, string> = {
  'site-chrome': '网站页面元素（欢迎栏、导航、来源栏、页脚等）',
  'encoded-blob': '乱码或编码数据块',
  'repeated-paragraph': '重复粘贴的段落',
  markup: 'Markdown 标记符号',
  'page-furniture': 'PDF 页眉、页脚和页码',
  hidden: '网页中不显示的文字（隐藏元素、Word 艺术字副本）',
  'outside-document': '文件之外的文字（转发说明、网页标题残留）',
};
