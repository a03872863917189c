/**
 * The corpus as the site sees it, computed once per build and shared by every
 * page: circulars in reading order, issuers, regions, themes, who cites whom and
 * which circulars are related. Pages read from here; none recomputes it.
 *
 * Everything here is derived from content/circulars only (seeds → pipeline →
 * content → pages): no data is typed into pages.
 */
import { createHash } from 'node:crypto';
import { getCirculars, type Circular } from './circulars';
import type { Theme } from '../shared/taxonomy';
import { siteThemes } from './theme-taxonomy';
import { issuerNames, type IssuerLevel, type RegionPart } from '../schema/circular';
import { byDateDescUndatedLast } from './circular-display';
import { LEVEL_ORDER } from '../shared/levels';

export type { Circular } from './circulars';

export { LEVEL_LABELS, LEVEL_ORDER } from '../shared/levels';

export interface Issuer {
  /** ASCII id for the URL /issuers/<id>/: region code (or `x`) + a short hash of the name */
  id: string;
  name: string;
  level: IssuerLevel | null;
  region: RegionPart[];
  circulars: Circular[];
  /** whether a circular names it first: its level and region are then its own, not a joint circular's */
  lead: boolean;
}

export interface Region {
  /** national division code, the URL /regions/<code>/ */
  code: string;
  name: string;
  /** province › city › county names leading here */
  path: RegionPart[];
  /** every circular issued in this region or below it */
  circulars: Circular[];
}

export interface Citing {
  circular: Circular;
  relation: 'cites' | 'drafts' | 'encloses';
}

export interface Corpus {
  /** newest first, undated last */
  circulars: Circular[];
  bySlug: Map<string, Circular>;
  issuers: Issuer[];
  /** slug → its issuers, the lead issuer first (a joint circular has several) */
  issuersOf: Map<string, Issuer[]>;
  regions: Region[];
  themes: Theme[];
  /** slug → the circulars whose cites resolve to it */
  citedBy: Map<string, Citing[]>;
}

/** The id of an issuer page: stable for the same name, ASCII, readable prefix. */
function issuerId(name: string, region: RegionPart[]): string {
  const code = region[region.length - 1]?.code ?? 'x';
  return `${code}-${createHash('sha1').update(name).digest('hex').slice(0, 6)}`;
}

/** The corpus index of a set of entries (exported for fixture tests; pages use getCorpus()). */
export function buildCorpus(entries: Circular[]): Corpus {
  const circulars = [...entries].sort(byDateDescUndatedLast);
  const bySlug = new Map(circulars.map((c) => [c.id, c]));

  const issuersByName = new Map<string, Issuer>();
  const issuersOf = new Map<string, Issuer[]>();
  for (const c of circulars) {
    // Each issuer of a joint circular has its page; the circular's level and region are the lead issuer's,
    // and stand for a co-issuer only until a circular of its own names them.
    const names = issuerNames(c.data.issuer);
    const mine = names.map((name, i) => {
      let issuer = issuersByName.get(name);
      if (!issuer) {
        issuer = { id: issuerId(name, c.data.region), name, level: c.data.issuerLevel, region: c.data.region, circulars: [], lead: i === 0 };
        issuersByName.set(name, issuer);
      } else if (i === 0 && !issuer.lead) Object.assign(issuer, { level: c.data.issuerLevel, region: c.data.region, lead: true });
      issuer.circulars.push(c);
      return issuer;
    });
    if (mine.length > 0) issuersOf.set(c.id, mine);
  }

  const regionsByCode = new Map<string, Region>();
  for (const c of circulars) {
    c.data.region.forEach((part, i) => {
      let region = regionsByCode.get(part.code);
      if (!region) {
        region = { code: part.code, name: part.name, path: c.data.region.slice(0, i + 1), circulars: [] };
        regionsByCode.set(part.code, region);
      }
      region.circulars.push(c);
    });
  }

  const citedBy = new Map<string, Citing[]>();
  for (const c of circulars) {
    for (const cite of c.data.cites) {
      if (!cite.slug || cite.slug === c.id) continue;
      const list = citedBy.get(cite.slug) ?? [];
      if (!list.some((x) => x.circular.id === c.id)) list.push({ circular: c, relation: cite.relation });
      citedBy.set(cite.slug, list);
    }
  }

  return {
    circulars,
    bySlug,
    issuers: [...issuersByName.values()].sort((a, b) => LEVEL_ORDER.indexOf(a.level ?? 'other') - LEVEL_ORDER.indexOf(b.level ?? 'other') || a.name.localeCompare(b.name, 'zh-Hans-CN')),
    issuersOf,
    regions: [...regionsByCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
    themes: siteThemes(),
    citedBy,
  };
}

let cached: Promise<Corpus> | null = null;

/** The corpus, loaded and indexed once per build. */
export function getCorpus(): Promise<Corpus> {
  cached ??= getCirculars().then(buildCorpus);
  return cached;
}

/** What relatedCirculars compares, computed once per circular (it is asked for every page's candidates). */
interface RelatedKeys {
  themes: Set<string>;
  cites: Set<string>;
  /** one key per cite, repeats kept: a circular citing the same document twice counts twice */
  citeList: string[];
}

const relatedKeysOf = new WeakMap<Circular, RelatedKeys>();

function relatedKeys(circular: Circular): RelatedKeys {
  let keys = relatedKeysOf.get(circular);
  if (!keys) {
    const citeList = circular.data.cites.map((c) => c.slug ?? c.title);
    keys = { themes: new Set(circular.data.measures.flatMap((m) => m.themes)), cites: new Set(citeList), citeList };
    relatedKeysOf.set(circular, keys);
  }
  return keys;
}

const regionIndexOf = new WeakMap<Corpus, Map<string, Region>>();

function regionByCode(corpus: Corpus): Map<string, Region> {
  let index = regionIndexOf.get(corpus);
  if (!index) {
    index = new Map(corpus.regions.map((r) => [r.code, r]));
    regionIndexOf.set(corpus, index);
  }
  return index;
}

/**
 * Circulars sharing an issuer, citations or themes with this one, best first.
 * Candidates come only from the same issuer, citation neighbours and the same
 * most specific region, so the cost per page stays bounded at 10,000 circulars.
 */
export function relatedCirculars(corpus: Corpus, circular: Circular, limit = 6): { circular: Circular; reasons: string[] }[] {
  const candidates = new Set<Circular>();
  corpus.issuersOf.get(circular.id)?.forEach((issuer) => issuer.circulars.forEach((c) => candidates.add(c)));
  corpus.citedBy.get(circular.id)?.forEach((c) => candidates.add(c.circular));
  for (const cite of circular.data.cites) {
    const target = cite.slug ? corpus.bySlug.get(cite.slug) : undefined;
    if (target) candidates.add(target);
    if (cite.slug) corpus.citedBy.get(cite.slug)?.forEach((c) => candidates.add(c.circular));
  }
  const place = circular.data.region[circular.data.region.length - 1];
  const sameRegion = place ? regionByCode(corpus).get(place.code)?.circulars ?? [] : [];
  sameRegion.slice(0, 200).forEach((c) => candidates.add(c));
  // A small corpus, or a circular with few neighbours: compare themes with the newest ones too (bounded).
  if (candidates.size < limit * 2) corpus.circulars.slice(0, 300).forEach((c) => candidates.add(c));
  candidates.delete(circular);

  const { themes, cites } = relatedKeys(circular);
  const scored: { circular: Circular; score: number; reasons: string[] }[] = [];
  for (const other of candidates) {
    const reasons: string[] = [];
    let score = 0;
    const mine = issuerNames(circular.data.issuer);
    if (issuerNames(other.data.issuer).some((name) => mine.includes(name))) {
      score += 5;
      reasons.push('同一发文机关');
    }
    const otherKeys = relatedKeys(other);
    let sharedCites = 0;
    for (const key of otherKeys.citeList) if (cites.has(key)) sharedCites++;
    if (sharedCites > 0) {
      score += 3 * sharedCites;
      reasons.push(`共同引用${sharedCites}份文件`);
    }
    let sharedThemes = 0;
    for (const t of otherKeys.themes) if (themes.has(t)) sharedThemes++;
    if (sharedThemes > 0) {
      score += sharedThemes;
      reasons.push(`共同主题${sharedThemes}个`);
    }
    if (place && other.data.region.some((r) => r.code === place.code)) reasons.push('同一地区');
    if (score > 0) scored.push({ circular: other, score, reasons });
  }
  return scored.sort((a, b) => b.score - a.score || a.circular.id.localeCompare(b.circular.id)).slice(0, limit);
}
