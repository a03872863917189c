/** The real seeds, read once, for tests that run the pipeline on them. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');

export interface SeedFile {
  file: string;
  bytes: Uint8Array;
  sidecar: string | null;
}

export function readSeedFiles(): SeedFile[] {
  const names = readdirSync(SEEDS_DIR).sort();
  return names
    .filter((n) => !/\.ya?ml$/.test(n) && !n.startsWith('.'))
    .map((file) => {
      const sidecar = names.find((n) => n === file.replace(/\.[^.]+$/, '.yaml'));
      return {
        file,
        bytes: readFileSync(path.join(SEEDS_DIR, file)),
        sidecar: sidecar ? readFileSync(path.join(SEEDS_DIR, sidecar), 'utf8') : null,
      };
    });
}
