/**
 * The home page and the list pages after it link every circular in
 * content/circulars/, and each circular's page opens with its title.
 */
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { readCirculars } from '../support/content';
import { expectNoOffenders } from '../support/offenders';

const circulars = readCirculars();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('there are circulars to show', () => {
  expect(circulars.length, 'content/circulars/ has no .mdx files: run npm run ingest').toBeGreaterThan(0);
});

test('the home page and the pages after it (rel=next) link to every circular', async ({ page }) => {
  // The home page shows the newest page of the list; the rest follow on /browse/all/2/ … .
  const linked = new Set<string>();
  let next: string | null = siteUrl('/');
  for (let guard = 0; next && guard < 1000; guard++) {
    await page.goto(next);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    hrefs.forEach((href) => linked.add(href));
    const rel = page.locator('main a[rel="next"]');
    next = (await rel.count()) > 0 ? await rel.first().evaluate((a) => (a as HTMLAnchorElement).href) : null;
  }
  const missing = circulars.filter(({ slug }) => !linked.has(`/circulars/${slug}/`)).map(({ slug }) => `/circulars/${slug}/`);
  expectNoOffenders(missing, `of ${circulars.length} circulars not linked from the home page and its following pages`);
});

test(
  'every circular page opens with its title in the <h1>',
  // One page load per circular, so the time allowed grows with the corpus.
  { timeout: 30_000 + circulars.length * 1_000 },
  async ({ page }) => {
    const offenders: string[] = [];
    for (const { slug, title } of circulars) {
      const path = `/circulars/${slug}/`;
      const response = await page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
      if (response?.status() !== 200) {
        offenders.push(`${path}: status ${response?.status() ?? 'none'}`);
        continue;
      }
      const headings = await page.locator('h1').allTextContents();
      const h1 = squash(headings[0] ?? '');
      if (headings.length !== 1) offenders.push(`${path}: ${headings.length} <h1> elements, expected 1`);
      if (!h1) offenders.push(`${path}: empty or missing <h1>`);
      else if (title !== null && !h1.includes(squash(title))) offenders.push(`${path}: <h1> "${h1}" lacks the title "${title}"`);
    }
    expectNoOffenders(offenders, `of ${circulars.length} circular pages without their title`);
  },
);
