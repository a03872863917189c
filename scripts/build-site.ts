/**
 * npm run build:site: the site from content/ (or CIRCULARS_DIR) into dist/ (or OUT_DIR).
 *
 * Astro renders pages on one core; this keeps the other one busy:
 *   1. `astro build`, with Node's default heap settings (a larger heap and young
 *      generation no longer pay on Astro 7: at 1,000 circulars 1.10 GB peak and
 *      21–25 CPU-s with them, 0.97–1.03 GB and 21 CPU-s without; at 10,000 one
 *      process peaks at about 3.1 GiB, under Node 24's default limit of 4.2 GiB);
 *   2. next to it, scripts/render-bodies.ts renders the circulars' bodies ahead
 *      of the pages, into a folder made for this build (src/lib/rendered-bodies.ts);
 *   3. as soon as every circular page is written (Astro goes on with the listing
 *      pages), the search index starts on the circular pages, one Pagefind run at
 *      a time while Astro runs and two once it has finished, into a folder
 *      beside the site that Astro does not touch; it is moved into the site when
 *      both are done (scripts/lib/search-index.ts).
 * --skip-index leaves out 3.
 *
 * Every step has a time limit and Ctrl+C stops them all (scripts/lib/child-steps.ts).
 * Exits non-zero when Astro or the index fails; the renderer ahead is only a
 * help (a page renders its own body when it finds none), so its failure is not.
 */
import { closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { startStep, TIMED_OUT } from './lib/child-steps';
import { circularPages, indexJobs, indexSite, makeIndexFolder, publishIndex, type IndexRun } from './lib/search-index';

const ROOT = path.resolve(import.meta.dirname, '..');
const skipIndex = process.argv.includes('--skip-index');
const site = path.resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const contentDir = path.resolve(ROOT, process.env.CIRCULARS_DIR ?? 'content/circulars');

/** Astro's time limit: about 200 s at 10,000 circulars here. */
const ASTRO_TIMEOUT_MINUTES = 60;

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return startStep(label, command, args, { cwd: ROOT, env, timeoutMinutes: ASTRO_TIMEOUT_MINUTES, reporter: 'build-site' });
}

/** A page is written through to its end (Astro writes each page whole, but the check costs nothing). */
function complete(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(64, size));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith('</html>');
  } finally {
    closeSync(fd);
  }
}

/** A page this build wrote (not one left in dist/ by an earlier build). */
function writtenSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since;
  } catch {
    return false;
  }
}

/** Calls `ready` once every page has been written by this build, through to its end; checks once a second until stopped. */
function whenWritten(pages: string[], since: number, ready: () => void): { stop: () => void } {
  let seen = 0;
  const timer = setInterval(() => {
    while (seen < pages.length && writtenSince(path.join(site, pages[seen]!), since)) seen++;
    if (seen < pages.length || !pages.every((p) => complete(path.join(site, p)))) return;
    clearInterval(timer);
    ready();
  }, 1000);
  return { stop: () => clearInterval(timer) };
}

const slugs = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)) : [];
const cacheRoot = path.join(ROOT, 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const bodies = mkdtempSync(path.join(cacheRoot, 'rendered-bodies-'));

let astroRunning = true;
const width = () => (astroRunning ? 1 : indexJobs());
let index: IndexRun | null = null;
const indexFolder = skipIndex ? null : makeIndexFolder(site);
// Stopped or failed, the build leaves no half-made index beside the site (published, the folder is gone already).
process.on('exit', () => indexFolder && rmSync(indexFolder, { recursive: true, force: true }));
let status: number;
try {
  const started = Date.now() - 1000; // file times can be a little behind the clock
  const ahead = run('the body renderer', process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/render-bodies.ts'), bodies]);
  const astro = run('astro build', process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    ...process.env,
    RENDERED_BODIES_DIR: bodies,
  });
  const pages = circularPages(site, slugs);
  const watch = !indexFolder || slugs.length === 0 ? null : whenWritten(pages, started, () => {
    console.log(`build-site: all ${pages.length} circular pages written; the search index starts while Astro goes on`);
    index = indexSite(site, pages, width, indexFolder);
    index.done.catch(() => {}); // awaited below
  });
  status = await astro.done;
  astroRunning = false;
  watch?.stop();
  ahead.stop();
  await ahead.done;
} finally {
  rmSync(bodies, { recursive: true, force: true });
}
if (status !== 0) {
  (index as IndexRun | null)?.stop();
  if (indexFolder) rmSync(indexFolder, { recursive: true, force: true });
  if (status !== TIMED_OUT) console.error(`build-site: astro build failed (exit ${status})`);
  process.exit(status);
}
if (indexFolder) {
  try {
    // Not started yet (a small site, or pages the content list did not name): index what was built.
    await (index ?? indexSite(site, circularPages(site), width, indexFolder)).done;
    publishIndex(indexFolder, site);
  } catch (e) {
    rmSync(indexFolder, { recursive: true, force: true });
    console.error(`build-site: search index: ${(e as Error).message}`);
    process.exit(1);
  }
}
