/**
 * Real clients of the site's machine-readable parts:
 * - the sitemap (Astro's @astrojs/sitemap, written only when a public address
 *   is configured) read by the `sitemap` package's strict parsers, as a search
 *   engine reads it: every <loc> is a page in dist/, and every page with a
 *   canonical address is listed under that address;
 * - the JSON-LD of every circular page (src/lib/reading/jsonld.ts) parsed as
 *   JSON: a schema.org Legislation named as the page, with the page's full
 *   address when there is a public address and none when there is not.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ErrorLevel, XMLToSitemapIndexStream, XMLToSitemapItemStream, type IndexItem, type SitemapItem } from 'sitemap';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { resolveRequestPath } from '../../scripts/lib/static-server';
import { displayTitle } from '../../src/lib/circular-display';
import { splitFrontmatter } from '../../src/lib/circulars-loader';
import type { CircularData } from '../../src/schema/circular';
import { CIRCULARS_DIR } from '../support/content';
import { DIST_DIR, distHas, listHtmlFiles, SITE_ADDRESS, SITE_BASE, urlPathOf } from '../support/dist';
import { resolveLink } from '../support/links';
import { expectNoOffenders } from '../support/offenders';
import { attr, htmlElements, textOf } from '../support/html-tree';

const ORIGIN = SITE_ADDRESS ? new URL(SITE_ADDRESS).origin : 'http://site-address-not-configured.invalid';

/** The file in dist/ an address found in `fromFile` leads to, resolved as the link gate does (tests/site/links.site.test.ts). */
async function fileAt(href: string, fromFile: string): Promise<string | { problem: string }> {
  const target = resolveLink(href, `${SITE_BASE}${urlPathOf(fromFile).slice(1)}`, ORIGIN);
  if (target.kind !== 'internal') return { problem: `${href} is not an address on the site (${SITE_ADDRESS || 'no public address configured'})` };
  if (!target.pathname.startsWith(SITE_BASE)) return { problem: `${href} is outside the path the site is hosted under (${SITE_BASE})` };
  const resolution = await resolveRequestPath(DIST_DIR, `/${target.pathname.slice(SITE_BASE.length)}`);
  if (resolution.kind === 'redirect') return { problem: `${href}: ${target.pathname} is a folder; link to ${resolution.location}` };
  return resolution.kind === 'file' ? relative(DIST_DIR, resolution.file).split(sep).join('/') : { problem: `${href}: no file in dist/ for ${target.pathname}` };
}

/** Everything a parser stream (level THROW: an invalid entry is an error, not a warning) reads from an XML text. */
async function readXml<T>(xml: string, parser: Transform): Promise<T[]> {
  const items: T[] = [];
  await pipeline(Readable.from([xml]), parser, async (source: AsyncIterable<T>) => {
    for await (const item of source) items.push(item);
  });
  return items;
}

const pages = listHtmlFiles();

/** Every page with a canonical address, in the sitemap; without a public address, no sitemap (its <loc>s must be full addresses). */
test(SITE_ADDRESS ? 'the sitemap lists every page with a canonical address, each <loc> a page in dist/' : 'no sitemap is written without a public address', async () => {
  if (!SITE_ADDRESS) {
    expect(distHas('sitemap-index.xml')).toBe(false);
    expect(distHas('sitemap-0.xml')).toBe(false);
    const announcing = pages.filter((file) => htmlElements(file).some((el) => el.tagName === 'link' && attr(el, 'rel') === 'sitemap'));
    expect(announcing, 'pages with <link rel="sitemap">').toEqual([]);
    return;
  }
  const index = readFileSync(join(DIST_DIR, 'sitemap-index.xml'), 'utf8');
  const sitemaps = await readXml<IndexItem>(index, new XMLToSitemapIndexStream({ level: ErrorLevel.THROW }));
  expect(sitemaps.length, 'sitemaps in sitemap-index.xml').toBeGreaterThan(0);
  const offenders: string[] = [];
  const listed = new Set<string>();
  for (const { url } of sitemaps) {
    const file = await fileAt(url, 'sitemap-index.xml');
    if (typeof file !== 'string') {
      offenders.push(`sitemap-index.xml: ${file.problem}`);
      continue;
    }
    const items = await readXml<SitemapItem>(readFileSync(join(DIST_DIR, file), 'utf8'), new XMLToSitemapItemStream({ level: ErrorLevel.THROW }));
    for (const { url: loc } of items) {
      listed.add(loc);
      const page = await fileAt(loc, file);
      if (typeof page !== 'string') offenders.push(`${file}: ${page.problem}`);
      else if (!page.endsWith('.html')) offenders.push(`${file}: ${loc} leads to ${page}, not a page`);
    }
  }
  for (const file of pages) {
    const canonical = htmlElements(file).find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
    const href = canonical && attr(canonical, 'href');
    if (href && !listed.has(href)) offenders.push(`dist/${file}: its canonical address ${href} is not in the sitemap`);
  }
  expectNoOffenders(offenders, `sitemap problems (${listed.size} addresses listed, ${pages.length} pages)`);
  expect(listed.size).toBeGreaterThan(0);
});

const circularPages = pages.filter((file) => /^circulars\/[^/]+\/index\.html$/.test(file));

test('there are circular pages to check', () => {
  expect(circularPages.length).toBeGreaterThan(0);
});

describe.each(circularPages)('JSON-LD of %s', (file) => {
  const slug = file.split('/')[1]!;
  const { frontmatter } = splitFrontmatter(readFileSync(join(CIRCULARS_DIR, `${slug}.mdx`), 'utf8'));
  const data = parseYaml(frontmatter) as CircularData;
  const all = htmlElements(file);
  const scripts = all.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');

  test('is one schema.org Legislation named as the page, with its full address only when the site has one', () => {
    expect(scripts, 'JSON-LD blocks').toHaveLength(1);
    const ld = JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(displayTitle(data.title, slug));
    expect(ld.name).toBe(textOf(all.find((el) => el.tagName === 'h1')!).trim());
    expect(ld.inLanguage).toBe('zh-CN');
    expect(ld.legislationIdentifier).toBe(data.docNumber ?? undefined);
    expect(ld.legislationDate).toBe(data.date ?? undefined);
    if (SITE_ADDRESS) {
      const url = new URL(String(ld.url));
      expect(url.href, 'url: the page’s full address').toBe(new URL(`${SITE_BASE}circulars/${slug}/`, SITE_ADDRESS).href);
      const canonical = all.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
      expect(ld.url, 'url and the canonical link').toBe(canonical && attr(canonical, 'href'));
    } else {
      expect(ld).not.toHaveProperty('url');
    }
    expect(JSON.stringify(ld)).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});
