/**
 * The accessibility audit of a loaded page with axe-core: its serious and
 * critical violations, one line each. axe is evaluated through the browser's
 * debugging protocol rather than added as a <script>: the site's
 * Content-Security-Policy rightly refuses an inline script, and the audit must
 * see the page as readers get it, policy included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // No exclusions: every rule axe runs by default applies.
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — at ${n.target.join(' ')} — ${v.helpUrl}`));
}
