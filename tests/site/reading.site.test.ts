/**
 * The circular pages, their side pages and the listings, read from dist/ and
 * compared with the generated content (content/circulars/*.mdx).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/circulars-loader';
import { renderCircularBody } from '../../src/lib/render-circular';
import { isServedSeed } from '../../src/integrations/seed-files';
import { issuerNames, type CircularData } from '../../src/schema/circular';
import { CIRCULARS_DIR } from '../support/content';
import { DIST_DIR, distHas, listHtmlFiles } from '../support/dist';
import { expectNoOffenders } from '../support/offenders';
import { servedSeedName } from '../../src/lib/routes';
import { PAGE_BUDGETS } from '../../scripts/lib/page-budgets';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const circulars = readdirSync(CIRCULARS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(CIRCULARS_DIR, file), 'utf8'));
    return { slug: file.replace(/\.mdx$/, ''), data: parseYaml(frontmatter) as CircularData, body };
  });

const read = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, cls: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node && node.nodeName === 'template') elements((node as DefaultTreeAdapterTypes.Template).content, out);
  return out;
}

/** Text of a subtree, leaving out elements the predicate rejects. */
function textOf(node: Node, skip: (el: Element) => boolean = () => false): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if ('tagName' in node && skip(node)) return '';
  return 'childNodes' in node ? node.childNodes.map((c) => textOf(c, skip)).join('') : '';
}

const squash = (s: string) => s.replace(/\s+/g, '');
const page = (slug: string) => {
  const doc = parse(read(`circulars/${slug}/index.html`));
  return { doc, all: elements(doc) };
};

test('there are circulars to check', () => {
  expect(circulars.length).toBeGreaterThan(0);
});

describe.each(circulars)('circular $slug', ({ slug, data, body }) => {
  const { all } = page(slug);
  const byClass = (cls: string) => all.filter((el) => hasClass(el, cls));
  const hrefsIn = (el: Element | undefined) => (el ? elements(el).filter((e) => e.tagName === 'a').map((a) => attr(a, 'href') ?? '') : []);
  const ids = new Set(all.map((el) => attr(el, 'id')).filter(Boolean));

  test('shows the full text of its content file, word for word', () => {
    const [bodyEl] = byClass('circular-body');
    expect(bodyEl, 'div.circular-body').toBeDefined();
    const shown = squash(textOf(bodyEl!, (el) => el.tagName === 'a' && hasClass(el, 'pl')));
    const expected = squash(textOf(parse(renderCircularBody(body).html)));
    expect(shown).toBe(expected);
  });

  test('has a table of contents entry for every heading and a panel entry for every measure, each landing on an anchor', () => {
    const toc = all.find((el) => el.tagName === 'nav' && hasClass(el, 'toc'));
    const tocLinks = hrefsIn(toc);
    expect(tocLinks).toEqual(data.sections.map((s) => `#${s.id}`));
    const panel = byClass('measures')[0];
    const measureLinks = hrefsIn(panel).filter((h) => h.startsWith('#'));
    expect(measureLinks).toEqual(data.measures.map((m) => `#${m.id}`));
    const missing = [...tocLinks, ...measureLinks].filter((h) => !ids.has(h.slice(1)));
    expectNoOffenders(missing, 'links without a target on the page');
  });

  test('links every paragraph and heading to itself', () => {
    const paragraphs = all.filter((el) => el.tagName === 'p' && /^p\d+$/.test(attr(el, 'id') ?? ''));
    expect(paragraphs.length).toBeGreaterThan(0);
    const unlinked = paragraphs.filter((p) => !p.childNodes.some((c) => 'tagName' in c && attr(c, 'href') === `#${attr(p, 'id')}`));
    expectNoOffenders(unlinked.map((p) => attr(p, 'id')!), 'paragraphs without a visible link to themselves');
  });

  test('lists what it cites, linking the ones in the corpus', () => {
    const links = hrefsIn(all.find((el) => attr(el, 'aria-labelledby') === 'links-h'));
    for (const c of data.cites.filter((x) => x.slug && x.slug !== slug)) expect(links).toContain(`/circulars/${c.slug}/`);
    // In the list of what it cites, not anywhere on the page (the body prints the titles too).
    const cites = byClass('cites')[0];
    if (data.cites.length > 0) expect(cites, 'the list of what it cites').toBeDefined();
    for (const c of data.cites) expect(textOf(cites!)).toContain(c.title);
  });

  test('carries schema.org Legislation JSON-LD with its identifier, date, issuer, type and jurisdiction', () => {
    const script = all.find((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    expect(script).toBeDefined();
    const ld = JSON.parse(textOf(script!)) as Record<string, unknown>;
    expect(ld['@type']).toBe('Legislation');
    if (data.docNumber) expect(ld.legislationIdentifier).toBe(data.docNumber);
    if (data.date) expect(ld.legislationDate).toBe(data.date);
    const orgs = issuerNames(data.issuer).map((name) => ({ '@type': 'Organization', name }));
    if (orgs.length > 0) expect(ld.legislationPassedBy).toEqual(orgs.length > 1 ? orgs : orgs[0]);
    if (data.docType) expect(ld.legislationType).toBe(data.docType);
    if (data.region.length) expect(ld.legislationJurisdiction).toBe(data.region.map((r) => r.name).join(''));
  });

  test('flags every curated, inferred or missing field with a focusable tag and its note', () => {
    const facts = byClass('facts')[0]!;
    for (const [field, prov] of Object.entries(data.provenance)) {
      if (prov.from === 'printed' || field === 'title' || field === 'status') continue;
      const note = all.find((el) => attr(el, 'id') === `pvn-${field}`);
      expect(note, `note for ${field}`).toBeDefined();
      if (prov.evidence) expect(textOf(note!)).toContain(prov.evidence);
      const tag = elements(facts).find((el) => attr(el, 'aria-describedby') === `pvn-${field}`);
      expect(tag && attr(tag, 'tabindex'), `focusable tag for ${field}`).toBe('0');
    }
  });

  test('serves its raw seed byte for byte (a text or web page; a Word or PDF file is named, not served), its data as JSON and its cleaning report', () => {
    const seedPath = `/seeds/${servedSeedName(data.source.file)}`;
    if (isServedSeed(data.source.file)) {
      // A web page as text (.html.txt): its bytes, but nothing in it runs on the site's address.
      if (/\.html?$/.test(data.source.file)) expect(seedPath.endsWith('.txt')).toBe(true);
      const seed = readFileSync(join(DIST_DIR, 'seeds', servedSeedName(data.source.file)));
      expect(createHash('sha256').update(seed).digest('hex')).toBe(data.source.sha256);
      expect(hrefsIn(all[0]), `a link to ${seedPath}`).toContain(seedPath);
    } else {
      expect(distHas(`seeds/${data.source.file}`), `${seedPath} served`).toBe(false);
      expect(hrefsIn(all[0]), `a link to ${seedPath}, which is not served`).not.toContain(seedPath);
    }
    const json = JSON.parse(read(`circulars/${slug}/data.json`)) as CircularData & { slug: string };
    expect(json.slug).toBe(slug);
    expect(json.title).toBe(data.title);
    expect(json.measures).toHaveLength(data.measures.length);
    const report = JSON.parse(readFileSync(join(CIRCULARS_DIR, `${slug}.report.json`), 'utf8')) as { dropped: unknown[]; joined: unknown[] };
    const reportPage = read(`circulars/${slug}/report/index.html`);
    expect(reportPage).toContain(`删除的内容（${report.dropped.length}处）`);
    expect(reportPage).toContain(`接合的断行（${report.joined.length}处）`);
  });

  test('weighs at most 30 KB gzipped, HTML and CSS together', () => {
    const html = read(`circulars/${slug}/index.html`);
    const css = all
      .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet')
      .map((el) => read(attr(el, 'href')!.replace(/^\//, '')))
      .join('');
    expect(gzipSync(html + css).length).toBeLessThanOrEqual(PAGE_BUDGETS.circularPage);
  });

  test('runs no script but search (JSON-LD is data, not script)', () => {
    const scripts = all.filter((el) => el.tagName === 'script' && !/^application\/(ld\+)?json$/.test(attr(el, 'type') ?? ''));
    const others = scripts
      .map((el) => attr(el, 'src') ?? `inline: ${textOf(el).slice(0, 80)}`)
      .filter((src) => !/search|pagefind/i.test(src));
    expect(others, 'scripts other than search').toEqual([]);
    // and no inline handlers standing in for a script
    expect(all.flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName} ${a.name}>`))).toEqual([]);
  });
});

test('every circular that cites another is listed on the cited circular’s page', () => {
  const offenders: string[] = [];
  for (const { slug, data } of circulars) {
    for (const c of data.cites) {
      if (!c.slug || c.slug === slug) continue;
      const cited = read(`circulars/${c.slug}/index.html`);
      const start = cited.indexOf('提及本文的文件');
      const end = cited.indexOf('相关文件', start);
      // The list must be there, and only the list is searched (not the whole page, which links the citing circular elsewhere too).
      if (start < 0 || end < 0) {
        offenders.push(`${slug} cites ${c.slug}, but /circulars/${c.slug}/ has no list of the circulars citing it`);
        continue;
      }
      if (!cited.slice(start, end).includes(`/circulars/${slug}/`)) offenders.push(`${slug} cites ${c.slug}, but /circulars/${c.slug}/ does not list it`);
    }
  }
  expectNoOffenders(offenders, 'one-sided citations');
});

test('every page has lang zh-CN, a title, a description and (except the 404 page) a canonical address', () => {
  const offenders: string[] = [];
  for (const file of listHtmlFiles()) {
    const html = read(file);
    if (!html.includes('<html lang="zh-CN"')) offenders.push(`${file}: lang`);
    if (!/<title>[^<]+<\/title>/.test(html)) offenders.push(`${file}: title`);
    if (!/<meta name="description" content="[^"]+"/.test(html)) offenders.push(`${file}: description`);
    if (file !== '404.html' && !html.includes('<link rel="canonical"')) offenders.push(`${file}: canonical`);
  }
  expectNoOffenders(offenders, 'pages missing head metadata');
});

test('the home page lists the newest circulars, links every facet, and stays small', () => {
  const home = read('index.html');
  for (const href of ['/browse/', '/issuers/', '/regions/']) expect(home).toContain(`href="${href}"`);
  expect(home).toContain('href="/browse/all/oldest/"');
  expect(gzipSync(home).length).toBeLessThan(PAGE_BUDGETS.listPage);
  // The newest first (undated ones last): the newest is on the home page, whatever the corpus.
  const sorted = [...circulars].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.slug.localeCompare(b.slug));
  expect(sorted.length, 'content/circulars/ is empty').toBeGreaterThan(0);
  expect(home).toContain(`/circulars/${sorted[0]!.slug}/`);
});

test('every level, year and type of a circular has a browse page that lists it, and so do its issuer and regions', () => {
  const offenders: string[] = [];
  for (const { slug, data } of circulars) {
    const pages = [
      `browse/level/${data.issuerLevel ?? 'none'}/index.html`,
      `browse/year/${data.date?.slice(0, 4) ?? 'none'}/index.html`,
      ...data.region.map((r) => `regions/${r.code}/index.html`),
    ];
    for (const p of pages) {
      if (!distHas(p)) offenders.push(`${p} missing`);
      else if (!read(p).includes(`/circulars/${slug}/`)) offenders.push(`${p} does not list ${slug}`);
    }
    const factsLinks = read(`circulars/${slug}/index.html`).match(/href="\/(issuers|browse\/type)\/[^"]+"/g) ?? [];
    for (const link of factsLinks) {
      const target = link.slice(7, -1);
      if (!read(`${target}index.html`).includes(`/circulars/${slug}/`)) offenders.push(`${target} does not list ${slug}`);
    }
  }
  expectNoOffenders(offenders, 'listings that miss a circular');
});
