/**
 * The matrix in the browser: without JavaScript a default set shows; choosing
 * columns and themes changes the URL and the table; a shared URL opens the same
 * table; the matrix prints on landscape A4 with its header row on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { readCirculars } from '../support/content';
import { expectNoOffenders } from '../support/offenders';
import { seriousAxeViolations } from '../support/axe';

const circulars = readCirculars();
const slugs = circulars.map((c) => c.slug);
const columnSlugs = (page: Page) => page.locator('#matrix thead th[data-slug]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.slug!));
const themeRows = (page: Page) => page.locator('#matrix tbody tr[data-theme]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.theme!));

test('without JavaScript the default set shows and the chooser, which needs it, stays hidden', async ({ browser, skip }) => {
  if (!browser) return skip('no Chromium');
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('/compare/?c=nothing'));
    expect(await page.locator('#chooser-box').isVisible()).toBe(false);
    const cols = await columnSlugs(page);
    expect(cols.length).toBeGreaterThan(1);
    expect(await page.locator('#matrix td').evaluateAll((tds) => tds.filter((td) => !td.textContent?.trim()).length)).toBe(0);
  } finally {
    await context.close();
  }
});

test('the script builds the same table and chooser list as the build, whatever the order in the URL', async ({ browser, page }) => {
  const context = await browser!.newContext({ javaScriptEnabled: false });
  let built: { table: string; files: string; cols: string[] };
  try {
    const plain = await context.newPage();
    await plain.goto(siteUrl('/compare/'));
    built = { table: await plain.locator('#matrix').innerHTML(), files: await plain.locator('#chooser-files').innerHTML(), cols: await columnSlugs(plain) };
  } finally {
    await context.close();
  }
  expect(built.cols.length).toBeGreaterThan(1);
  await page.goto(siteUrl(`/compare/?c=${[...built.cols].reverse().join(',')}`));
  await expect.poll(() => page.locator('#matrix-status').textContent()).toMatch(/已显示/);
  expect(await page.locator('#matrix').innerHTML()).toBe(built.table);
  expect(await page.locator('#chooser-files').innerHTML()).toBe(built.files);
});

test('choosing columns changes the URL and the table', async ({ page }) => {
  await page.goto(siteUrl('/compare/'));
  await expect.poll(() => page.locator('#chooser-box').isVisible()).toBe(true);
  await page.locator('#chooser-box summary').click();
  const before = await columnSlugs(page);
  const dropped = before[0]!;
  await page.locator(`#chooser input[name="c"][value="${dropped}"]`).uncheck();
  await expect.poll(() => columnSlugs(page)).toEqual(before.slice(1));
  expect(new URL(page.url()).searchParams.get('c')).toBe(before.slice(1).join(','));

  await page.locator(`#chooser input[name="c"][value="${dropped}"]`).check();
  await expect.poll(async () => (await columnSlugs(page)).sort()).toEqual([...before].sort());
  expect(new URL(page.url()).searchParams.get('c')!.split(',').sort()).toEqual([...before].sort());

  // Back goes to the previous choice.
  await page.goBack();
  await expect.poll(() => columnSlugs(page)).toEqual(before.slice(1));
});

test('choosing themes keeps only those rows, and the URL records them', async ({ page }) => {
  await page.goto(siteUrl('/compare/'));
  await expect.poll(() => page.locator('#chooser-box').isVisible()).toBe(true);
  await page.locator('#chooser-box summary').click();
  const all = await themeRows(page);
  await page.locator('#chooser input[name="t"][value="funding"]').uncheck();
  await expect.poll(() => themeRows(page)).toEqual(all.filter((t) => t !== 'funding'));
  expect(new URL(page.url()).searchParams.get('t')).not.toContain('funding');
});

test('a shared URL opens the same two circulars side by side, in level order, with working cell links', async ({ page }) => {
  // One of the two has a measure filed under funding, so the funding row has a link to follow.
  const funded = circulars.find((c) => c.measureThemes.has('funding'));
  expect(funded, 'a circular with a measure on funding').toBeDefined();
  const pair = [funded!.slug, slugs.find((s) => s !== funded!.slug)!];
  await page.goto(siteUrl(`/compare/?c=${pair.join(',')}&t=funding,representation`));
  await expect.poll(async () => (await columnSlugs(page)).sort()).toEqual([...pair].sort());
  // Rows keep the taxonomy order (representation comes before funding), whatever the order in the URL.
  expect(await themeRows(page)).toEqual(['representation', 'funding']);
  const cells = await page.locator('#matrix tbody td').allTextContents();
  expect(cells.every((t) => t.trim().length > 0)).toBe(true);
  const link = page.locator(`#matrix tbody tr[data-theme="funding"] td a[href*="${funded!.slug}"]`).first();
  expect(await link.count()).toBe(1);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL((url) => url.pathname + url.hash === href);
  expect(await page.locator(new URL(href, page.url()).hash).count()).toBe(1);
});

test('the matrix prints on landscape A4 with the header row on every page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(siteUrl('/compare/'));
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'compare-print-'));
  const pdf = join(dir, 'matrix.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  // A4 landscape: 842 × 595 pt.
  expect(Math.round(Number(w))).toBe(842);
  expect(Math.round(Number(h))).toBe(595);
  const firstIssuer = (await page.locator('#matrix thead th[data-slug] a').first().textContent())!.trim();
  for (let i = 1; i <= pages; i++) {
    const text = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text, `page ${i} of ${pages} repeats the header`).toContain(firstIssuer.replace(/\s+/g, ''));
  }
});


test.for(['/compare/?c=' + slugs.slice(0, 2).join(','), '/themes/', '/figures/', '/deadlines/', '/citations/', '/data/'])(
  '%s has no serious or critical axe violations',
  async (path, { page }) => {
    await page.goto(siteUrl(path));
    if (path.startsWith('/compare/')) await expect.poll(() => columnSlugs(page)).toHaveLength(2);
    expectNoOffenders(await seriousAxeViolations(page), `serious or critical accessibility violations on ${path}`);
  },
);
