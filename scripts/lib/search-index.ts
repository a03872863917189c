/**
 * The search index of a built site: Pagefind over the circular pages (the only
 * pages with data-pagefind-body), in one run, or, for a corpus too large for one
 * Pagefind run's memory, one run per shard (search-shards.ts), each seeing only
 * its pages through a folder of hard links and writing pagefind/, pagefind-1/ …,
 * which are then joined into one index in pagefind/ (merge-search-index.ts): the
 * site always searches one index. A Pagefind run uses one core; `width()` says
 * how many may run at once, and is asked again whenever a run ends or every half
 * second, so a caller can widen the pool when a core comes free.
 *
 * The index is written into a folder of its own (`into`), never into the site
 * while Astro may still be writing it: Astro deletes every empty folder of its
 * output when it finishes, and a Pagefind run whose fresh, still empty output
 * folder vanished retries its write for ever. `publishIndex` moves the finished
 * index into the site once both are done.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStep, TIMED_OUT } from './child-steps';
import { mergeShardsInPlace } from './merge-search-index';
import { assignShards, shardFolder } from './search-shards';

/** A Pagefind run's time limit: a shard of 2,500 circulars takes about two minutes here. */
const PAGEFIND_TIMEOUT_MINUTES = 30;

const PAGEFIND = path.resolve(import.meta.dirname, '../../node_modules/.bin/pagefind');

/** Pagefind runs at once when the machine is free: SEARCH_INDEX_JOBS, or one per core, at most two (about 3.2 GB each for a shard of 2,500). */
export function indexJobs(): number {
  return Math.max(1, Number(process.env.SEARCH_INDEX_JOBS) || Math.min(2, os.availableParallelism()));
}

/** The circular pages of a built site, as paths relative to it, sorted. */
export function circularPages(site: string, slugs: readonly string[] = listSlugs(site)): string[] {
  return [...slugs].sort().map((slug) => path.join('circulars', slug, 'index.html'));
}

function listSlugs(site: string): string[] {
  const dir = path.join(site, 'circulars');
  return readdirSync(dir).filter((slug) => existsSync(path.join(dir, slug, 'index.html')));
}

export interface IndexRun {
  /** resolves when every shard is indexed; rejects at the first failure (the other runs are stopped) */
  done: Promise<void>;
  /** stop every run */
  stop: () => void;
}

/** One Pagefind run; its output is printed with a prefix naming it, so parallel runs stay readable. */
function pagefind(label: string, args: string[], running: Set<() => void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = startStep(`the search index (${label})`, PAGEFIND, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeoutMinutes: PAGEFIND_TIMEOUT_MINUTES,
      reporter: 'search index',
    });
    const child: ChildProcess = step.child;
    running.add(step.stop);
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
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    void step.done.then((code) => {
      running.delete(step.stop);
      if (code === 0) resolve();
      else if (code === TIMED_OUT) reject(new Error(`pagefind (${label}) stopped at its time limit`));
      else reject(new Error(`pagefind ${args.join(' ')} failed (exit ${code})`));
    });
  });
}

/** Index the given circular pages of `site` (paths relative to it), writing the index folders into `into`. */
export function indexSite(site: string, pages: readonly string[], width: () => number, into: string): IndexRun {
  const running = new Set<() => void>();
  const shards = assignShards(pages);
  const runShard = async (k: number): Promise<void> => {
    if (shards.length === 1) {
      // --glob: Pagefind reads only the circular pages, not every page of the site.
      return pagefind('search', ['--site', site, '--glob', 'circulars/*/index.html', '--output-path', path.join(into, shardFolder(0))], running);
    }
    const view = mkdtempSync(path.join(path.dirname(site), '.search-shard-'));
    try {
      for (const page of shards[k]!) {
        mkdirSync(path.join(view, path.dirname(page)), { recursive: true });
        linkSync(path.join(site, page), path.join(view, page));
      }
      console.log(`search index: shard ${k + 1} of ${shards.length}: ${shards[k]!.length} circulars → ${shardFolder(k)}`);
      await pagefind(`shard ${k + 1}`, ['--site', view, '--output-path', path.join(into, shardFolder(k))], running);
    } finally {
      rmSync(view, { recursive: true, force: true });
    }
  };

  let stopped = false;
  const done = (async () => {
    let next = 0;
    const active = new Set<Promise<void>>();
    while (next < shards.length || active.size > 0) {
      if (stopped) throw new Error('stopped');
      while (next < shards.length && active.size < Math.max(1, width())) {
        const run: Promise<void> = runShard(next++).finally(() => active.delete(run));
        // Its failure reaches `done` through the race below; this keeps a second failure from going unhandled.
        run.catch(() => {});
        active.add(run);
      }
      // A run ending, or half a second (the width may have grown).
      await Promise.race([...active, new Promise((r) => setTimeout(r, 500))]);
    }
    if (shards.length > 1) {
      if (stopped) throw new Error('stopped');
      const merged = await mergeShardsInPlace(shards.map((_, k) => path.join(into, shardFolder(k))));
      console.log(`search index: ${shards.length} shards joined into one index of ${merged.pages} pages → ${shardFolder(0)}`);
    }
  })();
  const stop = () => {
    stopped = true;
    for (const stopRun of running) stopRun();
  };
  done.catch(stop);
  return { done, stop };
}

/** A folder for the index next to the site (same file system, so publishing is a rename), not inside it. */
export function makeIndexFolder(site: string): string {
  mkdirSync(path.dirname(site), { recursive: true });
  return mkdtempSync(path.join(path.dirname(site), `.${path.basename(site)}-search-index-`));
}

/** Move the index folders from `from` into `site`, replacing an earlier build's, and remove `from`. */
export function publishIndex(from: string, site: string): void {
  for (const old of readdirSync(site)) if (/^pagefind(-\d+)?$/.test(old)) rmSync(path.join(site, old), { recursive: true, force: true });
  for (const name of readdirSync(from)) renameSync(path.join(from, name), path.join(site, name));
  rmSync(from, { recursive: true, force: true });
}
