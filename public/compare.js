/*
 * The column chooser of /compare/ (progressive enhancement; no framework).
 * The choice lives in the URL: ?c=slug,slug picks the circulars (columns),
 * ?t=theme,theme the themes (rows). Only the chosen columns are fetched, from
 * /data/circulars/<slug>.json, which holds the same cells the static table shows
 * (built by src/lib/compare/matrix.ts). Readers find other circulars through the
 * site's Pagefind index.
 */
(() => {
  'use strict';
  const MAX = 8;
  const LEVELS = ['全国', '省级', '市级', '县级', '区级', '产业', '其他', '层级不详'];
  const box = document.getElementById('chooser-box');
  const form = document.getElementById('chooser');
  const table = document.getElementById('matrix');
  const status = document.getElementById('matrix-status');
  if (!box || !form || !table) return;
  box.hidden = false;

  const cache = new Map();
  const fetchColumn = (slug) => {
    if (!cache.has(slug)) {
      cache.set(
        slug,
        fetch(`/data/circulars/${encodeURIComponent(slug)}.json`).then((r) => (r.ok ? r.json() : null), () => null),
      );
    }
    return cache.get(slug);
  };

  const themeBoxes = () => [...form.querySelectorAll('input[name="t"]')];
  const fileBoxes = () => [...form.querySelectorAll('input[name="c"]')];
  const list = (param) => (param || '').split(',').map((s) => s.trim()).filter(Boolean);

  /** The default columns: the ones the page was built with. */
  const defaults = [...table.querySelectorAll('thead th[data-slug]')].map((th) => th.dataset.slug);

  function readUrl() {
    const q = new URLSearchParams(location.search);
    const c = [...new Set(list(q.get('c')))].slice(0, MAX);
    const t = list(q.get('t'));
    return { c: c.length ? c : defaults, t, hideEmpty: q.get('empty') === '0' };
  }

  function writeUrl(state) {
    const q = new URLSearchParams();
    q.set('c', state.c.join(','));
    const all = themeBoxes().map((b) => b.value);
    if (state.t.length && state.t.length < all.length) q.set('t', state.t.join(','));
    if (state.hideEmpty) q.set('empty', '0');
    // Commas stay readable in the address: /compare/?c=a,b
    history.pushState(null, '', `${location.pathname}?${q.toString().replace(/%2C/g, ',')}`);
  }

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v != null) node.setAttribute(k, v);
    for (const child of children) if (child != null) node.append(child);
    return node;
  };

  function measureItem(m) {
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

  const levelRank = (col) => {
    const i = LEVELS.indexOf(col.level);
    return i < 0 ? LEVELS.length : i;
  };
  // Same order as the static table: level, then date (undated last), then slug.
  const order = (a, b) =>
    levelRank(a) - levelRank(b) ||
    (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

  function render(columns, state) {
    const themes = themeBoxes()
      .filter((b) => !state.t.length || state.t.includes(b.value))
      .map((b) => ({ id: b.value, zh: b.dataset.zh }))
      .filter((t) => t.id !== 'unclassified' || columns.some((c) => (c.cells[t.id] || []).length))
      .filter((t) => !state.hideEmpty || columns.some((c) => (c.cells[t.id] || []).length));
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
    const body = el('tbody', null, el('tr', { class: 'matrix__titles' }, el('th', { scope: 'row' }, '文件标题'), ...columns.map((c) => el('td', null, c.title))));
    for (const t of themes) {
      const row = el('tr', { 'data-theme': t.id }, el('th', { scope: 'row' }, el('a', { href: `/themes/${t.id}/` }, t.zh)));
      for (const col of columns) {
        const cell = col.cells[t.id] || [];
        row.append(cell.length ? el('td', null, el('ul', { class: 'cell-measures' }, ...cell.map(measureItem))) : el('td', { class: 'cell-none' }, '未涉及'));
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
  function syncBoxes(state, columns) {
    const known = new Set(fileBoxes().map((b) => b.value));
    const ul = document.getElementById('chooser-files');
    for (const col of columns) if (!known.has(col.slug)) ul.prepend(fileItem(col));
    for (const b of fileBoxes()) b.checked = state.c.includes(b.value);
    for (const b of themeBoxes()) b.checked = !state.t.length || state.t.includes(b.value);
    document.getElementById('hide-empty').checked = state.hideEmpty;
  }

  function fileItem(col) {
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

  let generation = 0;
  async function update() {
    const state = readUrl();
    const mine = ++generation;
    status.textContent = '正在载入…';
    const columns = (await Promise.all(state.c.map(fetchColumn))).filter(Boolean);
    if (mine !== generation) return;
    columns.sort(order);
    render(columns, state);
    syncBoxes(state, columns);
    const missing = state.c.length - columns.length;
    status.textContent = `已显示${columns.length}份文件${missing > 0 ? `；${missing}份未找到` : ''}。`;
  }

  function stateFromForm() {
    const checked = themeBoxes().filter((b) => b.checked).map((b) => b.value);
    return {
      c: fileBoxes().filter((b) => b.checked).map((b) => b.value).slice(0, MAX),
      t: checked.length === themeBoxes().length ? [] : checked,
      hideEmpty: document.getElementById('hide-empty').checked,
    };
  }

  form.addEventListener('change', (event) => {
    if (event.target.id === 'chooser-query') return;
    const state = stateFromForm();
    if (event.target.name === 'c' && event.target.checked && state.c.length >= MAX && !state.c.includes(event.target.value)) {
      event.target.checked = false;
      status.textContent = `最多比较${MAX}份文件。`;
      return;
    }
    writeUrl(state);
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(stateFromForm());
    update();
  });
  window.addEventListener('popstate', update);

  // Finding other circulars: the site's Pagefind index, loaded on first use.
  const query = document.getElementById('chooser-query');
  const results = document.getElementById('chooser-results');
  let pagefind = null;
  let timer = 0;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  async function search() {
    const q = query.value.trim();
    results.replaceChildren();
    if (!q) return;
    try {
      pagefind ??= await import('/pagefind/pagefind.js');
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      const slugs = data
        .map((d) => /^\/circulars\/([^/]+)\/$/.exec(new URL(d.url, location.href).pathname))
        .filter(Boolean)
        .map((m) => decodeURIComponent(m[1]))
        .slice(0, 8);
      const cols = (await Promise.all(slugs.map(fetchColumn))).filter(Boolean);
      if (q !== query.value.trim()) return;
      if (!cols.length) results.append(el('li', null, '没有找到文件。'));
      for (const col of cols) {
        const add = el('button', { type: 'button' }, '加入比较');
        add.addEventListener('click', () => {
          const state = readUrl();
          if (!state.c.includes(col.slug)) state.c = [...state.c, col.slug].slice(-MAX);
          writeUrl(state);
          update();
        });
        results.append(el('li', null, add, `${col.issuer}（${col.level} · ${col.dateText}）${col.title}`));
      }
    } catch {
      results.append(el('li', null, '检索暂不可用。'));
    }
  }

  if (location.search) update();
})();
