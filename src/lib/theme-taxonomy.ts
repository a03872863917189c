/**
 * The site's theme taxonomy (src/data/themes.yaml), for pages and the data
 * layers. `?raw` bundles the file with the module: a path read relative to a
 * module would move when Astro bundles it.
 */
import taxonomyYaml from '../data/themes.yaml?raw';
import { loadTaxonomy, type Theme } from '../shared/taxonomy';

/** The taxonomy, parsed once per build (loadTaxonomy caches by text). */
export function siteThemes(): Theme[] {
  return loadTaxonomy(taxonomyYaml);
}
