/**
 * The built site as tests see it: where it is (dist/, or the build under a
 * sub-path: TEST_SITE_DIR, set per vitest project from tests/support/test-sites.ts),
 * the path it is hosted under, its public address, whether it was built, and its pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST_DIR = resolve(ROOT, process.env.TEST_SITE_DIR || 'dist');
/** the path the site is hosted under, ending in / */
export const SITE_BASE = process.env.TEST_SITE_BASE || '/';
/** the public address the site was built for, or '' when none was configured */
export const SITE_ADDRESS = process.env.TEST_SITE_URL ?? '';

/**
 * Folders in dist/ that hold no pages of ours: Pagefind's index and UI, and the raw
 * seeds (/seeds/, src/integrations/seed-files.ts), served byte for byte as they were
 * found; a seed saved from a web page is that site's HTML, with its own markup and links.
 */
const NOT_OUR_PAGES = new Set(['pagefind', 'seeds']);

/** Fails with the one thing to do when dist/ has not been built. */
export function assertDistBuilt(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `No built site in ${DIST_DIR} (dist/index.html is missing): run npm run build first. ` +
        '(npm test builds it before running the tests.)',
    );
  }
}

/** Every HTML file of our pages in dist/, relative to dist/ with `/` separators, sorted. */
export function listHtmlFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === DIST_DIR && NOT_OUR_PAGES.has(entry.name)) continue;
        walk(path);
      } else if (entry.name.endsWith('.html')) {
        files.push(relative(DIST_DIR, path).split(sep).join('/'));
      }
    }
  };
  walk(DIST_DIR);
  return files.sort();
}

/** The address a file in dist/ is served at: `circulars/x/index.html` → `/circulars/x/` (under the base path), `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  const path = `${SITE_BASE}${relativeFile}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Names of the sub-folders of a folder in dist/ that hold a page (`index.html`), sorted. */
export function pageFoldersUnder(relativeDir: string): string[] {
  const dir = join(DIST_DIR, relativeDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Whether dist/ has a file at this path relative to dist/. */
export function distHas(relativeFile: string): boolean {
  return existsSync(join(DIST_DIR, relativeFile));
}
