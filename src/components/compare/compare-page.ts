/**
 * The column chooser of /compare/ (progressive enhancement; no framework).
 * The choice lives in the URL: ?c=slug,slug picks the circulars (columns),
 * ?t=theme,theme the themes (rows). Only the chosen columns are fetched, from
 * /data/circulars/<slug>.json, which holds the same cells the static table shows
 * (built by src/lib/compare/matrix.ts, whose types describe the JSON here).
 * Readers find other circulars through the site's Pagefind index.
 *
 * Bundled by Astro from the <script> of src/pages/compare/index.astro. What to
 * show and its markup are the pure functions the build uses too
 * (src/lib/compare/selection.ts, src/lib/compare/markup.ts); this file only
 * reads the page, fetches and wires events.
 */
import { chooserItem, foundItem, h, LIMIT_TEXT, matrixTable, statusText, toDom } from '../../lib/compare/markup';
import type { Column } from '../../lib/compare/matrix';
import { exceedsLimit, matrixOf, searchOf, stateFromChoices, stateFromSearch, withColumn, type CompareState } from '../../lib/compare/selection';
import { circularSlugOf, routes } from '../../lib/routes';
import { loadPagefind, type Pagefind } from '../../lib/search/pagefind-runtime';

interface Elements {
  /** the <details> around the chooser, hidden until this script runs */
  box: HTMLElement;
  form: HTMLFormElement;
  table: HTMLTableElement;
  /** the role=status line above the table */
  status: HTMLElement;
  /** the list of circular checkboxes */
  files: HTMLElement;
  hideEmpty: HTMLInputElement;
  /** the box for finding other circulars, and its results */
  query: HTMLInputElement;
  results: HTMLElement;
}

/** The page and what the script keeps between events. */
interface Chooser extends Elements {
  /** the columns the page was built with: shown when the address names none */
  defaults: string[];
  fetchColumn: (slug: string) => Promise<Column | null>;
  /** counts updates, so that a slow one does not overwrite a later one */
  generation: number;
  pagefind: Pagefind | null;
}

const isColumn = (col: Column | null): col is Column => col !== null;

/** Fetches a circular's column once; null when it cannot be had. */
function columnFetcher(): (slug: string) => Promise<Column | null> {
  const cache = new Map<string, Promise<Column | null>>();
  return (slug) => {
    let column = cache.get(slug);
    if (!column) {
      column = fetch(routes.matrixColumn(encodeURIComponent(slug))).then(
        (r) => (r.ok ? (r.json() as Promise<Column>) : null),
        () => null,
      );
      cache.set(slug, column);
    }
    return column;
  };
}

const boxes = (form: HTMLFormElement, name: 'c' | 't'): HTMLInputElement[] => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
const checked = (inputs: HTMLInputElement[]): string[] => inputs.filter((b) => b.checked).map((b) => b.value);

function stateFromForm(page: Chooser): CompareState {
  const themes = boxes(page.form, 't');
  return stateFromChoices(checked(boxes(page.form, 'c')), checked(themes), themes.length, page.hideEmpty.checked);
}

function writeUrl(page: Chooser, state: CompareState): void {
  history.pushState(null, '', `${location.pathname}${searchOf(state, boxes(page.form, 't').length)}`);
}

/** Show the columns (in column order) and the chosen themes; list and check every chosen circular in the chooser. */
function render(page: Chooser, columns: Column[], state: CompareState): void {
  const themes = boxes(page.form, 't').map((b) => ({ id: b.value, zh: b.dataset.zh ?? '' }));
  const matrix = matrixOf(columns, themes, { chosen: state.t, hideEmpty: state.hideEmpty });
  page.table.replaceChildren(...matrixTable(matrix).map((node) => toDom(node)));
  const listed = new Set(boxes(page.form, 'c').map((b) => b.value));
  for (const col of matrix.columns) if (!listed.has(col.slug)) page.files.prepend(toDom(chooserItem(col, false)));
  for (const b of boxes(page.form, 'c')) b.checked = state.c.includes(b.value);
  for (const b of boxes(page.form, 't')) b.checked = !state.t.length || state.t.includes(b.value);
  page.hideEmpty.checked = state.hideEmpty;
}

/** Bring the table in line with the address. */
async function update(page: Chooser): Promise<void> {
  const state = stateFromSearch(location.search, page.defaults);
  const mine = ++page.generation;
  page.status.textContent = '正在载入…';
  const columns = (await Promise.all(state.c.map(page.fetchColumn))).filter(isColumn);
  if (mine !== page.generation) return;
  render(page, columns, state);
  page.status.textContent = statusText(columns.length, state.c.length);
}

function onChange(page: Chooser, target: EventTarget | null): void {
  if (target === page.query) return;
  const state = stateFromForm(page);
  if (target instanceof HTMLInputElement && target.name === 'c' && target.checked && exceedsLimit(state, target.value)) {
    target.checked = false;
    page.status.textContent = LIMIT_TEXT;
    return;
  }
  writeUrl(page, state);
  void update(page);
}

/** The columns of the first circulars the site's index finds for `q`. */
async function find(page: Chooser, q: string): Promise<Column[]> {
  page.pagefind ??= await loadPagefind();
  const found = await page.pagefind.search(q);
  if (!found) throw new Error('Pagefind gave no answer');
  const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  const slugs = data
    .flatMap((d) => {
      const slug = circularSlugOf(new URL(d.url, location.href).pathname);
      return slug ? [decodeURIComponent(slug)] : [];
    })
    .slice(0, 8);
  return (await Promise.all(slugs.map(page.fetchColumn))).filter(isColumn);
}

/** List what the finder box finds, each with a button adding it to the comparison. */
async function search(page: Chooser): Promise<void> {
  const q = page.query.value.trim();
  page.results.replaceChildren();
  if (!q) return;
  try {
    const cols = await find(page, q);
    if (q !== page.query.value.trim()) return;
    if (!cols.length) page.results.append(toDom(h('li', null, '没有找到文件。')));
    for (const col of cols) {
      const item = toDom(foundItem(col)) as HTMLElement;
      item.querySelector('button')?.addEventListener('click', () => {
        writeUrl(page, withColumn(stateFromSearch(location.search, page.defaults), col.slug));
        void update(page);
      });
      page.results.append(item);
    }
  } catch {
    page.results.append(toDom(h('li', null, '检索暂不可用。')));
  }
}

function start(elements: Elements): void {
  const { box, form, table, query } = elements;
  box.hidden = false;
  const page: Chooser = {
    ...elements,
    defaults: [...table.querySelectorAll<HTMLElement>('thead th[data-slug]')].flatMap((th) => th.dataset.slug ?? []),
    fetchColumn: columnFetcher(),
    generation: 0,
    pagefind: null,
  };
  form.addEventListener('change', (event) => onChange(page, event.target));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(page, stateFromForm(page));
    void update(page);
  });
  window.addEventListener('popstate', () => void update(page));
  // Finding other circulars: the site's Pagefind index, loaded on first use.
  let timer: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(page), 250);
  });
  if (location.search) void update(page);
}

const byId = (id: string): HTMLElement | null => document.getElementById(id);
const [box, form, table, status, files, hideEmpty, query, results] = [
  'chooser-box',
  'chooser',
  'matrix',
  'matrix-status',
  'chooser-files',
  'hide-empty',
  'chooser-query',
  'chooser-results',
].map(byId);
if (
  box &&
  form instanceof HTMLFormElement &&
  table instanceof HTMLTableElement &&
  status &&
  files &&
  hideEmpty instanceof HTMLInputElement &&
  query instanceof HTMLInputElement &&
  results
) {
  start({ box, form, table, status, files, hideEmpty, query, results });
}
