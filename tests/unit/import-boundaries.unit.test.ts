/**
 * The data flows one way (seeds → pipeline → content → site): site code never
 * imports the pipeline, and the code both need lives in src/shared/, which
 * imports neither the pipeline nor Node (the browser bundles it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** The modules a file imports (static and dynamic), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const SITE = ['src/lib', 'src/components', 'src/pages', 'src/layouts', 'src/integrations'];

test('site code imports nothing from the pipeline', () => {
  const offenders = SITE.flatMap(sources).flatMap((f) => importsOf(f).filter((m) => m.includes('/pipeline/')).map((m) => `${f}: ${m}`));
  expect(offenders).toEqual([]);
});

test('shared code imports neither the pipeline, the site nor Node', () => {
  const files = sources('src/shared');
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.flatMap((f) =>
    importsOf(f)
      .filter((m) => m.includes('/pipeline/') || m.includes('/lib/') || m.startsWith('node:'))
      .map((m) => `${f}: ${m}`),
  );
  expect(offenders).toEqual([]);
});
