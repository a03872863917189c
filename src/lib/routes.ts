/**
 * Every address the site builds, in one place, under the base path the site is
 * hosted at (BASE_PATH at build time, Astro's `base`: `/` or e.g. `/gaige/`).
 * Pages, components and the browser scripts all link through these functions,
 * so that the site works under any base path. Browser-safe: no Node, no pipeline.
 */

/** The base path, always ending in `/`: Vite defines BASE_URL in pages and browser bundles alike. */
export const BASE: string = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `rel` (no leading slash) under the base path. */
export function under(rel: string): string {
  return BASE + rel.replace(/^\/+/, '');
}

/** The site path of an address built here, without the base: for matching routes and for printing. */
function withoutBase(href: string): string {
  return href.startsWith(BASE) ? `/${href.slice(BASE.length)}` : href;
}

/**
 * The name a raw seed is published under: as found, except that a saved web page
 * gets `.txt` added. Served as HTML from the site's own address, its scripts would
 * run as the site's (the policy in src/lib/content-security-policy.ts is in our
 * pages, not in theirs); as text its bytes are the same and nothing runs.
 */
export function servedSeedName(file: string): string {
  return /\.(html?|xhtml)$/i.test(file) ? `${file}.txt` : file;
}

export const routes = {
  home: () => under(''),
  browse: () => under('browse/'),
  browseAll: () => under('browse/all/'),
  /** a facet's list, e.g. level/city, year/2017, type/<key> */
  browseFacet: (kind: string, key: string) => under(`browse/${kind}/${key}/`),
  circular: (slug: string) => under(`circulars/${slug}/`),
  /** a measure's paragraph in its circular */
  measure: (slug: string, measureId: string) => `${under(`circulars/${slug}/`)}#${measureId}`,
  circularReport: (slug: string) => under(`circulars/${slug}/report/`),
  circularData: (slug: string) => under(`circulars/${slug}/data.json`),
  /** a raw seed or its sidecar, as found */
  seedFile: (file: string) => under(`seeds/${servedSeedName(file)}`),
  issuers: () => under('issuers/'),
  issuer: (id: string) => under(`issuers/${id}/`),
  regions: () => under('regions/'),
  region: (code: string) => under(`regions/${code}/`),
  themes: () => under('themes/'),
  theme: (id: string) => under(`themes/${id}/`),
  compare: () => under('compare/'),
  figures: () => under('figures/'),
  figureKind: (kind: string) => under(`figures/${kind}/`),
  deadlines: () => under('deadlines/'),
  deadlinesUnresolved: () => under('deadlines/unresolved/'),
  citations: () => under('citations/'),
  citationsInCorpus: () => under('citations/corpus/'),
  citationsOutside: () => under('citations/outside/'),
  data: () => under('data/'),
  /** circulars.json, measures.csv, matrix.csv */
  dataFile: (name: string) => under(`data/${name}`),
  /** one circular's column of the matrix, fetched by the compare page */
  matrixColumn: (slug: string) => under(`data/circulars/${slug}.json`),
  search: (q?: string) => under(q ? `search/?q=${encodeURIComponent(q)}` : 'search/'),
  /** the search index's folder (Pagefind's runtime and index, written after the pages) */
  searchIndex: () => under('pagefind/'),
  sitemap: () => under('sitemap-index.xml'),
  favicon: () => under('favicon.svg'),
  feed: () => under('feeds/circulars.xml'),
  issuerFeed: (id: string) => under(`feeds/issuers/${id}.xml`),
  themeFeed: (id: string) => under(`feeds/themes/${id}.xml`),
} as const;

/**
 * The full address of a route when the site's public address is configured
 * (SITE_URL, Astro's `site`), else null: nothing shows or prints a guessed
 * address such as localhost.
 */
export function absolute(route: string, site: URL | string | undefined): string | null {
  return site ? new URL(route, site).href : null;
}

/** The slug of a circular page from its path (under the base path), or undefined for any other page. */
export function circularSlugOf(pathname: string): string | undefined {
  return /^\/circulars\/([^/]+)\/$/.exec(withoutBase(pathname))?.[1];
}
