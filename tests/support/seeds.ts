/** The real seeds, read once, for tests that run the pipeline on them. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');

/**
 * The five seeds the golden facts were written from (tests/golden/), by name. Tests
 * that need a fixed corpus (exact counts, the CLI's summary line) use these and
 * nothing else, so that a circular an editor adds to seeds/ changes none of them.
 */
export const GOLDEN_SEEDS = [
  '000_ece7edf9c2e1b922.txt',
  '001_91294396742f2ec4.txt',
  '002_9cdfaf8ecffd043e.txt',
  '003_e6fc692fb9265dbf.txt',
  '004_ca31b795eb44a6f9.txt',
] as const;

export interface SeedFile {
  file: string;
  bytes: Uint8Array;
  sidecar: string | null;
}

/** The seed files (not sidecars) of seeds/ with their sidecars, sorted; `only`: just these, by name, each required. */
export function readSeedFiles(only?: readonly string[]): SeedFile[] {
  const names = readdirSync(SEEDS_DIR).sort();
  const missing = (only ?? []).filter((n) => !names.includes(n));
  if (missing.length > 0) throw new Error(`seeds/ lacks ${missing.join(', ')}`);
  return names
    .filter((n) => !/\.ya?ml$/.test(n) && !n.startsWith('.'))
    .filter((n) => !only || only.includes(n))
    .map((file) => {
      const sidecar = names.find((n) => n === file.replace(/\.[^.]+$/, '.yaml'));
      return {
        file,
        bytes: readFileSync(path.join(SEEDS_DIR, file)),
        sidecar: sidecar ? readFileSync(path.join(SEEDS_DIR, sidecar), 'utf8') : null,
      };
    });
}
