/**
 * The search index: `pagefind --site DIR` over the built site, or, for a corpus
 * too large for one Pagefind run's memory, one run per shard of circular pages
 * (src/lib/search/shards.ts), each run seeing only its pages through a folder of
 * hard links, writing to /pagefind/, /pagefind-1/ …. Runs are sequential, so the
 * peak memory is one shard's.
 *
 *   tsx scripts/build-search-index.ts [DIR]     (DIR: OUT_DIR or dist)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { assignShards, shardPath } from '../src/lib/search/shards';

const site = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const pagefind = path.resolve(import.meta.dirname, '../node_modules/.bin/pagefind');

function run(args: string[]): void {
  const r = spawnSync(pagefind, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-search-index: pagefind ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const circularsDir = path.join(site, 'circulars');
if (!existsSync(circularsDir)) {
  console.error(`build-search-index: no built site in ${site} (run astro build first)`);
  process.exit(1);
}
// Only circular pages carry data-pagefind-body: they are all the index holds.
const pages = readdirSync(circularsDir)
  .filter((slug) => existsSync(path.join(circularsDir, slug, 'index.html')))
  .sort()
  .map((slug) => path.join('circulars', slug, 'index.html'));
const shards = assignShards(pages);

if (shards.length === 1) {
  run(['--site', site]);
} else {
  shards.forEach((shard, k) => {
    const view = mkdtempSync(path.join(path.dirname(site), '.search-shard-'));
    try {
      for (const page of shard) {
        mkdirSync(path.join(view, path.dirname(page)), { recursive: true });
        linkSync(path.join(site, page), path.join(view, page));
      }
      console.log(`build-search-index: shard ${k + 1} of ${shards.length}: ${shard.length} circulars → ${shardPath(k)}`);
      run(['--site', view, '--output-path', path.join(site, shardPath(k))]);
    } finally {
      rmSync(view, { recursive: true, force: true });
    }
  });
}
