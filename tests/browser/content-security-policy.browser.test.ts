/**
 * The Content-Security-Policy (src/lib/content-security-policy.ts) holds on
 * every kind of page: each page declares it, has no inline event handler,
 * nothing on it is refused, and
 * search and the comparison, the two pages with scripts, still work under it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/content-security-policy';
import { siteUrl, test } from '../support/browser';
import { pageFoldersUnder } from '../support/dist';

/** Collects every violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

const first = (dir: string) => {
  const [name] = pageFoldersUnder(dir);
  if (!name) throw new Error(`the build has no page under ${dir}/`);
  return `/${dir}/${name}/`;
};

const circular = first('circulars');
const PAGES = [
  '/',
  '/browse/',
  circular,
  `${circular}report/`,
  first('issuers'),
  first('regions'),
  first('themes'),
  '/figures/',
  '/deadlines/',
  '/citations/',
  '/data/',
  '/no-such-page/',
];

test('every kind of page declares the policy and nothing on it is refused', async ({ page }) => {
  const violations = await recordViolations(page);
  for (const path of PAGES) {
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    const declared = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(declared, path).toBe(CONTENT_SECURITY_POLICY);
    // No inline event handlers (onclick=…): the policy would refuse them.
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `<${el.localName} ${a}>`)),
    );
    expect(handlers, path).toEqual([]);
    expect(await violations(), path).toEqual([]);
  }
});

test('search finds circulars under the policy, with nothing refused', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(siteUrl('/search/?q=工会'));
  await page.locator('.result').first().waitFor({ timeout: 30_000 });
  expect(await page.locator('.result').count()).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

test('the comparison chooser runs under the policy, with nothing refused', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(siteUrl('/compare/'));
  // The chooser is hidden until its script runs.
  await expect.poll(() => page.locator('#chooser-box').isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await violations()).toEqual([]);
});
