/**
 * Content loader for content/circulars/*.mdx: reads each generated file,
 * validates its frontmatter with the collection schema and renders its body
 * with renderCircularBody. Unchanged files (same digest) are not re-rendered
 * on the next build. A file that fails names itself and the reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { renderCircularBody } from './render-circular';

/** Split a generated file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const m = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) throw new Error('no frontmatter block at the top of the file');
  return { frontmatter: m[1]!, body: text.slice(m[0].length) };
}

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
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        try {
          const { frontmatter, body } = splitFrontmatter(text);
          const data = await parseData({ id, data: parse(frontmatter) as Record<string, unknown>, filePath });
          const rendered = renderCircularBody(body);
          store.set({ id, data, digest, filePath, rendered: { html: rendered.html, metadata: { headings: rendered.headings } } });
        } catch (e) {
          throw new Error(`${filePath}: ${(e as Error).message}`);
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
