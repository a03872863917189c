/**
 * The comparison views against the built site: matrix cells land on the right
 * paragraph, every measure is under each of its themes, every deadline and
 * figure is listed, the CSV/JSON data hold the same counts as the pages, and
 * /compare/ stays small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { BOM, parseCsv } from '../../src/lib/compare/csv';
import type { CircularData } from '../../src/schema/circular';
import { CIRCULARS_DIR } from '../support/content';
import { DIST_DIR, distHas, pageFoldersUnder } from '../support/dist';
import { extractLinksAndTargets } from '../support/links';
import { expectNoOffenders } from '../support/offenders';
import { PAGE_BUDGETS } from '../../scripts/lib/page-budgets';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

const circulars: { slug: string; data: CircularData }[] = readdirSync(CIRCULARS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(CIRCULARS_DIR, f), 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
    return { slug: f.replace(/\.mdx$/, ''), data: parseYaml(fm) as CircularData };
  });
const allMeasures = circulars.flatMap((c) => c.data.measures.map((m) => ({ slug: c.slug, m })));

const read = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');
const pagePath = (url: string) => join(url.replace(/^\//, ''), 'index.html');

/** Every page of a paginated list: `<base>`, `<base>2/` … */
function pagesOf(base: string): string[] {
  const files = [pagePath(base)];
  for (let n = 2; distHas(pagePath(`${base}${n}/`)); n++) files.push(pagePath(`${base}${n}/`));
  return files;
}

/** Anchors (#ids) of each circular page, read once. */
const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(slug: string): Set<string> {
  if (!anchorsCache.has(slug)) anchorsCache.set(slug, extractLinksAndTargets(read(`circulars/${slug}/index.html`)).targets);
  return anchorsCache.get(slug)!;
}

function measureLinks(html: string): string[] {
  return extractLinksAndTargets(html)
    .links.map((l) => l.value)
    .filter((v) => /^\/circulars\/[^/]+\/#m\d+$/.test(v));
}

function walk(node: Node, visit: (el: Element) => void): void {
  if ('tagName' in node) visit(node);
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, visit);
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

describe('/compare/', () => {
  const html = read('compare/index.html');

  test('every cell link lands on an existing anchor of the circular of its column, and no cell is blank', () => {
    const doc = parseHtml(html);
    let table: Element | undefined;
    walk(doc, (el) => {
      if (el.tagName === 'table' && attr(el, 'id') === 'matrix') table = el;
    });
    expect(table, 'no table#matrix').toBeDefined();
    const columns: string[] = [];
    walk(table!, (el) => {
      if (el.tagName === 'th' && attr(el, 'data-slug')) columns.push(attr(el, 'data-slug')!);
    });
    expect(columns.length).toBeGreaterThan(1);
    const offenders: string[] = [];
    let links = 0;
    walk(table!, (row) => {
      if (row.tagName !== 'tr' || !attr(row, 'data-theme')) return;
      const cells = row.childNodes.filter((n): n is Element => 'tagName' in n && n.tagName === 'td');
      if (cells.length !== columns.length) offenders.push(`row ${attr(row, 'data-theme')}: ${cells.length} cells for ${columns.length} columns`);
      cells.forEach((cell, i) => {
        const slug = columns[i]!;
        if (!textOf(cell).trim()) offenders.push(`row ${attr(row, 'data-theme')}, column ${slug}: blank cell`);
        walk(cell, (a) => {
          if (a.tagName !== 'a') return;
          links += 1;
          const href = attr(a, 'href') ?? '';
          const m = /^\/circulars\/([^/]+)\/#(m\d+)$/.exec(href);
          if (!m) offenders.push(`${href}: not a measure link`);
          else if (m[1] !== slug) offenders.push(`${href}: in the column of ${slug}`);
          else if (!anchorsOf(slug).has(m[2]!)) offenders.push(`${href}: no such anchor`);
        });
      });
    });
    expect(links).toBeGreaterThan(0);
    expectNoOffenders(offenders, 'bad matrix cells');
  });

  test('links its data files', () => {
    for (const href of ['/data/matrix.csv', '/data/circulars.json']) expect(html).toContain(`href="${href}"`);
  });

  test('stays under 100 KB gzip with its CSS', () => {
    const css = [...html.matchAll(/<link[^>]+href="(\/_astro\/[^"]+\.css)"/g)].map((m) => read(m[1]!.slice(1)));
    // Inline <style> is part of the HTML already.
    const size = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    expect(size, `compare page ${size} bytes gzip`).toBeLessThan(PAGE_BUDGETS.listPage);
  });
});

describe('/data/circulars/<slug>.json (the columns the chooser fetches)', () => {
  test('every circular has one, and every cell link lands on an anchor of that circular', () => {
    const offenders: string[] = [];
    for (const { slug, data } of circulars) {
      const col = JSON.parse(read(`data/circulars/${slug}.json`)) as { slug: string; cells: Record<string, { href: string }[]> };
      if (col.slug !== slug) offenders.push(`${slug}.json names ${col.slug}`);
      const hrefs = Object.values(col.cells).flat().map((m) => m.href);
      for (const href of hrefs) {
        const [, s, id] = /^\/circulars\/([^/]+)\/#(m\d+)$/.exec(href) ?? [];
        if (s !== slug || !anchorsOf(slug).has(id ?? '')) offenders.push(`${slug}.json: ${href}`);
      }
      const expected = data.measures.reduce((n, m) => n + Math.max(1, m.themes.length), 0);
      if (hrefs.length !== expected) offenders.push(`${slug}.json: ${hrefs.length} cell entries, expected ${expected}`);
    }
    expectNoOffenders(offenders, 'bad column files');
  });
});

describe('/themes/', () => {
  test('every measure of every circular appears under each of its themes (unthemed ones under 未归入主题)', () => {
    const themeIds = pageFoldersUnder('themes');
    const listed = new Map(themeIds.map((id) => [id, new Set(pagesOf(`/themes/${id}/`).flatMap((f) => measureLinks(read(f))))]));
    const offenders: string[] = [];
    for (const { slug, m } of allMeasures) {
      for (const theme of m.themes.length ? m.themes : ['unclassified']) {
        if (!listed.get(theme)?.has(`/circulars/${slug}/#${m.id}`)) offenders.push(`${slug}#${m.id} missing from /themes/${theme}/`);
      }
    }
    // …and nothing else is listed there.
    const expectedTotal = allMeasures.reduce((n, { m }) => n + Math.max(1, m.themes.length), 0);
    const listedTotal = [...listed.values()].reduce((n, s) => n + s.size, 0);
    if (listedTotal !== expectedTotal) offenders.push(`${listedTotal} measure links on theme pages, expected ${expectedTotal}`);
    expectNoOffenders(offenders, 'measures missing from theme pages');
  });

  test('the theme index counts match the theme pages', () => {
    const index = read('themes/index.html');
    const offenders: string[] = [];
    for (const id of pageFoldersUnder('themes')) {
      const m = new RegExp(`href="/themes/${id}/"[^<]*</a>\\s*</th>\\s*<td class="num"[^>]*>([\\d,]+)</td>`).exec(index);
      const links = pagesOf(`/themes/${id}/`).flatMap((f) => measureLinks(read(f)));
      if (!m) offenders.push(`${id}: no row in /themes/`);
      else if (Number(m[1]!.replace(/,/g, '')) !== new Set(links).size) offenders.push(`${id}: index says ${m[1]}, pages list ${links.length}`);
    }
    expectNoOffenders(offenders, 'theme counts that disagree');
  });
});

describe('/deadlines/ and /figures/', () => {
  test('every resolved deadline is on the timeline, every other one on the unresolved list', () => {
    const timeline = pagesOf('/deadlines/').flatMap((f) => measureLinks(read(f)));
    const unresolved = pagesOf('/deadlines/unresolved/').flatMap((f) => measureLinks(read(f)));
    const offenders: string[] = [];
    const expected = { resolved: [] as string[], unresolved: [] as string[] };
    for (const { slug, m } of allMeasures) {
      for (const d of m.deadlines) (d.date ? expected.resolved : expected.unresolved).push(`/circulars/${slug}/#${m.id}`);
    }
    const sorted = (a: string[]) => [...a].sort();
    if (sorted(timeline).join() !== sorted(expected.resolved).join()) offenders.push(`timeline lists ${timeline.length}, expected ${expected.resolved.length}`);
    if (sorted(unresolved).join() !== sorted(expected.unresolved).join()) offenders.push(`unresolved lists ${unresolved.length}, expected ${expected.unresolved.length}`);
    expectNoOffenders(offenders, 'deadline lists that disagree with the content');
  });

  test('every target is in exactly one figure group', () => {
    const kinds = pageFoldersUnder('figures');
    const rows = kinds.flatMap((k) => pagesOf(`/figures/${k}/`)).reduce((n, f) => n + (read(f).match(/class="num figure-value"/g)?.length ?? 0), 0);
    const targets = allMeasures.reduce((n, { m }) => n + m.targets.length, 0);
    expect(rows).toBe(targets);
  });
});

describe('/data/', () => {
  test('measures.csv parses, starts with a BOM and has one row per measure', () => {
    const text = read('data/measures.csv');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text);
    const width = rows[0]!.length;
    expect(rows.every((r) => r.length === width)).toBe(true);
    expect(rows.length - 1).toBe(allMeasures.length);
    const keys = new Set(rows.slice(1).map((r) => `${r[0]}#${r[5]}`));
    expect(keys).toEqual(new Set(allMeasures.map(({ slug, m }) => `${slug}#${m.id}`)));
  });

  test('matrix.csv parses, has one row per circular and the same filled cells as the column files', () => {
    const text = read('data/matrix.csv');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text);
    expect(rows.length - 1).toBe(circulars.length);
    const offenders: string[] = [];
    for (const row of rows.slice(1)) {
      const col = JSON.parse(read(`data/circulars/${row[0]}.json`)) as { cells: Record<string, unknown[]> };
      const filled = row.slice(5).filter((cell) => cell !== '未涉及').length;
      const expected = Object.values(col.cells).filter((c) => c.length > 0).length;
      if (filled !== expected) offenders.push(`${row[0]}: ${filled} filled cells, the column file has ${expected}`);
      if (row.slice(5).some((cell) => cell === '')) offenders.push(`${row[0]}: blank cell`);
    }
    expectNoOffenders(offenders, 'matrix rows that disagree');
  });

  test('circulars.json lists every circular and its measure count', () => {
    const json = JSON.parse(read('data/circulars.json')) as { circulars: { slug: string; measures: number }[] };
    expect(new Map(json.circulars.map((c) => [c.slug, c.measures]))).toEqual(new Map(circulars.map((c) => [c.slug, c.data.measures.length])));
  });

  test('the data files are linked from the pages they belong to', () => {
    expect(read('themes/index.html')).toContain('href="/data/measures.csv"');
    expect(read('data/index.html')).toContain('href="/data/matrix.csv"');
  });
});
