/**
 * npm run build:site: the site from content/, into dist/ (or OUT_DIR).
 *
 *   1. `astro build`, with the heap it needs at 10,000 circulars and a larger
 *      young generation (fewer scavenges of the many short-lived page strings);
 *      next to it, on the other core, scripts/render-bodies.ts renders the
 *      circulars' bodies ahead of the pages into a folder made for this build;
 *   2. the search index (scripts/build-search-index.ts), unless --skip-index.
 *
 * Exits non-zero when Astro or the index fails; the renderer ahead is only a
 * help (a page renders its own body when it finds none), so its failure is not.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const skipIndex = process.argv.includes('--skip-index');

/** V8 settings of the astro process: the heap 10,000 circulars need (peak 3.9 GB measured), young generation 64 MB. */
export const ASTRO_NODE_FLAGS = ['--max-old-space-size=6144', '--max-semi-space-size=64'];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { done: Promise<number>; kill: () => void } {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  const done = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { done, kill: () => child.kill() };
}

const cacheRoot = path.join(ROOT, 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const bodies = mkdtempSync(path.join(cacheRoot, 'rendered-bodies-'));
let status = 0;
try {
  const ahead = run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/render-bodies.ts'), bodies]);
  const astro = run(process.execPath, [...ASTRO_NODE_FLAGS, path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    ...process.env,
    RENDERED_BODIES_DIR: bodies,
  });
  status = await astro.done;
  ahead.kill();
  await ahead.done;
} finally {
  rmSync(bodies, { recursive: true, force: true });
}
if (status !== 0) {
  console.error(`build-site: astro build failed (exit ${status})`);
  process.exit(status);
}
if (!skipIndex) {
  const index = run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-search-index.ts')]);
  const code = await index.done;
  if (code !== 0) process.exit(code);
}
