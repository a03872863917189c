/**
 * The generated content as tests see it: one entry per content/circulars/<slug>.mdx,
 * with the frontmatter fields the tests compare pages against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const CIRCULARS_DIR = fileURLToPath(new URL('../../content/circulars', import.meta.url));

export interface CircularOnDisk {
  slug: string;
  title: string | null;
  /** how many headed sections its outline has (0: a text without headings) */
  sections: number;
  /** the theme ids its measures are filed under */
  measureThemes: Set<string>;
}

/** Every circular in content/circulars/, sorted by slug. */
export function readCirculars(): CircularOnDisk[] {
  let files: string[];
  try {
    files = readdirSync(CIRCULARS_DIR).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const slug = file.replace(/\.mdx$/, '');
    const data = readFrontmatter(join(CIRCULARS_DIR, file));
    const title = data.title;
    if (title !== null && typeof title !== 'string') throw new Error(`${file}: title must be a string or null`);
    const measures = Array.isArray(data.measures) ? (data.measures as { themes?: unknown }[]) : [];
    const measureThemes = new Set(measures.flatMap((m) => (Array.isArray(m.themes) ? m.themes.map(String) : [])));
    return { slug, title, sections: Array.isArray(data.sections) ? data.sections.length : 0, measureThemes };
  });
}

function readFrontmatter(path: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path}: no frontmatter block`);
  const data: unknown = parseYaml(match[1] ?? '');
  if (typeof data !== 'object' || data === null) throw new Error(`${path}: frontmatter is not a mapping`);
  return data as Record<string, unknown>;
}
