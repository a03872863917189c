/**
 * Gate: every internal address in every page of dist/ resolves to a file the
 * static server would serve, and every #fragment exists in the target page.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { resolveRequestPath } from '../../scripts/lib/static-server';
import { DIST_DIR, listHtmlFiles, SITE_ADDRESS, SITE_BASE, urlPathOf } from '../support/dist';
import { extractLinksAndTargets, resolveLink, type PageAnchors } from '../support/links';
import { expectNoOffenders } from '../support/offenders';

/** Canonical links are absolute on the configured site address; they must resolve too. (No address: any absolute link is external.) */
const SITE_ORIGIN = SITE_ADDRESS || 'http://site-address-not-configured.invalid';

test('every internal link and fragment in dist/ resolves', async () => {
  const files = listHtmlFiles();
  expect(files.length, 'dist/ has no HTML pages').toBeGreaterThan(0);

  const pages = new Map<string, PageAnchors>();
  for (const file of files) pages.set(file, extractLinksAndTargets(readFileSync(join(DIST_DIR, file), 'utf8')));

  const offenders: string[] = [];
  let checked = 0;
  for (const [file, { links }] of pages) {
    const pagePath = urlPathOf(file);
    for (const link of links) {
      const where = `dist/${file}${link.line ? `:${link.line}` : ''} <${link.tag} ${link.attribute}="${link.value}">`;
      const target = resolveLink(link.value, pagePath, SITE_ORIGIN);
      if (target.kind === 'external') continue;
      checked += 1;
      if (target.kind === 'invalid') {
        offenders.push(`${where}: not a valid address`);
        continue;
      }
      if (!target.pathname.startsWith(SITE_BASE)) {
        offenders.push(`${where}: ${target.pathname} is outside the path the site is hosted under (${SITE_BASE})`);
        continue;
      }
      const resolution = await resolveRequestPath(DIST_DIR, `/${target.pathname.slice(SITE_BASE.length)}`);
      if (resolution.kind === 'missing') {
        offenders.push(`${where}: no file in dist/ for ${target.pathname}`);
        continue;
      }
      if (resolution.kind === 'redirect') {
        // trailingSlash: 'always' — a link without the slash costs a redirect, and 404s on some hosts.
        offenders.push(`${where}: ${target.pathname} is a folder; link to ${resolution.location}`);
        continue;
      }
      if (target.fragment === null) continue;
      const targetFile = relative(DIST_DIR, resolution.file).split(sep).join('/');
      const targetPage = pages.get(targetFile);
      if (!targetPage) {
        offenders.push(`${where}: #${target.fragment} points into ${targetFile}, which is not an HTML page`);
      } else if (!targetPage.targets.has(target.fragment)) {
        offenders.push(`${where}: no id or name "${target.fragment}" in dist/${targetFile}`);
      }
    }
  }
  expectNoOffenders(offenders, `broken internal links (of ${checked} checked in ${files.length} pages)`);
});
