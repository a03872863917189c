/**
 * The column chooser of /compare/ (progressive enhancement; no framework).
 * The choice lives in the URL: ?c=slug,slug picks the circulars (columns),
 * ?t=theme,theme the themes (rows). Only the chosen columns are fetched, from
 * /data/circulars/<slug>.json, which holds the same cells the static table shows
 * (built by src/lib/compare/matrix.ts, whose types describe the JSON here).
 * Readers find other circulars through the site's Pagefind index.
 *
 * Bundled by Astro from the <script> of src/pages/compare/index.astro. It imports
 * types only, so none of the build-side code (schema, zod) reaches the browser.
 */
import type { Column, ColumnHead, MeasureSummary } from '../../lib/compare/matrix';
import { BASE, circularSlugOf, routes } from '../../lib/routes';
import { shardFolder } from '../../lib/search/shards';

/** MAX_COLUMNS of src/lib/compare/columns.ts. */
const MAX = 8;
/** The level labels in the order of src/lib/compare/columns.ts (levelRank, levelLabel): national down, then unknown. */
const LEVELS = ['全国', '省级', '市级', '县级', '区级', '产业', '其他', '层级不详'];

/** What the address holds: the chosen circulars, the chosen themes (empty: all), and whether empty rows hide. */
interface State {
  c: string[];
  t: string[];
  hideEmpty: boolean;
}

/** The part of Pagefind's API (/pagefind/pagefind.js) the chooser uses. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data: () => Promise<{ url: string }> }[] } | null>;
}

/** Load Pagefind and merge the index shards a large corpus is split into (src/lib/search/shards.ts). */
async function loadPagefind(shards: string[]): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ new URL(`${routes.searchIndex(shardFolder(0))}pagefind.js`, location.href).href)) as Pagefind;
  await pagefind.options({ baseUrl: BASE });
  for (const shard of shards) await pagefind.mergeIndex(shard, { baseUrl: BASE });
  return pagefind;
}

type Child = Node | string | null | undefined;

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | null | undefined> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v != null) node.setAttribute(k, v);
  for (const child of children) if (child != null) node.append(child);
  return node;
};

const list = (param: string | null): string[] =>
  (param ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const isColumn = (col: Column | null): col is Column => col !== null;

function measureItem(m: MeasureSummary): HTMLLIElement {
  const li = el('li', null, el('a', { class: 'measure-link', href: m.href }, m.title));
  if (m.figures.length || m.deadlines.length) {
    li.append(
      el(
        'span',
        { class: 'measure-facts' },
        ...m.figures.map((f) => el('span', { class: 'figure' }, f)),
        ...m.deadlines.map((d) => el('span', { class: 'deadline' }, d)),
      ),
    );
  }
  return li;
}

const levelRank = (col: ColumnHead): number => {
  const i = LEVELS.indexOf(col.level);
  return i < 0 ? LEVELS.length : i;
};

/** Same order as the static table: level, then date (undated last), then slug. */
const order = (a: ColumnHead, b: ColumnHead): number =>
  levelRank(a) - levelRank(b) ||
  (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1) ||
  (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function fileItem(col: ColumnHead): HTMLLIElement {
  return el(
    'li',
    null,
    el(
      'label',
      null,
      el('input', { type: 'checkbox', name: 'c', value: col.slug }),
      ' ',
      el('span', null, col.issuer),
      el('span', { class: 'chooser__meta' }, `${col.level} · ${col.dateText}`),
      el('span', { class: 'chooser__title' }, col.title),
    ),
  );
}

const byId = (id: string): HTMLElement | null => document.getElementById(id);
const box = byId('chooser-box');
const form = byId('chooser');
const table = byId('matrix');
const status = byId('matrix-status');
const files = byId('chooser-files');
const hideEmpty = byId('hide-empty');
const query = byId('chooser-query');
const results = byId('chooser-results');
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

function start({ box, form, table, status, files, hideEmpty, query, results }: Elements): void {
  box.hidden = false;

  const cache = new Map<string, Promise<Column | null>>();
  const fetchColumn = (slug: string): Promise<Column | null> => {
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

  const themeBoxes = (): HTMLInputElement[] => [...form.querySelectorAll<HTMLInputElement>('input[name="t"]')];
  const fileBoxes = (): HTMLInputElement[] => [...form.querySelectorAll<HTMLInputElement>('input[name="c"]')];

  /** The default columns: the ones the page was built with. */
  const defaults = [...table.querySelectorAll<HTMLElement>('thead th[data-slug]')].flatMap((th) => th.dataset.slug ?? []);

  function readUrl(): State {
    const q = new URLSearchParams(location.search);
    const c = [...new Set(list(q.get('c')))].slice(0, MAX);
    const t = list(q.get('t'));
    return { c: c.length ? c : defaults, t, hideEmpty: q.get('empty') === '0' };
  }

  function writeUrl(state: State): void {
    const q = new URLSearchParams();
    q.set('c', state.c.join(','));
    const all = themeBoxes().map((b) => b.value);
    if (state.t.length && state.t.length < all.length) q.set('t', state.t.join(','));
    if (state.hideEmpty) q.set('empty', '0');
    // Commas stay readable in the address: /compare/?c=a,b
    history.pushState(null, '', `${location.pathname}?${q.toString().replace(/%2C/g, ',')}`);
  }

  function render(columns: Column[], state: State): void {
    const themes = themeBoxes()
      .filter((b) => !state.t.length || state.t.includes(b.value))
      .map((b) => ({ id: b.value, zh: b.dataset.zh }))
      .filter((t) => t.id !== 'unclassified' || columns.some((c) => (c.cells[t.id] ?? []).length))
      .filter((t) => !state.hideEmpty || columns.some((c) => (c.cells[t.id] ?? []).length));
    const head = el('tr', null, el('th', { scope: 'col', class: 'matrix__corner' }, '主题'));
    for (const col of columns) {
      const date = col.date ? el('time', { datetime: col.date }, col.dateText) : col.dateText;
      head.append(
        el(
          'th',
          { scope: 'col', class: 'matrix__col', 'data-slug': col.slug },
          el('a', { href: col.href }, col.issuer),
          el('span', { class: 'matrix__meta' }, `${col.level} · `, date),
        ),
      );
    }
    const body = el(
      'tbody',
      null,
      el('tr', { class: 'matrix__titles' }, el('th', { scope: 'row' }, '文件标题'), ...columns.map((c) => el('td', null, c.title))),
    );
    for (const t of themes) {
      const row = el('tr', { 'data-theme': t.id }, el('th', { scope: 'row' }, el('a', { href: routes.theme(t.id) }, t.zh)));
      for (const col of columns) {
        const cell = col.cells[t.id] ?? [];
        row.append(
          cell.length ? el('td', null, el('ul', { class: 'cell-measures' }, ...cell.map(measureItem))) : el('td', { class: 'cell-none' }, '未涉及'),
        );
      }
      body.append(row);
    }
    table.replaceChildren(
      el('caption', { id: 'matrix-caption' }, `主题矩阵：${columns.length}份文件 × ${themes.length}个主题`),
      el('thead', null, head),
      body,
    );
  }

  /** Make sure every chosen circular has a checkbox, checked; uncheck the others. */
  function syncBoxes(state: State, columns: Column[]): void {
    const known = new Set(fileBoxes().map((b) => b.value));
    for (const col of columns) if (!known.has(col.slug)) files.prepend(fileItem(col));
    for (const b of fileBoxes()) b.checked = state.c.includes(b.value);
    for (const b of themeBoxes()) b.checked = !state.t.length || state.t.includes(b.value);
    hideEmpty.checked = state.hideEmpty;
  }

  let generation = 0;
  async function update(): Promise<void> {
    const state = readUrl();
    const mine = ++generation;
    status.textContent = '正在载入…';
    const columns = (await Promise.all(state.c.map(fetchColumn))).filter(isColumn);
    if (mine !== generation) return;
    columns.sort(order);
    render(columns, state);
    syncBoxes(state, columns);
    const missing = state.c.length - columns.length;
    status.textContent = `已显示${columns.length}份文件${missing > 0 ? `；${missing}份未找到` : ''}。`;
  }

  function stateFromForm(): State {
    const checked = themeBoxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    return {
      c: fileBoxes()
        .filter((b) => b.checked)
        .map((b) => b.value)
        .slice(0, MAX),
      t: checked.length === themeBoxes().length ? [] : checked,
      hideEmpty: hideEmpty.checked,
    };
  }

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target === query) return;
    const state = stateFromForm();
    if (target instanceof HTMLInputElement && target.name === 'c' && target.checked && state.c.length >= MAX && !state.c.includes(target.value)) {
      target.checked = false;
      status.textContent = `最多比较${MAX}份文件。`;
      return;
    }
    writeUrl(state);
    void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(stateFromForm());
    void update();
  });
  window.addEventListener('popstate', () => void update());

  // Finding other circulars: the site's Pagefind index, loaded on first use.
  let pagefind: Pagefind | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  async function search(): Promise<void> {
    const q = query.value.trim();
    results.replaceChildren();
    if (!q) return;
    try {
      // Written after the Astro build (scripts/lib/search-index.ts), so not for the bundler to resolve.
      pagefind ??= await loadPagefind((box.dataset.pagefindShards ?? '').split(',').filter(Boolean));
      const found = await pagefind.search(q);
      if (!found) throw new Error('Pagefind gave no answer');
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      const slugs = data
        .flatMap((d) => {
          const slug = circularSlugOf(new URL(d.url, location.href).pathname);
          return slug ? [decodeURIComponent(slug)] : [];
        })
        .slice(0, 8);
      const cols = (await Promise.all(slugs.map(fetchColumn))).filter(isColumn);
      if (q !== query.value.trim()) return;
      if (!cols.length) results.append(el('li', null, '没有找到文件。'));
      for (const col of cols) {
        const add = el('button', { type: 'button' }, '加入比较');
        add.addEventListener('click', () => {
          const state = readUrl();
          if (!state.c.includes(col.slug)) state.c = [...state.c, col.slug].slice(-MAX);
          writeUrl(state);
          void update();
        });
        results.append(el('li', null, add, `${col.issuer}（${col.level} · ${col.dateText}）${col.title}`));
      }
    } catch {
      results.append(el('li', null, '检索暂不可用。'));
    }
  }

  if (location.search) void update();
}
