/**
 * A seeds folder of its own for the tests of the ingest command: the five golden
 * seeds (GOLDEN_SEEDS) and their sidecars, copied by name from seeds/ into a
 * temporary folder when this module is loaded, so that what those tests count
 * (files written, reused from the cache …) does not change when an editor adds a
 * circular to seeds/.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GOLDEN_SEEDS, SEEDS_DIR } from './seeds';

function copyGoldenSeeds(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'golden-seeds-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'seeds');
  mkdirSync(dir);
  for (const file of GOLDEN_SEEDS) {
    const sidecar = file.replace(/\.[^.]+$/, '.yaml');
    if (!existsSync(path.join(SEEDS_DIR, file))) throw new Error(`seeds/ lacks the golden seed ${file}`);
    copyFileSync(path.join(SEEDS_DIR, file), path.join(dir, file));
    if (existsSync(path.join(SEEDS_DIR, sidecar))) copyFileSync(path.join(SEEDS_DIR, sidecar), path.join(dir, sidecar));
  }
  return dir;
}

/** The folder holding copies of the five golden seeds and their sidecars, nothing else. */
export const GOLDEN_SEEDS_DIR = copyGoldenSeeds();
