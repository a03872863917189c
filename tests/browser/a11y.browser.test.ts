/**
 * Gate: axe-core finds no serious or critical accessibility violation on one
 * page of each page type. Page types are discovered from dist/, so the audit
 * grows as pages are added.
 */
import { expect } from 'vitest';
import { siteUrl, test } from '../support/browser';
import { distHas, pageFoldersUnder } from '../support/dist';
import { expectNoOffenders } from '../support/offenders';
import { seriousAxeViolations } from '../support/axe';


/** One representative page per page type that dist/ has: [label, path, expected HTTP status]. */
function pagesToAudit(): [string, string, number][] {
  const pages: [string, string, number][] = [['home', '/', 200]];
  const first = (folder: string) => pageFoldersUnder(folder)[0];
  const circular = first('circulars');
  if (circular) pages.push(['circular', `/circulars/${circular}/`, 200]);
  if (distHas('compare/index.html')) pages.push(['compare', '/compare/', 200]);
  for (const listing of ['themes', 'issuers', 'regions']) {
    const entry = first(listing);
    if (entry) pages.push([listing, `/${listing}/${entry}/`, 200]);
  }
  if (distHas('search/index.html')) pages.push(['search', '/search/', 200]);
  if (distHas('404.html')) pages.push(['404', '/no-such-page/', 404]);
  return pages;
}

test.for(pagesToAudit())('%s page (%s) has no serious or critical axe violations', async ([, path, status], { page }) => {
  const response = await page.goto(siteUrl(path));
  expect(response?.status(), `status of ${path}`).toBe(status);

  expectNoOffenders(await seriousAxeViolations(page), `serious or critical accessibility violations on ${path}`);
});
