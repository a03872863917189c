/**
 * What the compare page shows, as pure functions both the build and the page's
 * browser script (src/components/compare/compare-page.ts) use: the column limit,
 * the choice kept in the address (?c=slug,slug&t=theme,theme&empty=0), the order
 * of the columns and which theme rows show. Browser-safe: no Node, no schema at
 * run time.
 */
import { levelLabelRank } from '../../shared/levels';
import type { Column, ColumnHead, Matrix, MeasureSummary } from './matrix';
import type { ThemeInput } from './types';
import { UNCLASSIFIED } from './types';

/** Most columns a comparison shows; more would not fit a landscape page or a reader's attention. */
export const MAX_COLUMNS = 8;

/** The entries of a comma-separated parameter (`a, b,,c`), trimmed, empty ones dropped. */
export function splitList(param: string | null): string[] {
  return (param ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The slugs named in a `c=` parameter: each once, in order, at most MAX_COLUMNS. */
export function parseSelection(param: string | null): string[] {
  return [...new Set(splitList(param))].slice(0, MAX_COLUMNS);
}

/** What the address holds: the chosen circulars, the chosen themes (empty: all), and whether empty rows hide. */
export interface CompareState {
  c: string[];
  t: string[];
  hideEmpty: boolean;
}

/** The state an address's query (`location.search`) names; no circulars named: `defaults`. */
export function stateFromSearch(search: string, defaults: readonly string[]): CompareState {
  const q = new URLSearchParams(search);
  const c = parseSelection(q.get('c'));
  return { c: c.length ? c : [...defaults], t: splitList(q.get('t')), hideEmpty: q.get('empty') === '0' };
}

/** The query (`?c=…`) for a state; `t` only when it leaves out some of the `themeCount` themes. Commas stay readable. */
export function searchOf(state: CompareState, themeCount: number): string {
  const q = new URLSearchParams();
  q.set('c', state.c.join(','));
  if (state.t.length && state.t.length < themeCount) q.set('t', state.t.join(','));
  if (state.hideEmpty) q.set('empty', '0');
  return `?${q.toString().replace(/%2C/g, ',')}`;
}

/** The state the chooser's boxes say: the checked circulars (at most MAX_COLUMNS) and themes (all checked: []). */
export function stateFromChoices(files: readonly string[], themes: readonly string[], themeCount: number, hideEmpty: boolean): CompareState {
  return { c: files.slice(0, MAX_COLUMNS), t: themes.length === themeCount ? [] : [...themes], hideEmpty };
}

/** Whether checking `slug` asks for more than MAX_COLUMNS circulars (`state` read from the boxes, `slug` checked among them). */
export function exceedsLimit(state: CompareState, slug: string): boolean {
  return state.c.length >= MAX_COLUMNS && !state.c.includes(slug);
}

/** The state with `slug` added as the last column, the first dropped when that makes one too many. */
export function withColumn(state: CompareState, slug: string): CompareState {
  return state.c.includes(slug) ? state : { ...state, c: [...state.c, slug].slice(-MAX_COLUMNS) };
}

/** What orders columns: level rank (national first), ISO partial date, slug. */
export interface ColumnKey {
  rank: number;
  date: string | null;
  slug: string;
}

/** Level (national first), then date ascending (undated last), then slug. */
export function byColumnKey(a: ColumnKey, b: ColumnKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The order of byColumnKey for column heads, which name their level. */
export function byColumnHead(a: ColumnHead, b: ColumnHead): number {
  return byColumnKey({ rank: levelLabelRank(a.level), date: a.date, slug: a.slug }, { rank: levelLabelRank(b.level), date: b.date, slug: b.slug });
}

export interface RowChoice {
  /** theme ids to show; empty: every theme */
  chosen?: readonly string[];
  /** leave out themes no column addresses */
  hideEmpty?: boolean;
}

/**
 * The matrix of `columns` (put in column order) over `themes`, in the order given:
 * only the chosen themes; 未归入主题 only when a column has unthemed measures, since
 * its 未涉及 everywhere would say nothing; with hideEmpty, only themes a column addresses.
 */
export function matrixOf(columns: readonly Column[], themes: readonly ThemeInput[], { chosen = [], hideEmpty = false }: RowChoice = {}): Matrix {
  const sorted = [...columns].sort(byColumnHead);
  const cellsOf = (id: string): MeasureSummary[][] => sorted.map((col) => col.cells[id] ?? []);
  const addressed = (id: string): boolean => cellsOf(id).some((cell) => cell.length > 0);
  const rows = themes
    .filter((t) => !chosen.length || chosen.includes(t.id))
    .filter((t) => (t.id !== UNCLASSIFIED.id && !hideEmpty) || addressed(t.id))
    .map((theme) => ({ theme, cells: cellsOf(theme.id) }));
  return { columns: sorted.map(({ cells: _cells, ...head }) => head), rows };
}
