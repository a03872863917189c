/**
 * The two builds `npm test` makes (scripts/test.ts) and the tests read
 * (vitest.config.ts): the site as published at a public address, in dist/; and
 * the same site hosted under a sub-path with no public address configured, as
 * an organisation adding it to its own website would build it first.
 */
export const PUBLISHED = {
  dir: 'dist',
  base: '/',
  /** a public address of the documentation kind (RFC 2606): canonical links, sitemap, feeds and JSON-LD use it */
  siteUrl: 'https://gonghui.example.org',
} as const;

export const UNDER_SUB_PATH = {
  dir: '.test-sites/gaige',
  base: '/gaige/',
  siteUrl: '',
} as const;

/** What the tests' workers read (vitest's `env` per project): which build, under which path, at which address. */
export function siteEnv(build: typeof PUBLISHED | typeof UNDER_SUB_PATH): Record<string, string> {
  return { TEST_SITE_DIR: build.dir, TEST_SITE_BASE: build.base, TEST_SITE_URL: build.siteUrl };
}
