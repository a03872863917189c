/**
 * The facets of the search page and the search state in the address.
 *
 * Each circular page tells Pagefind its facet values (data-pagefind-filter, see
 * src/components/search/SearchFields.astro); the search page reads and writes
 * the same keys in its address: /search/?q=经费&level=市级&theme=经费保障与监管.
 * Pure functions for the browser (and the tests): no imports, so the search
 * page's script stays small. What a circular files under each facet is worked
 * out at build time in facet-values.ts.
 */

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

/**
 * Values of one facet in display order: levels top-down (`levelOrder`, the level
 * labels from the top, see facet-values.ts), years newest first, others by count then name.
 */
export function sortFacetValues(key: FacetKey, counts: Record<string, number>, levelOrder: readonly string[]): [string, number][] {
  const entries = Object.entries(counts);
  if (key === 'level') return entries.sort(([a], [b]) => rank(levelOrder, a) - rank(levelOrder, b));
  if (key === 'year') return entries.sort(([a], [b]) => b.localeCompare(a));
  return entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-Hans-CN'));
}

function rank(order: readonly string[], value: string): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}
