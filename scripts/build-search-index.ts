/**
 * The search index: Pagefind over the built circular pages, or, for a corpus
 * too large for one Pagefind run's memory, one run per shard of circular pages
 * (src/lib/search/shards.ts), each run seeing only its pages through a folder of
 * hard links, writing to /pagefind/, /pagefind-1/ …. A Pagefind run uses one
 * core, so shards are indexed SEARCH_INDEX_JOBS at a time (default: the number
 * of cores, at most 2); the peak memory is that many shards' (about 3.3 GB for a
 * shard of 2,500 circulars).
 *
 *   tsx scripts/build-search-index.ts [DIR]     (DIR: OUT_DIR or dist)
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assignShards, shardPath } from '../src/lib/search/shards';

const site = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const pagefind = path.resolve(import.meta.dirname, '../node_modules/.bin/pagefind');
const jobs = Math.max(1, Number(process.env.SEARCH_INDEX_JOBS) || Math.min(2, os.availableParallelism()));

const running = new Set<ReturnType<typeof spawn>>();

/** One Pagefind run; its output is printed with a prefix naming the shard, so parallel runs stay readable. */
function run(label: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefind, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const relay = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const line of lines) to.write(`[${label}] ${line}\n`);
      });
      stream.on('end', () => rest && to.write(`[${label}] ${rest}\n`));
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      return code === 0 ? resolve() : reject(new Error(`pagefind ${args.join(' ')} failed (exit ${code ?? signal})`));
    });
  });
}

/** Index one shard: its pages hard-linked into a folder of their own, so that Pagefind sees only them. */
async function indexShard(shard: string[], k: number, count: number): Promise<void> {
  const view = mkdtempSync(path.join(path.dirname(site), '.search-shard-'));
  try {
    for (const page of shard) {
      mkdirSync(path.join(view, path.dirname(page)), { recursive: true });
      linkSync(path.join(site, page), path.join(view, page));
    }
    console.log(`build-search-index: shard ${k + 1} of ${count}: ${shard.length} circulars → ${shardPath(k)}`);
    await run(`shard ${k + 1}`, ['--site', view, '--output-path', path.join(site, shardPath(k))]);
  } finally {
    rmSync(view, { recursive: true, force: true });
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

try {
  if (shards.length === 1) {
    // --glob: Pagefind reads only the circular pages, not every page of the site.
    await run('search', ['--site', site, '--glob', 'circulars/*/index.html']);
  } else {
    let next = 0;
    const worker = async () => {
      while (next < shards.length) {
        const k = next++;
        await indexShard(shards[k]!, k, shards.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, shards.length) }, worker));
  }
} catch (e) {
  console.error(`build-search-index: ${(e as Error).message}`);
  // A failed shard leaves no index worth keeping: stop the runs still going.
  for (const child of running) child.kill();
  process.exit(1);
}
