/**
 * What a circular files under each facet of the search page (build time: see
 * src/components/search/SearchFields.astro), and the level labels in order,
 * which the search page is given in its config (facets.ts stays free of imports,
 * so that the schema never reaches the browser).
 */
import { issuerNames, type CircularData } from '../../schema/circular';
import { LEVEL_LABELS } from '../../shared/levels';
import type { FacetKey } from './facets';

/** Level labels from the top of the hierarchy down: the order of the level facet's values. */
export const LEVEL_ORDER: string[] = Object.values(LEVEL_LABELS);

export type FacetValues = Record<FacetKey, string[]>;

/** What a circular files under each facet. Themes are the union of its measures' themes, named in Chinese. */
export function facetValuesOf(
  data: Pick<CircularData, 'issuerLevel' | 'region' | 'issuer' | 'date' | 'docType' | 'enclosed' | 'measures'>,
  themeNames: ReadonlyMap<string, string>,
): FacetValues {
  const types = [data.docType, data.enclosed?.docType].filter((t): t is string => !!t);
  const themeIds = new Set(data.measures.flatMap((m) => m.themes));
  return {
    level: data.issuerLevel ? [LEVEL_LABELS[data.issuerLevel]] : [],
    province: data.region[0] ? [data.region[0].name] : [],
    issuer: issuerNames(data.issuer),
    year: data.date ? [data.date.slice(0, 4)] : [],
    type: [...new Set(types)],
    // in taxonomy order, as themeNames lists them
    theme: [...themeNames].filter(([id]) => themeIds.has(id)).map(([, name]) => name),
  };
}
