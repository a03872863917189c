/**
 * Printing a circular: Chromium's own PDF of each circular page is A4, its
 * Chinese text extracts (pdftotext) with the title and 发文字号 on page 1, its
 * CJK fonts are embedded (pdffonts), page numbers print, and no navigation,
 * search or panel text reaches paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { readCirculars } from '../support/content';
import { SITE_ADDRESS } from '../support/dist';

const circulars = readCirculars();
const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const poppler = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

/** Words that only screen-only parts of the page carry. */
const SCREEN_ONLY = ['跳到正文', '工会改革文件库', '分类浏览', '措施一览', '关联文件', '来源与数据', '目录', '打印本文', '检索', '收录各级工会'];

test.for(circulars.map((c) => [c.slug, c] as const))('%s prints as an A4 document', async ([slug], { page }) => {
  await page.goto(siteUrl(`/circulars/${slug}/`));
  // Read what the PDF must contain from the page itself, before printing.
  const { title, docNumber, firstParagraph } = await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('.circular-body p')].find((p) => !p.closest('[class^="doc-"]'));
    const copy = paragraph?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('.pl').forEach((a) => a.remove());
    return {
      title: document.querySelector('h1')?.textContent ?? '',
      docNumber: document.querySelector('.ph-number')?.textContent ?? null,
      firstParagraph: copy?.textContent ?? '',
    };
  });
  const file = join(dir, `${slug}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));

  const info = poppler('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(0);
  // A4 is 595.28 × 841.89 pt; Chromium rounds to whole device pixels.
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);

  const first = squash(poppler('pdftotext', ['-f', '1', '-l', '1', file, '-']));
  expect(first, 'title on page 1').toContain(squash(title));
  if (docNumber) expect(first, '发文字号 on page 1').toContain(squash(docNumber));

  const all = squash(poppler('pdftotext', [file, '-']));
  // Chinese text extracts: the first paragraph of the body is there as text.
  expect(firstParagraph.length).toBeGreaterThan(0);
  expect(all).toContain(squash(firstParagraph).slice(0, 40));
  // Page numbers in the standard's form: — 1 —.
  expect(all).toMatch(/—1—/);
  for (const word of SCREEN_ONLY) expect(all, `"${word}" on paper`).not.toContain(word);
  expect(all).not.toContain('¶');
  // The web address on paper is the public one the site was built for, never the server it was printed from.
  expect(all).not.toMatch(/localhost|127\.0\.0\.1/);
  if (SITE_ADDRESS) expect(all, 'the printed web address').toContain(squash(`本文网络版：${SITE_ADDRESS}/circulars/${slug}/`));

  const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  // Columns: name type encoding emb sub uni object ID; every font embedded.
  const notEmbedded = fonts.filter((line) => !/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line));
  expect(notEmbedded).toEqual([]);
});

test('a curated title prints marked as such', async ({ page, skip }) => {
  // 003 is the seed whose title a curator supplied (seeds/003_….yaml).
  const curated = circulars.find((c) => c.slug.startsWith('003_'));
  if (!curated) return skip('no circular with a curated title');
  await page.goto(siteUrl(`/circulars/${curated!.slug}/`));
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('.ph-title, .ph-title-note').evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none').map((el) => el.textContent),
  );
  expect(shown.join('')).toContain('编者所拟');
});
