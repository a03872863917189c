/**
 * The markup of the compare views, written once: the build prints it as HTML
 * (MatrixTable.astro, MeasureItem.astro, the chooser of /compare/) and the page's
 * browser script (src/components/compare/compare-page.ts) builds the same
 * elements for the columns a reader picks. Browser-safe: no Node, no schema.
 */
import { routes } from '../routes';
import { escapeHtml } from '../search/excerpt';
import type { ColumnHead, Matrix, MeasureSummary } from './matrix';
import { MAX_COLUMNS } from './selection';

/** An element as data: the same tree becomes HTML on the server and DOM nodes in the browser. */
export interface Tag {
  tag: string;
  /** `true`: a boolean attribute; null, undefined or false: left out */
  attrs: Record<string, string | boolean | null | undefined>;
  children: Child[];
}
export type Child = Tag | string;

export const h = (tag: string, attrs: Tag['attrs'] | null, ...children: (Child | null | undefined | false)[]): Tag => ({
  tag,
  attrs: attrs ?? {},
  children: children.filter((c): c is Child => c != null && c !== false),
});

const VOID = new Set(['input', 'br', 'img', 'meta', 'link', 'hr']);


/** The HTML of elements and text, every text and attribute value escaped. */
export function toHtml(nodes: Child | readonly Child[]): string {
  return (Array.isArray(nodes) ? nodes : [nodes])
    .map((n: Child) => {
      if (typeof n === 'string') return escapeHtml(n);
      const attrs = Object.entries(n.attrs)
        .filter(([, v]) => v != null && v !== false)
        .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v as string)}"`))
        .join('');
      return VOID.has(n.tag) ? `<${n.tag}${attrs}>` : `<${n.tag}${attrs}>${toHtml(n.children)}</${n.tag}>`;
    })
    .join('');
}

/** DOM nodes of elements and text, in `doc`. */
export function toDom(node: Child, doc: Document = document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const el = doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (v != null && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const child of node.children) el.append(toDom(child, doc));
  return el;
}

/** One measure, the content of its list item: title linking to its paragraph, then its figures and deadlines. */
export function measureItem(m: MeasureSummary): Child[] {
  const link = h('a', { class: 'measure-link', href: m.href }, m.title);
  if (m.figures.length === 0 && m.deadlines.length === 0) return [link];
  const facts = [...m.figures.map((f) => h('span', { class: 'figure' }, f)), ...m.deadlines.map((d) => h('span', { class: 'deadline' }, d))];
  return [link, h('span', { class: 'measure-facts' }, ...facts)];
}

function columnHeader(col: ColumnHead): Tag {
  return h(
    'th',
    { scope: 'col', class: 'matrix__col', 'data-slug': col.slug },
    h('a', { href: col.href }, col.issuer),
    h('span', { class: 'matrix__meta' }, `${col.level} · `, col.date ? h('time', { datetime: col.date }, col.dateText) : col.dateText),
  );
}

const cell = (measures: readonly MeasureSummary[]): Tag =>
  measures.length > 0
    ? h('td', null, h('ul', { class: 'cell-measures' }, ...measures.map((m) => h('li', null, ...measureItem(m)))))
    : h('td', { class: 'cell-none' }, '未涉及');

/** The content of the matrix's <table>: caption, header row of circulars, then the titles and one row per theme. */
export function matrixTable(matrix: Matrix): Tag[] {
  const { columns, rows } = matrix;
  return [
    h('caption', { id: 'matrix-caption' }, `主题矩阵：${columns.length}份文件 × ${rows.length}个主题`),
    h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'matrix__corner' }, '主题'), ...columns.map(columnHeader))),
    h(
      'tbody',
      null,
      h('tr', { class: 'matrix__titles' }, h('th', { scope: 'row' }, '文件标题'), ...columns.map((col) => h('td', null, col.title))),
      ...rows.map((row) =>
        h(
          'tr',
          { 'data-theme': row.theme.id },
          h('th', { scope: 'row' }, h('a', { href: routes.theme(row.theme.id) }, row.theme.zh)),
          ...row.cells.map(cell),
        ),
      ),
    ),
  ];
}

/** A circular in the chooser's list: its checkbox, issuer, level and date, title. */
export function chooserItem(col: ColumnHead, checked: boolean): Tag {
  return h(
    'li',
    null,
    h(
      'label',
      null,
      h('input', { type: 'checkbox', name: 'c', value: col.slug, checked }),
      h('span', null, col.issuer),
      h('span', { class: 'chooser__meta' }, `${col.level} · ${col.dateText}`),
      h('span', { class: 'chooser__title' }, col.title),
    ),
  );
}

/** A circular the chooser's finder found, with the button that adds it to the comparison. */
export function foundItem(col: ColumnHead): Tag {
  return h('li', null, h('button', { type: 'button' }, '加入比较'), `${col.issuer}（${col.level} · ${col.dateText}）${col.title}`);
}

/** The status line once the columns are in: how many show, and how many of those asked for were not found. */
export function statusText(shown: number, asked: number): string {
  const missing = asked - shown;
  return `已显示${shown}份文件${missing > 0 ? `；${missing}份未找到` : ''}。`;
}

/** The status line when a reader checks one circular too many. */
export const LIMIT_TEXT = `最多比较${MAX_COLUMNS}份文件。`;
