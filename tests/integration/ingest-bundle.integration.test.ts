/**
 * npm run ingest runs the CLI precompiled into one bundle (scripts/run-ingest.mjs):
 * it must write exactly what the TypeScript source writes, and a bundle must be
 * built again whenever a file it was built from changes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, currentBundle } from '../../scripts/lib/ingest-bundle.mjs';
import { GOLDEN_SEEDS_DIR as SEEDS_DIR } from '../support/golden-seeds';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the bundled ingest CLI', () => {
  it('writes byte for byte what scripts/ingest.ts run from source writes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-bundle-'));
    const run = (command: string, args: string[], out: string) => {
      const env = { ...process.env, INGEST_BUNDLE_DIR: path.join(dir, 'bundle') };
      const r = spawnSync(command, [...args, '--seeds', SEEDS_DIR, '--out', path.join(dir, out), '--no-cache', '--quiet'], { cwd: ROOT, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      return readdirSync(path.join(dir, out)).sort();
    };
    const fromSource = run(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ingest.ts'], 'source');
    const bundled = run(process.execPath, ['scripts/run-ingest.mjs'], 'bundled');
    expect(readdirSync(path.join(dir, 'bundle')).some((f) => /^ingest-[0-9a-f]+\.mjs$/.test(f))).toBe(true);
    expect(bundled).toEqual(fromSource);
    expect(bundled.length).toBeGreaterThan(0);
    for (const f of bundled) expect(readFileSync(path.join(dir, 'bundled', f), 'utf8'), f).toBe(readFileSync(path.join(dir, 'source', f), 'utf8'));
  }, 60_000);
});

describe('a bundle of the ingest CLI', () => {
  /** A project whose scripts/ingest.ts prints a word from a module and a data file found relative to its module. */
  function tinyProject(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'ingest-bundle-project-'));
    for (const d of ['scripts/lib', 'src/data']) mkdirSync(path.join(root, d), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    cpSync(path.join(ROOT, 'scripts/lib/ingest-bundle.mjs'), path.join(root, 'scripts/lib/ingest-bundle.mjs'));
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
    writeFileSync(path.join(root, 'scripts/ingest.ts'), "import { word } from '../src/word';\nconsole.log(word());\n");
    writeFileSync(
      path.join(root, 'src/word.ts'),
      "import { readFileSync } from 'node:fs';\nexport const word = (): string => 'one ' + readFileSync(new URL('./data/word.txt', import.meta.url), 'utf8');\n",
    );
    writeFileSync(path.join(root, 'src/data/word.txt'), 'data');
    writeFileSync(path.join(root, 'src/unused.ts'), 'export const unused = 1;\n');
    return root;
  }
  const runBundle = (bundle: string) => spawnSync(process.execPath, [bundle], { encoding: 'utf8' }).stdout.trim();

  it('is current until a file it was built from changes, and is then built again', async () => {
    const root = tinyProject();
    const dir = path.join(root, 'bundles');
    expect(currentBundle(root, dir)).toBeNull();
    const first = await buildBundle(root, dir);
    expect(currentBundle(root, dir)).toBe(first);
    // Files keep finding their data relative to where they are in the project, not to the bundle.
    expect(runBundle(first)).toBe('one data');

    writeFileSync(path.join(root, 'src/unused.ts'), 'export const unused = 2;\n');
    expect(currentBundle(root, dir)).toBe(first);

    writeFileSync(path.join(root, 'src/word.ts'), readFileSync(path.join(root, 'src/word.ts'), 'utf8').replace("'one '", "'two '"));
    expect(currentBundle(root, dir)).toBeNull();
    const second = await buildBundle(root, dir);
    expect(second).not.toBe(first);
    expect(runBundle(second)).toBe('two data');

    writeFileSync(path.join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    expect(currentBundle(root, dir)).toBeNull();
  }, 60_000);
});
