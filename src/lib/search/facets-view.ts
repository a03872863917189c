/**
 * The facet panel and the chips of the selected facet values on the search page,
 * as HTML strings built by pure functions; values are escaped with escapeHtml
 * (excerpt.ts). src/components/search/search-page.ts puts them in the page.
 */
import { escapeHtml } from './excerpt';
import { FACET_KEYS, FACET_LABELS, sortFacetValues, type FacetKey, type SearchState } from './facets';

/** Facet counts as Pagefind reports them: facet → value → number of circulars. */
export type Counts = Record<string, Record<string, number>>;

/** Facets longer than this show their first values and a button for the rest. */
export const FACET_PREVIEW = 8;

export const FACETS_LOADING = '<p class="facet__loading">正在载入筛选项…</p>';

/** The id of a facet checkbox: stable across re-renders, so the checkbox just used keeps the focus. */
export function facetCheckboxId(key: FacetKey, value: string): string {
  return `facet-${key}-${encodeURIComponent(value).replace(/%/g, '')}`;
}

/** The chips of the selected values (each a button that deselects it), with "clear all" for two or more; '' for none. */
export function chipsHtml(state: SearchState): string {
  const chips: string[] = [];
  for (const key of FACET_KEYS) {
    for (const value of state.filters[key] ?? []) {
      chips.push(
        `<li><button type="button" data-key="${key}" data-value="${escapeHtml(value)}" aria-label="取消筛选：${FACET_LABELS[key]} ${escapeHtml(value)}">${FACET_LABELS[key]}：${escapeHtml(value)} <span aria-hidden="true">×</span></button></li>`,
      );
    }
  }
  if (chips.length > 1) chips.push('<li><button type="button" data-clear>全部取消</button></li>');
  return chips.length ? `<h2 class="search-sr">已选筛选条件</h2><ul>${chips.join('')}</ul>` : '';
}

/** One facet's values to show, in display order: those counted, and the selected ones even at 0. */
export function facetEntries(key: FacetKey, counts: Counts, selected: readonly string[], levels: readonly string[]): [string, number][] {
  const values = { ...(counts[key] ?? {}) };
  for (const v of selected) values[v] ??= 0;
  return sortFacetValues(key, values, levels).filter(([v, n]) => n > 0 || selected.includes(v));
}

function facetRowHtml(key: FacetKey, value: string, n: number, checked: boolean): string {
  const id = facetCheckboxId(key, value);
  return `<div class="facet__value"><input type="checkbox" id="${id}" data-key="${key}" data-value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(value)} <span class="facet__count">${n}</span></label></div>`;
}

/** One facet's fieldset; a long one shows FACET_PREVIEW values and a button for all, unless a later value is selected. */
function facetHtml(key: FacetKey, entries: readonly [string, number][], selected: readonly string[]): string {
  const rows = entries.map(([value, n]) => facetRowHtml(key, value, n, selected.includes(value)));
  const long = entries.length > FACET_PREVIEW && !entries.slice(FACET_PREVIEW).some(([v]) => selected.includes(v));
  return `<fieldset class="facet${long ? '' : ' facet--all'}"><legend>${FACET_LABELS[key]}</legend>${rows.join('')}${
    long ? `<button type="button" class="facet__more" data-expand>全部 ${entries.length} 项</button>` : ''
  }</fieldset>`;
}

/** The facet panel for `counts`: every facet with a value to show, in FACET_KEYS order. */
export function facetsHtml(state: SearchState, counts: Counts, levels: readonly string[]): string {
  const html: string[] = [];
  for (const key of FACET_KEYS) {
    const selected = state.filters[key] ?? [];
    const entries = facetEntries(key, counts, selected, levels);
    if (entries.length > 0) html.push(facetHtml(key, entries, selected));
  }
  return html.join('');
}
