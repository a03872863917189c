/**
 * Gate: the Atom feeds in dist/feeds/ (src/lib/feeds.ts) read by a feed parser
 * (@rowanmanning/feed-parser) after a strict XML check (sax, strict mode): every
 * entry has a title, a link, an id and a date, every link resolves to a page of
 * the site the way the link gate resolves them, the entries are the corpus's
 * dated circulars newest first, and every page that announces a feed
 * (<link rel="alternate" type="application/atom+xml">) points to one.
 * Works for a build at a public address and for one under a sub-path with none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import sax from 'sax';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { resolveRequestPath } from '../../scripts/lib/static-server';
import { byDateDescUndatedLast, displayTitle } from '../../src/lib/circular-display';
import { splitFrontmatter } from '../../src/lib/circulars-loader';
import { loadTaxonomy } from '../../src/shared/taxonomy';
import { issuerNames, type CircularData } from '../../src/schema/circular';
import { CIRCULARS_DIR } from '../support/content';
import { DIST_DIR, listHtmlFiles, pageFoldersUnder, SITE_ADDRESS, SITE_BASE, urlPathOf } from '../support/dist';
import { resolveLink } from '../support/links';
import { expectNoOffenders } from '../support/offenders';
import { attr, htmlElements, textOf } from '../support/html-tree';

/** Entries a feed lists at most (src/lib/feeds.ts FEED_SIZE, restated: the test says what readers get). */
const FEED_SIZE = 50;
const ATOM = 'application/atom+xml';
/** Absolute links are internal only on the configured public address. */
const ORIGIN = SITE_ADDRESS ? new URL(SITE_ADDRESS).origin : 'http://site-address-not-configured.invalid';

const circulars = readdirSync(CIRCULARS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ id: file.replace(/\.mdx$/, ''), data: parseYaml(splitFrontmatter(readFileSync(join(CIRCULARS_DIR, file), 'utf8')).frontmatter) as CircularData }))
  .sort(byDateDescUndatedLast);
const themeIds = new Set(loadTaxonomy(readFileSync(new URL('../../src/data/themes.yaml', import.meta.url), 'utf8')).map((t) => t.id));

/** Whether measures with these themes are on theme `id`'s page (src/lib/compare/theme-listings.ts: a measure with no theme, or with one the taxonomy lacks, is on 未归入主题). */
const onTheme = (id: string, themes: string[]) => (id === 'unclassified' ? themes.length === 0 || themes.some((t) => !themeIds.has(t)) : themes.includes(id));
const circularsOnTheme = (id: string) => circulars.filter((c) => c.data.measures.some((m) => onTheme(id, m.themes)));

/** What a feed must list: the dated circulars among these, newest first, at most FEED_SIZE. */
const expectedSlugs = (list: typeof circulars) => list.filter((c) => c.data.date !== null).slice(0, FEED_SIZE).map((c) => c.id);
const dated = (list: typeof circulars) => list.some((c) => c.data.date !== null);

/** Files under dist/feeds/, relative to dist/ with `/`. */
function feedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(DIST_DIR, path).split(sep).join('/'));
    }
  };
  if (existsSync(join(DIST_DIR, 'feeds'))) walk(join(DIST_DIR, 'feeds'));
  return out.sort();
}

/**
 * The file in dist/ an address found in `fromFile` (relative to dist/) leads to, the way the link gate
 * resolves it (tests/site/links.site.test.ts): relative to the file's own address, under the base path.
 */
async function fileAt(href: string, fromFile: string): Promise<{ file: string } | { problem: string }> {
  const target = resolveLink(href, `${SITE_BASE}${urlPathOf(fromFile).slice(1)}`, ORIGIN);
  if (target.kind === 'external') return { problem: `${href} is not on the site (${SITE_ADDRESS || 'no public address configured'})` };
  if (target.kind === 'invalid') return { problem: `${href} is not a valid address` };
  if (!target.pathname.startsWith(SITE_BASE)) return { problem: `${href} is outside the path the site is hosted under (${SITE_BASE})` };
  const resolution = await resolveRequestPath(DIST_DIR, `/${target.pathname.slice(SITE_BASE.length)}`);
  if (resolution.kind === 'redirect') return { problem: `${href}: ${target.pathname} is a folder; link to ${resolution.location}` };
  if (resolution.kind !== 'file') return { problem: `${href}: no file in dist/ for ${target.pathname}` };
  return { file: relative(DIST_DIR, resolution.file).split(sep).join('/') };
}

/** The circular slug of a page file (circulars/<slug>/index.html), or undefined. */
const slugOfPage = (file: string) => /^circulars\/([^/]+)\/index\.html$/.exec(file)?.[1];

/** The feeds a page announces in its <head>. */
const announcedFeeds = (file: string) =>
  htmlElements(file)
    .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === ATOM)
    .map((el) => ({ href: attr(el, 'href') ?? '', title: attr(el, 'title') ?? '' }));

/** The feed a page of the site must announce: the home page the site's, an issuer's or a theme's first page its own. */
function ownFeed(file: string): string | undefined {
  if (file === 'index.html') return 'feeds/circulars.xml';
  const match = /^(issuers|themes)\/([^/]+)\/index\.html$/.exec(file);
  return match ? `feeds/${match[1]}/${match[2]}.xml` : undefined;
}

/** Why an XML text is not well-formed (a strict XML parser's first error), or null. The feed parser is lenient by design. */
function notWellFormed(xml: string): string | null {
  const parser = sax.parser(true);
  let error: string | null = null;
  parser.onerror = (e) => {
    error ??= e.message.replace(/\s+/g, ' ');
    parser.resume();
  };
  parser.write(xml).close();
  return error;
}

const feeds = feedFiles().map((file) => {
  const xml = readFileSync(join(DIST_DIR, file), 'utf8');
  const wellFormed = notWellFormed(xml);
  return { file, xml, wellFormed, feed: wellFormed === null ? parseFeed(xml) : null };
});
const byFile = new Map(feeds.map((f) => [f.file, f]));

test('the site has a feed of its newest circulars when one is dated', () => {
  expect(byFile.has('feeds/circulars.xml'), `dist/feeds/circulars.xml (${circulars.length} circulars)`).toBe(dated(circulars));
});

describe.each(feeds)('$file', ({ file, xml, wellFormed, feed: parsed }) => {
  /** The parsed feed; a feed that is not well-formed XML fails every test with the reason. */
  const feed = () => {
    if (!parsed) throw new Error(`${file} is not well-formed XML: ${wellFormed}`);
    return parsed;
  };

  test('is well-formed XML and an Atom feed with a title, an id, a date and its own address', async () => {
    expect(wellFormed, `${file} is not well-formed XML`).toBeNull();
    expect(feed().meta.type).toBe('atom');
    expect(feed().title).toBeTruthy();
    expect(xml, `${file}: an Atom <feed>`).toMatch(/^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"[\s>]/);
    // The feed's own <id> (an IRI), before its first entry.
    expect(xml.split('<entry>')[0], `${file}: the feed's <id>`).toMatch(/<id>[a-z][a-z0-9+.-]*:[^<]+<\/id>/i);
    expect(feed().updated, `${file}: no <updated>`).toBeInstanceOf(Date);
    expect(feed().self, `${file}: no rel="self" link`).toBeTruthy();
    expect(await fileAt(feed().self!, file)).toEqual({ file });
    const page = await fileAt(feed().url ?? '', file);
    expect('file' in page && page.file.endsWith('.html'), `${file}: its rel="alternate" link ${feed().url} is no page: ${JSON.stringify(page)}`).toBe(true);
  });

  test('every entry has a title, an id, a date and a link to a circular page in dist/', async () => {
    const offenders: string[] = [];
    const ids = new Set<string>();
    for (const [i, item] of feed().items.entries()) {
      const where = `${file} entry ${i + 1} (${item.id ?? 'no id'})`;
      if (!item.title?.trim()) offenders.push(`${where}: no title`);
      if (!item.id || !/^[a-z][a-z0-9+.-]*:/i.test(item.id)) offenders.push(`${where}: id ${item.id} is not an IRI`);
      else if (ids.has(item.id)) offenders.push(`${where}: id repeated`);
      else ids.add(item.id);
      if (!(item.updated instanceof Date)) offenders.push(`${where}: no <updated>`);
      if (!item.url) {
        offenders.push(`${where}: no link`);
        continue;
      }
      const target = await fileAt(item.url, file);
      if ('problem' in target) offenders.push(`${where}: ${target.problem}`);
      else if (!slugOfPage(target.file)) offenders.push(`${where}: ${item.url} leads to ${target.file}, not a circular page`);
    }
    expectNoOffenders(offenders, `broken entries in ${file} (of ${feed().items.length})`);
  });

  test('shows no address the site was not given', () => {
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    const hrefs = [...xml.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href.startsWith(SITE_ADDRESS ? new URL(SITE_BASE, SITE_ADDRESS).href : SITE_BASE), href).toBe(true);
  });

  test('lists the corpus’s dated circulars newest first, dated by the circular, the feed by its newest entry', async () => {
    const [, kind, id] = /^feeds\/(?:(issuers|themes)\/([^/]+)|circulars)\.xml$/.exec(file) ?? [];
    let members: typeof circulars;
    if (kind === 'issuers') {
      // The issuer's name: its page's <h1>, the page the feed's rel="alternate" link names.
      const page = await fileAt(feed().url ?? '', file);
      expect(page).toEqual({ file: `issuers/${id}/index.html` });
      const name = textOf(htmlElements(`issuers/${id}/index.html`).find((el) => el.tagName === 'h1')!).trim();
      members = circulars.filter((c) => issuerNames(c.data.issuer).includes(name));
      for (const item of feed().items) expect(item.authors.map((a) => a.name)).toContain(name);
    } else if (kind === 'themes') {
      expect(await fileAt(feed().url ?? '', file)).toEqual({ file: `themes/${id}/index.html` });
      members = circularsOnTheme(id!);
    } else {
      expect(file).toBe('feeds/circulars.xml');
      expect(await fileAt(feed().url ?? '', file)).toEqual({ file: 'index.html' });
      members = circulars;
    }
    const listed = [];
    for (const item of feed().items) {
      const target = await fileAt(item.url ?? '', file);
      listed.push('file' in target ? slugOfPage(target.file) : item.url);
    }
    const expected = expectedSlugs(members);
    expect(listed).toEqual(expected);
    for (const [i, slug] of expected.entries()) {
      const c = members.find((m) => m.id === slug)!;
      const [y, m = '01', d = '01'] = c.data.date!.split('-');
      expect(feed().items[i]!.updated?.toISOString(), slug).toBe(`${y}-${m}-${d}T00:00:00.000Z`);
      expect(feed().items[i]!.title, slug).toBe(displayTitle(c.data.title, c.id));
      expect(feed().items[i]!.description ?? '', slug).toBe(c.data.summary.trim());
      if (c.data.docNumber) expect(feed().items[i]!.content, slug).toContain(c.data.docNumber);
    }
    expect(feed().updated?.toISOString()).toBe(feed().items[0]?.updated?.toISOString());
  });
});

test('every issuer and theme page with a dated circular has its feed, and no other feed is written', () => {
  const issuers = pageFoldersUnder('issuers').filter((id) => {
    const name = textOf(htmlElements(`issuers/${id}/index.html`).find((el) => el.tagName === 'h1')!).trim();
    return dated(circulars.filter((c) => issuerNames(c.data.issuer).includes(name)));
  });
  const themes = pageFoldersUnder('themes').filter((id) => dated(circularsOnTheme(id)));
  const expected = [
    ...(dated(circulars) ? ['feeds/circulars.xml'] : []),
    ...issuers.map((id) => `feeds/issuers/${id}.xml`),
    ...themes.map((id) => `feeds/themes/${id}.xml`),
  ].sort();
  expect(feeds.map((f) => f.file)).toEqual(expected);
});

test('every page that announces a feed points to a feed in dist/ under its title; home, issuer and theme pages announce theirs', async () => {
  const offenders: string[] = [];
  let announced = 0;
  for (const file of listHtmlFiles()) {
    const links = announcedFeeds(file);
    announced += links.length;
    for (const link of links) {
      const target = await fileAt(link.href, file);
      if ('problem' in target) offenders.push(`dist/${file}: feed ${target.problem}`);
      else if (!byFile.has(target.file)) offenders.push(`dist/${file}: ${link.href} leads to ${target.file}, not a feed in dist/feeds/`);
      else if (byFile.get(target.file)!.feed?.title !== link.title) offenders.push(`dist/${file}: title "${link.title}" is not the feed's "${byFile.get(target.file)!.feed?.title}"`);
    }
    // The pages whose feed exists must announce it, in <head> and as a visible link.
    const own = ownFeed(file);
    if (own && byFile.has(own)) {
      const hrefs = await Promise.all(links.map(async (l) => fileAt(l.href, file)));
      if (!hrefs.some((h) => 'file' in h && h.file === own)) offenders.push(`dist/${file}: does not announce ${own}`);
      const visible = htmlElements(file).filter((el) => el.tagName === 'a' && attr(el, 'type') === ATOM);
      const visibleTargets = await Promise.all(visible.map(async (a) => fileAt(attr(a, 'href') ?? '', file)));
      if (!visibleTargets.some((h) => 'file' in h && h.file === own)) offenders.push(`dist/${file}: no visible link to ${own}`);
    }
  }
  expectNoOffenders(offenders, `pages announcing feeds (${announced} announcements)`);
  if (dated(circulars)) expect(announced).toBeGreaterThan(0);
});
