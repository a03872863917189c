/**
 * The circular page with a keyboard and without JavaScript: provenance notes
 * open on focus, passage links are visible, the print button appears only when
 * script runs; listings sort and narrow through plain links.
 */
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { readCirculars } from '../support/content';

const circulars = readCirculars();
const curated = circulars.find((c) => c.slug.startsWith('003_')) ?? circulars[0]!;
/** A circular with headings (a table of contents, passages in sections), whichever file name sorts first. */
const outlined = circulars.find((c) => c.sections > 0) ?? circulars[0]!;

test('a provenance tag shows its evidence on keyboard focus, not only on hover', async ({ page }) => {
  await page.goto(siteUrl(`/circulars/${curated.slug}/`));
  const tag = page.locator('.pv-tag').first();
  const noteId = await tag.getAttribute('aria-describedby');
  const note = page.locator(`#${noteId}`);
  await expect.poll(() => note.isVisible()).toBe(false);
  // Tab from the top of the page until the tag has focus.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await tag.evaluate((el) => el === document.activeElement)) break;
  }
  expect(await tag.evaluate((el) => el === document.activeElement), 'tag reachable with Tab').toBe(true);
  expect(await note.isVisible()).toBe(true);
  expect((await note.textContent())?.length).toBeGreaterThan(4);
});

test('without JavaScript the page reads fully: passage links are visible, the print button says how to print', async ({ browser }) => {
  const context = await browser!.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(siteUrl(`/circulars/${outlined.slug}/`));
  expect(await page.locator('.circular-body p a.pl').first().isVisible()).toBe(true);
  expect(await page.locator('.toc a').count()).toBeGreaterThan(0);
  const help = page.locator('#print-help');
  expect(await help.isVisible()).toBe(false);
  await page.getByRole('button', { name: '打印本文' }).click();
  expect(await help.isVisible()).toBe(true);
  expect(await help.textContent()).toContain('Ctrl');
  await help.getByRole('button', { name: '知道了' }).click();
  expect(await help.isVisible()).toBe(false);
  await context.close();
});

test('a passage link leads to its passage', async ({ page }) => {
  await page.goto(siteUrl(`/circulars/${outlined.slug}/`));
  const link = page.locator('.circular-body section p a.pl').first();
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  expect(page.url()).toMatch(new RegExp(`#${id}$`));
  expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
});

test('pages read on a phone: no horizontal scrolling at 390 px', async ({ browser }) => {
  const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  for (const path of ['/', `/circulars/${outlined.slug}/`, `/circulars/${curated.slug}/report/`, '/issuers/', '/regions/', '/browse/']) {
    await page.goto(siteUrl(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the oldest-first order is a link away and reverses the dated list', async ({ page }) => {
  await page.goto(siteUrl('/'));
  const newest = await page.locator('main ol.clist > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.getByRole('link', { name: '由旧到新' }).click();
  expect(new URL(page.url()).pathname).toBe('/browse/all/oldest/');
  const oldest = await page.locator('main ol.clist > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(oldest)).toEqual(new Set(newest));
  expect(oldest[0]).not.toBe(newest[0]);
});
