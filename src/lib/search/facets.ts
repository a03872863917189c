/**
 * The facets of the search page and the search state in the address.
 *
 * Each circular page tells Pagefind its facet values (data-pagefind-filter, see
 * src/components/search/SearchFields.astro); the search page reads and writes
 * the same keys in its address: /search/?q=经费&level=市级&theme=经费保障与监管.
 * Pure functions, shared by the build (Astro) and the browser.
 */
import type { CircularData } from '../../schema/circular';
import { LEVEL_LABELS } from '../levels';

export const FACET_KEYS = ['level', 'province', 'issuer', 'year', 'type', 'theme'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Headings of the facet groups, in the order they are shown. */
export const FACET_LABELS: Record<FacetKey, string> = {
  level: '层级',
  province: '省份',
  issuer: '发文机关',
  year: '年份',
  type: '文种',
  theme: '主题',
};

/** Labels of the issuer levels. */
const LEVEL_VALUES = LEVEL_LABELS;

/** Order of values inside a facet: levels top-down, years newest first, the rest by count. */
export const LEVEL_ORDER = Object.values(LEVEL_VALUES);

export type FacetValues = Record<FacetKey, string[]>;

/** What a circular files under each facet. Themes are the union of its measures' themes, named in Chinese. */
export function facetValuesOf(
  data: Pick<CircularData, 'issuerLevel' | 'region' | 'issuer' | 'date' | 'docType' | 'enclosed' | 'measures'>,
  themeNames: ReadonlyMap<string, string>,
): FacetValues {
  const types = [data.docType, data.enclosed?.docType].filter((t): t is string => !!t);
  const themeIds = new Set(data.measures.flatMap((m) => m.themes));
  return {
    level: data.issuerLevel ? [LEVEL_VALUES[data.issuerLevel]] : [],
    province: data.region[0] ? [data.region[0].name] : [],
    issuer: data.issuer ? [data.issuer] : [],
    year: data.date ? [data.date.slice(0, 4)] : [],
    type: [...new Set(types)],
    // in taxonomy order, as themeNames lists them
    theme: [...themeNames].filter(([id]) => themeIds.has(id)).map(([, name]) => name),
  };
}

export interface SearchState {
  /** the query as typed */
  q: string;
  /** selected values per facet; values of one facet are alternatives (or), facets combine (and) */
  filters: Partial<Record<FacetKey, string[]>>;
}

/** Read the search state from an address's query string: ?q=…&level=市级&theme=a&theme=b. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state (without `?`), facets in FACET_KEYS order; '' for an empty state. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params.toString();
}

/** The state with one facet value switched on or off. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { q: state.q, filters };
}

/** Whether any facet value is selected. */
export function hasFilters(state: SearchState): boolean {
  return FACET_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/**
 * The Pagefind filter object for a state: values of one facet are alternatives
 * (`any`), facets are combined. `except` leaves one facet out, to count that
 * facet's values against the other selections (disjunctive facet counts).
 */
export function pagefindFilters(state: SearchState, except?: FacetKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (key !== except && values && values.length > 0) out[key] = { any: values };
  }
  return out;
}

/** Values of one facet in display order: levels top-down, years newest first, others by count then name. */
export function sortFacetValues(key: FacetKey, counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  if (key === 'level') return entries.sort(([a], [b]) => rank(LEVEL_ORDER, a) - rank(LEVEL_ORDER, b));
  if (key === 'year') return entries.sort(([a], [b]) => b.localeCompare(a));
  return entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-Hans-CN'));
}

function rank(order: string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}
