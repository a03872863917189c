/**
 * The search index of a site already built: Pagefind over its circular pages,
 * in shards above 3,000 circulars, SEARCH_INDEX_JOBS at a time (default: the
 * number of cores, at most 2). `npm run build:site` starts the same indexing
 * itself, as soon as the circular pages are written (scripts/build-site.ts).
 *
 *   tsx scripts/build-search-index.ts [DIR]     (DIR: OUT_DIR or dist)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { circularPages, indexJobs, indexSite } from './lib/search-index';

const site = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');

if (!existsSync(path.join(site, 'circulars'))) {
  console.error(`build-search-index: no built site in ${site} (run astro build first)`);
  process.exit(1);
}
try {
  await indexSite(site, circularPages(site), indexJobs).done;
} catch (e) {
  console.error(`build-search-index: ${(e as Error).message}`);
  process.exit(1);
}
