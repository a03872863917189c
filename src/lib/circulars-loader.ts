/**
 * Content loader for content/circulars/*.mdx: reads each generated file and
 * validates its frontmatter with the collection schema. The body is not stored:
 * Astro bundles the whole data store into the build, so pages render bodies from
 * the files instead (src/lib/circular-html.ts), once each; a body with anything
 * but text and intrinsic elements fails the build there, naming its file.
 * Unchanged files (same digest) are skipped on the next build. A file that
 * fails names itself and the reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** `key: <JSON>`, `  - <JSON>` and `  key: <JSON>` lines: the shape the pipeline writes (src/pipeline/emit.ts). */
const GENERATED_LINE = /^(?:([A-Za-z]\w*):(?: (.+))?|  - (.+)|  ([A-Za-z]\w*): (.+)|#.*)$/;

/**
 * Parse frontmatter. The pipeline writes YAML whose values are JSON, one per line,
 * which is read here with JSON.parse (fast at 10,000 files); anything else, such as
 * a hand-edited file, goes to a full YAML parser.
 */
export function parseFrontmatter(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let key: string | null = null;
  try {
    for (const line of text.split('\n')) {
      const m = GENERATED_LINE.exec(line);
      if (!m) return parse(text) as Record<string, unknown>;
      if (m[1]) {
        key = m[1];
        out[key] = m[2] === undefined ? null : JSON.parse(m[2]);
      } else if (m[3] !== undefined && key) {
        if (!Array.isArray(out[key])) out[key] = [];
        (out[key] as unknown[]).push(JSON.parse(m[3]));
      } else if (m[4] && key) {
        if (out[key] === null || typeof out[key] !== 'object' || Array.isArray(out[key])) out[key] = {};
        (out[key] as Record<string, unknown>)[m[4]] = JSON.parse(m[5]!);
      }
    }
  } catch {
    return parse(text) as Record<string, unknown>;
  }
  return out;
}

/** Split a generated file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const m = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) throw new Error('no frontmatter block at the top of the file');
  return { frontmatter: m[1]!, body: text.slice(m[0].length) };
}

/** Bump when what the loader stores or checks changes (2: frontmatter only, no rendered HTML; 3: bodies checked at render). */
const LOADER_VERSION = 3;

export function circularsLoader(options: { base: string }): Loader {
  return {
    name: 'circulars-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const dir = path.resolve(new URL(config.root).pathname, options.base);
      const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      for (const file of files) {
        const id = file.replace(/\.mdx$/, '');
        seen.add(id);
        const filePath = path.join(options.base, file);
        const text = readFileSync(path.join(dir, file), 'utf8');
        // The loader's version is part of the digest: entries a different loader stored are replaced.
        const digest = generateDigest(`${LOADER_VERSION}\n${text}`);
        if (store.get(id)?.digest === digest) continue;
        try {
          const { frontmatter } = splitFrontmatter(text);
          const data = await parseData({ id, data: parseFrontmatter(frontmatter), filePath });
          store.set({ id, data, digest, filePath });
        } catch (e) {
          throw new Error(`${filePath}: ${(e as Error).message}`);
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
