/**
 * The theme taxonomy (src/data/themes.yaml): its schema and its parsing. Shared by
 * the pipeline, which classifies measures with it (src/pipeline/text/themes.ts),
 * and the site, which names and orders the themes; no Node, no pipeline code.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const themeSchema = z
  .object({
    /** stable id used in frontmatter and URLs, e.g. funding */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id such as funding'),
    /** Chinese name */
    zh: z.string().min(1),
    /** English name */
    en: z.string().min(1),
    /** substrings that signal the theme */
    keywords: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;

const taxonomySchema = z.array(themeSchema).min(1);

/**
 * Parse and validate the taxonomy YAML. Throws one error that lists every
 * problem (path and message), including duplicate ids.
 */
/** Parsed taxonomies by their text: pages load the same taxonomy once per page, thousands of times per build. */
const parsedTaxonomies = new Map<string, Theme[]>();

export function loadTaxonomy(yamlText: string): Theme[] {
  const cached = parsedTaxonomies.get(yamlText);
  if (cached) return cached;
  const taxonomy = parseTaxonomy(yamlText);
  parsedTaxonomies.set(yamlText, taxonomy);
  return taxonomy;
}

function parseTaxonomy(yamlText: string): Theme[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    throw new Error(`themes.yaml is not valid YAML: ${(e as Error).message}`);
  }
  const result = taxonomySchema.safeParse(data);
  const problems: string[] = result.success
    ? []
    : result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  if (result.success) {
    const seen = new Set<string>();
    result.data.forEach((t, i) => {
      if (seen.has(t.id)) problems.push(`${i}.id: duplicate id '${t.id}'`);
      seen.add(t.id);
    });
  }
  if (problems.length > 0 || !result.success) {
    throw new Error(`themes.yaml is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}

