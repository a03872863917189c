/**
 * Gate: the built site shows a full address only when one was configured, and
 * then only that one — never a guessed localhost on a page, in the data or on
 * paper. Runs on the published build (dist/, with its address) and on the build
 * under a sub-path (no address configured).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST_DIR, distHas, listHtmlFiles, SITE_ADDRESS } from '../support/dist';
import { expectNoOffenders } from '../support/offenders';

/** Our text files: pages, data, feeds, sitemap, scripts (not the raw seeds, which are as found). */
function textFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!(dir === DIST_DIR && e.name === 'seeds')) walk(full);
      } else if (/\.(html|xml|json|csv|js|css|txt)$/.test(e.name)) out.push(relative(DIST_DIR, full));
    }
  };
  walk(DIST_DIR);
  return out;
}

test('no file of the build names localhost or a loopback address', () => {
  const files = textFiles();
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(DIST_DIR, f), 'utf8')));
  expectNoOffenders(offenders, `files naming localhost (of ${files.length})`);
});

test('canonical links, the sitemap and the printed web address exist exactly when an address is configured', () => {
  const pages = listHtmlFiles().filter((f) => f !== '404.html');
  const offenders: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(DIST_DIR, file), 'utf8');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (SITE_ADDRESS ? !canonical?.startsWith(`${SITE_ADDRESS}/`) : canonical) offenders.push(`${file}: canonical ${canonical ?? 'missing'}`);
    if (file.startsWith('circulars/') && file.split('/').length === 3) {
      const printed = /本文网络版：([^<\s]+)/.exec(html)?.[1];
      if (SITE_ADDRESS ? !printed?.startsWith(`${SITE_ADDRESS}/`) : printed) offenders.push(`${file}: printed address ${printed ?? 'missing'}`);
    }
  }
  expectNoOffenders(offenders, `pages whose addresses do not follow the configuration (of ${pages.length})`);
  expect(distHas('sitemap-index.xml')).toBe(Boolean(SITE_ADDRESS));
});
